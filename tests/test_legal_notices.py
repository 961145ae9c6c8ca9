"""Notices worded as sentences that are taken only outside the article's paragraphs (``notice``
rules): copyright and reuse notices, the terms a sign-up form says the reader accepts, a consent
tool's cookie categories and storage purposes, a comment section's house rules, sign-up pitches,
lead offers, follow prompts, affiliate, testing and results disclosures, form messages.

A syndicated story may print its agency's notice as its own last paragraph (a gold article keeps
it), so the same sentence right after the body stays; in a page's footer, past menus and related
links, it goes, in every language the rules spell.
"""

from __future__ import annotations

import pytest

from cleaner import Cleaner

BODY = [
    "The regional council approved a new water plan on Thursday after three months of public hearings, "
    "according to minutes published by the council.",
    "Farmers in the northern valley had asked for a larger share of the reservoir, and the plan now sets "
    "aside 40 percent of it for irrigation during dry summers.",
    "The plan takes effect in January and will be reviewed in two years, a spokesperson said on Friday.",
]
FOOTER = [
    "Related stories",
    "Council backs new bus lanes",
    "Reservoir levels at record low",
    "Farmers protest at county hall",
    "New bridge opens in March",
    "News",
    "Sport",
    "Business",
    "Culture",
    "About us",
    "Contact",
    "Advertise",
]

NOTICES = {
    "legal.rights_notice": [
        "Copyright © 2025 Example Media Group. All rights reserved. Privacy Policy | Terms of Use",
        "© 2025 Rheinblick Verlag GmbH. Alle Rechte vorbehalten. Nachrichten aus der Region, jeden Tag.",
        "© Example Media, Inc. 100 Harbour Street, 15th Floor, Springfield, NY 10036.",
        "The contents of this site are ©2025 Example Publishing Corp., a subsidiary of Example Holdings, Inc.",
        "All rights reserved © 2025 The Example Times is a registered trademark of Example Publishing Inc.",
        "Copyright Example Agency Inc. All rights reserved. Terms and Conditions apply.",
        "Example.org ® is a registered trademark of Example Foundation, Inc. All rights reserved.",
        "Alle Inhalte dieser Website sind urheberrechtlich geschützt. Alle Rechte vorbehalten.",
        "Le contenu de ce site est la propriété du groupe Exemple. Tous droits réservés.",
    ],
    "legal.reuse_notice": [
        "This material may not be published, broadcast, rewritten, or redistributed. ©2025 Example Media, LLC.",
        "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, "
        "except with the prior written permission of Example Media.",
        "Nachdruck und Vervielfältigung nur mit ausdrücklicher Genehmigung der Redaktion.",
        "Toute reproduction, même partielle, est interdite sans autorisation écrite de l'éditeur.",
        "Queda prohibida la reproducción total o parcial de este contenido sin autorización.",
        "É proibida a reprodução total ou parcial deste conteúdo sem autorização prévia.",
        "È vietata la riproduzione, anche parziale, dei contenuti pubblicati su questo sito.",
        "Niets uit deze uitgave mag worden verveelvoudigd zonder toestemming van de uitgever.",
        "記事の無断転載を禁じます。",
    ],
    "legal.consent_line": [
        "By signing up, you agree to our Terms of Use and Privacy Policy and to receive emails from us.",
        "Use of and/or registration on any portion of this site constitutes acceptance of our User Agreement.",
        "I have read and agree to the privacy policy and the terms of the newsletter.",
        "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de "
        "confidentialité.",
        "Al suscribirte, aceptas nuestra política de privacidad y el envío de comunicaciones comerciales.",
    ],
    "legal.cookie_category": [
        "Targeting cookies may be set through our site by our advertising partners to build a profile of your "
        "interests and show you relevant adverts on other sites.",
    ],
    "legal.cookie_purpose": [
        "The technical storage or access is required to create user profiles to send advertising, or to track the "
        "user on a website or across several websites for similar marketing purposes.",
        "Die technische Speicherung oder der Zugriff, der ausschließlich zu statistischen Zwecken erfolgt.",
        "Le stockage ou l'accès technique est nécessaire pour créer des profils d'utilisateurs afin d'envoyer des "
        "publicités.",
        "Contains information about the traffic source or campaign that directed user to the website. The cookie is "
        "set when the GA.js javascript is loaded.",
        "Used to send data to Google Analytics about the visitor's device and behavior.",
    ],
    "legal.affiliate_disclosure": [
        "Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this "
        "article.",
        "As an Amazon Associate I earn from qualifying purchases.",
        "We may receive a small commission when you buy through links on this page.",
        "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.",
        "Cet article contient des liens affiliés.",
        "Este artículo contiene enlaces de afiliado.",
        "Dit artikel bevat affiliate links.",
    ],
    "legal.testing_claim": [
        "We field test every product we recommend, which is sadly not the norm.",
        "We independently research, test, and review the products we recommend.",
    ],
    "legal.results_disclaimer": [
        "Die Inhalte dieser Seite dienen ausschließlich der allgemeinen Information und ersetzen keine ärztliche "
        "Beratung.",
        "Humans featured are exceptional examples and do not guarantee individual success. Your experience and "
        "results may vary.",
        "The content of this website is for informational purposes only and is not intended as a substitute for "
        "medical advice.",
        "WebMD does not provide medical advice, diagnosis or treatment.",
        "Dieser Artikel ersetzt keine ärztliche Beratung.",
        "Ce contenu ne remplace pas un avis médical.",
    ],
    "promos.newsletter_offer": [
        "Sign up for a carefully-curated selection of our recipes and guides.",
        'Never miss another article',
        'メールマガジンに登録して最新情報を受け取る',
        '뉴스레터를 구독하고 최신 소식을 받아보세요.',
        '订阅我们的新闻通讯，获取最新资讯。',
        "Join our newsletter to get the latest on health plans and other healthcare topics.",
        "Sign up for a carefully-curated selection of our best stories, delivered every Friday by email.",
        "Never miss our hot deals, news, and updates tailored for you.",
        "Enjoyed the article? Get new content delivered to your inbox.",
        "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Freitag die besten Rezepte.",
        "Inscrivez-vous à notre newsletter pour recevoir nos conseils chaque semaine.",
        "Suscríbete a nuestro boletín y recibe las novedades cada semana.",
        "Assine nossa newsletter e receba as novidades no seu e-mail.",
        "Iscriviti alla nostra newsletter per ricevere le novità ogni settimana.",
        "Schrijf je in voor onze nieuwsbrief en ontvang elke week onze tips.",
    ],
    "promos.lead_offer": [
        'Jetzt kostenlos testen',
        "Get our FREE Starter Kit with 20 printable checklists for your first garden.",
        "Download your free guide to planning a wedding on a budget.",
        "Schedule a demo",
        "Streamline order management and get back hours of your time. Schedule a demo now:",
        "Start your 14-day free trial today!",
        "Jetzt kostenlose Beratung vereinbaren",
        "Demandez votre démo",
    ],
    "promos.advertise_with_us": [
        'Sie möchten bei uns werben? Hier finden Sie unsere Mediadaten.',
        "If your company is interested in reaching an audience of engineers, you may want to consider advertising "
        "with us.",
        "Werben Sie bei uns",
    ],
    "social.follow_for": [
        'Folgen Sie uns auf Facebook und Instagram, um keine Neuigkeiten zu verpassen.',
        'Subscribe to Example Tech on YouTube for more reviews:',
        'Join me on TikTok: @examplehome',
        "Follow me on Instagram for new recipes every week!",
        "Be sure to follow us on Facebook and Instagram for the latest news and events.",
        "Folgen Sie uns auf Instagram für tägliche Rezeptideen.",
        "Suivez-nous sur Facebook et Instagram pour ne rien manquer.",
        "Síguenos en Instagram para más recetas.",
        "Seguici su Facebook per restare aggiornato.",
        "Volg ons op Instagram voor dagelijkse inspiratie.",
    ],
    "social.comment_policy": [
        "Our community guidelines apply to every comment you post on this site.",
        "Comment via email (persistent) or via Disqus (ephemeral) comments below:",
        "Bitte beachten Sie unsere Community-Richtlinien.",
    ],
    "navigation.form_message": [
        'This field is required.',
        "Vielen Dank! Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail.",
        'Confirma tu suscripción haciendo clic en el enlace.',
        'Vul een geldig e-mailadres in.',
        "Something went wrong during processing your message, please try again!",
        "Oops! Something went wrong, please try again",
        "Please, verify whether your login and password are valid. If you don't have an account here, register one "
        "free of charge, please.",
        "*If you're already registered with Example Bank, please use the same email address as your existing "
        "account.",
        "For security, you need to login to your account or create an account with your subscribed email address to "
        "manage your newsletters.",
        "Thanks for subscribing! Check your inbox or spam folder to confirm your subscription.",
        "Es ist ein Fehler aufgetreten, bitte laden Sie die Seite neu.",
        "Une erreur est survenue lors de l'envoi du formulaire.",
        "Se ha producido un error al enviar el formulario.",
        "Si è verificato un errore durante l'invio del modulo.",
        "Er is een fout opgetreden bij het verzenden van het formulier.",
        "エラーが発生しました。もう一度お試しください。",
        "오류가 발생했습니다. 다시 시도해 주세요.",
        "出错了，请稍后重试。",
    ],
}


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner(plugins=False)


@pytest.mark.parametrize(("rule", "notice"), [(rule, text) for rule, texts in NOTICES.items() for text in texts])
def test_a_notice_in_the_footer_goes(rule: str, notice: str, cleaner: Cleaner) -> None:
    page = "\n\n".join(BODY) + "\n\n" + "\n".join([*FOOTER, notice, "Privacy Policy"])
    result = cleaner.clean(page)
    taken = {removal.text: removal.rule for removal in result.removed}
    assert notice in taken, f"{notice!r} was kept: {result.text!r}"
    assert taken[notice] in {rule, "legal.copyright"}, taken[notice]
    assert all(paragraph in result.text for paragraph in BODY)


@pytest.mark.parametrize(
    "notice",
    [
        "© 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed without permission.",
        "By signing up, you agree to give the company the right to use your photos forever, the lawsuit claims.",
        "Readers who sign up for the council's flood alerts get a text message when the river rises, the mayor said.",
        "The retailer may earn a commission of up to 8 percent when shoppers buy through partner links, the filing "
        "shows.",
        "Something went wrong with the rocket's second stage, the agency said, and the satellite was lost.",
        "The contents of the archive are ©2025 Example Publishing Corp., which bought it from the estate in March.",
        "The museum's catalogue, the curator said, ends with the words: all rights reserved.",
    ],
)
def test_the_same_sentence_as_the_articles_last_paragraph_stays(notice: str, cleaner: Cleaner) -> None:
    page = "\n\n".join([*BODY, notice]) + "\n\n" + "\n".join(FOOTER)
    result = cleaner.clean(page)
    assert notice in result.text.split("\n"), result.removed


def test_a_notice_between_the_articles_paragraphs_stays(cleaner: Cleaner) -> None:
    quoted = "Nachdruck nur mit Genehmigung, hieß es damals auf jeder Seite der Zeitung, erinnert sich die Autorin."
    page = "\n\n".join([BODY[0], quoted, *BODY[1:]])
    assert cleaner.clean(page).text == page


@pytest.mark.parametrize(
    "policy",
    [
        "As you comment, please be respectful of other commenters and other viewpoints. We reserve the right to "
        "remove any comment.",
        "Kommentare werden vor der Veröffentlichung moderiert. Bitte beachten Sie unsere Netiquette.",
        "Les commentaires sont modérés. Merci de rester courtois.",
        "Los comentarios están moderados y no se publicarán de inmediato.",
    ],
)
def test_the_comment_sections_house_rules_in_the_footer_go(policy: str, cleaner: Cleaner) -> None:
    page = "\n\n".join(BODY) + "\n\n" + "\n".join([*FOOTER[:5], "Comments", policy, "Leave a comment"])
    taken = {removal.text: removal.rule for removal in cleaner.clean(page).removed}
    assert taken.get(policy) == "social.comment_policy", taken
