"""Notices worded as sentences that are taken only outside the article's paragraphs (``notice``
rules): copyright and reuse notices, the terms a sign-up form says the reader accepts, a consent
tool's cookie categories, a comment section's house rules.

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
