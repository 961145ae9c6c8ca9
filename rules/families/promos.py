"""Promos: app download banners, store badges, newsletter and subscribe prompts, ad labels."""

from pathlib import Path

from cleaner.rule_api import Family, dom, line, notice, phrases

family = Family("promos")
PHRASES = Path(__file__).with_name("phrases")

rules = [
    dom("promo", "promo, ad or sign-up box (HTML: under such a class)", name="dom_promo",
        named=("promo", "cta", "advert", "sponsor", "newsletter", "subscribe", "signup", "banner", "ad", "ads", "modal",
               "popup")),
    phrases("promo", PHRASES / "promo.txt", why="advertising label, app or store badge, or paywall prompt",
            name="promo_phrases"),
    phrases("promo", PHRASES / "newsletter.txt", why="newsletter or e-mail sign-up box", name="newsletter_phrases"),
    phrases("promo", PHRASES / "calls.txt", why="call to sign up, try or buy, or the terms printed under it",
            name="call_phrases"),
    phrases("promo", PHRASES / "shop.txt", why="shop, price-check or booking button, or a price widget's placeholder",
            name="shop_phrases"),
    line(
        "promo",
        r"(?:get started now:?\s*)?download (?:the|our|(?:the )?\w+) app(?: (?:now|today|for free))?[.!]?"
        r"|get (?:it|the app) on (?:google play|the app store)|download on the app store|available on the app store"
        r"|app[- ]?store|play[- ]?store|google play|app[- ]?store\s*play[- ]?store|get the app|open (?:in )?app",
        why="app download banner or store badge",
        name="app_download",
    ),
    line(
        "promo",
        r"(?:subscribe|sign up|register)(?: now| today| here| for free)?[.!]?"
        r"|(?:subscribe|sign up|register) (?:to|for) (?:our|the|my) (?:free )?(?:\w+ )?"
        r"(?:newsletters?|briefing|digest)[.!]?"
        r"|(?:subscribe|sign up|register) (?:to|for) (?:our|my) (?:free )?(?:daily |weekly |monthly )?\w+(?: \w+)?[.!]?"
        r"|(?:our |free |daily |weekly )*newsletters?:?|get (?:our|the) newsletter|join our mailing list"
        r"|enter your email(?: address)?|your email address|email address:?",
        why="newsletter or subscribe prompt",
        name="newsletter",
    ),
    line(
        "promo",
        r"(?:sign up|subscribe) (?:to|for) (?:our|the) (?:free )?(?:\w+ ){0,3}newsletters?\b.{0,160}"
        r"|get (?:the|our) (?:latest )?(?:news|stories|headlines|updates)(?: delivered)? (?:to|in) your inbox.{0,120}",
        why="newsletter pitch written as a sentence",
        name="newsletter_pitch",
        sentence=True,
        max_chars=260,
    ),
    line(
        "promo",
        r"(?:be sure to |don't forget to |make sure to )?sign up (?:below|here|now|today)\b.{0,40}"
        r"\b(?:stay in touch|(?:get|receive) (?:our|my|the) (?:\w+ ){0,3}(?:emails?|updates|posts|newsletter)"
        r"|never miss a (?:post|thing|story))[.!]?"
        r"|by (?:entering|submitting|providing) your (?:e-?mail|email address|details|information),? you .{0,250}"
        r"\b(?:agree|consent)\b.{0,250}",
        why="sign-up pitch or its consent line written as a sentence",
        name="signup_pitch",
        sentence=True,
        max_chars=600,
    ),
    line(
        "promo",
        r"(?:[^.!?]{0,80}[.!?]\s+)?(?:sign up|subscribe) (?:for|to) .{1,80}\b(?:newsletter|digest|briefing)\b.{0,160}"
        r"|get .{1,60} delivered (?:to|through) your (?:door|doorstep|letterbox|mailbox|inbox)\b.{0,200}",
        why="subscription pitch written as a sentence",
        name="subscription_pitch",
        needs=("sign up", "subscribe", "delivered"),
        sentence=True,
        max_chars=400,
    ),
    line(
        "promo",
        r"if you (?:enjoyed|liked|value|appreciated?) (?:this|our) (?:article|story|post|journalism|reporting|work)"
        r"\b.{0,160}\b(?:join|subscribe|become a (?:member|subscriber|supporter)|support us|donate)\b.{0,400}"
        r"|subscribe to (?:the |our )?.{1,60}(?:youtube channel|podcast|channel)\b.{0,160}",
        why="membership or channel pitch written as a sentence",
        name="membership_pitch",
        sentence=True,
        max_chars=700,
    ),
    line(
        "promo",
        r"(?:this|the) (?:feature|service|content|video|page) is (?:temporarily |currently )?"
        r"(?:unavailable|not available)\.?(?: please try again(?: later)?[.!]?)?",
        why="a widget's error message",
        name="widget_error",
        sentence=True,
        max_chars=120,
    ),
    line(
        "promo",
        r"enter your e-?mail(?: address)? to (?:subscribe to|follow) .{1,80}? and receive notifications of new posts"
        r" by e-?mail\.?"
        r"|gib deine e-mail-adresse an, um .{1,80}? zu (?:abonnieren|folgen) und benachrichtigungen über neue beiträge"
        r" (?:via|per) e-mail zu erhalten\.?"
        r"|entrez votre adresse (?:e-)?mail pour (?:suivre|vous abonner à) .{1,80}? et être notifié par (?:e-)?mail des"
        r" nouvelles publications\.?"
        r"|introduce tu (?:dirección de )?correo electrónico para (?:suscribirte a|seguir) .{1,80}? y recibir"
        r" (?:avisos|notificaciones) de nuevas entradas(?: por correo electrónico)?\.?"
        r"|digite seu endereço de e-?mail para (?:assinar|seguir) .{1,80}? e receber notificações de novas publicações"
        r" por e-?mail\.?"
        r"|inserisci il tuo indirizzo e-?mail per (?:iscriverti a|seguire) .{1,80}? e ricevere notifiche di nuovi"
        r" (?:articoli|messaggi) (?:via|per) e-?mail\.?"
        r"|vul je e-?mailadres in om .{1,80}? te volgen en meldingen van nieuwe berichten (?:via|per) e-?mail te"
        r" ontvangen\.?"
        r"|join (?:[\d.,]+\s?[km]?\+? )?other (?:subscribers|followers)[.!]?",
        why="a blog's subscribe-by-email box",
        name="blog_subscription",
        sentence=True,
        max_chars=300,
    ),
    line(
        "promo",
        r"click here to (?:subscribe|sign up|join|register|download|get) .{1,120}",
        why="subscribe call to action",
        name="click_to_subscribe",
    ),
    line(
        "promo",
        r"[\w&,'’ -]{1,60} (?:delivered |sent |right |straight )?(?:in|into|to) your inbox(?: every \w+)?[.!]?",
        why="newsletter tagline",
        name="inbox_tagline",
        needs=("inbox",),
        max_chars=100,
    ),
    line(
        "promo",
        r"[\w&,'’ -]{1,80} (?:täglich |jeden \w+ |wöchentlich |direkt |kostenlos ){0,3}"
        r"in ihr(?:em)? (?:e-mail-)?postfach[.!]?"
        r"|recevez [\w&,'’ -]{1,80}(?: dans votre boîte (?:mail|e-mail|de réception))?[.!]?"
        r"|[\w&,'’ -]{1,80} (?:en|a) tu (?:bandeja de entrada|correo(?: electrónico)?)[.!]?"
        r"|[\w&,'’ -]{1,80} na sua caixa de (?:entrada|e-mail)[.!]?"
        r"|[\w&,'’ -]{1,80} nella tua casella(?: di posta| email| e-mail)?[.!]?"
        r"|[\w&,'’ -]{1,80} in je (?:inbox|mailbox)[.!]?",
        why="newsletter tagline",
        name="inbox_tagline_translated",
        sentence=True,
        needs=("postfach", "recevez", "bandeja de entrada", "tu correo", "caixa de", "tua casella", "in je "),
        max_chars=140,
    ),
    line(
        "promo",
        r"(?:jetzt )?(?:download|laden sie|holen sie sich|téléchargez|descarga|descargue|baixe|scarica|downloaden)"
        r"(?: (?:jetzt|gratuitement|gratis|now))? (?:our|unsere|notre|nuestra|nuestro|o nosso|a nossa|la nostra|onze)"
        r" (?:\w+ )?(?:app|application|applicazione|aplicación|aplicativo)\b.{0,120}",
        why="app download pitch",
        name="app_pitch_translated",
        sentence=True,
        needs=("app", "aplica"),
        max_chars=200,
    ),
    line(
        "promo",
        r"(?:ready to|want to|don't miss).{0,100}download (?:our|the) app (?:today|now)\b.{0,140}"
        r"|(?:now )?check your (?:email|inbox|phone)\b.{0,80} to download (?:your|our|the) (?:new |free )?app[.!]?",
        why="app pitch written as a sentence",
        name="app_pitch",
        sentence=True,
        max_chars=300,
    ),
    line(
        "promo",
        r"(?:first|last|full|your) name\s*\*?|(?:email|e-mail|phone|company)(?: address| number)?\s*\*"
        r"|thank you!? your submission has been received!?|oops!? something went wrong while submitting the form\.?"
        r"|submit|send|sign up now|subscribe now",
        why="sign-up form field or its status message",
        name="form",
    ),
    line(
        "promo",
        r"try (?:our|the) (?:new )?ai (?:features?|tools?|assistant)|explore what .{1,40} can do for you:?",
        why="AI feature upsell",
        name="ai_upsell",
    ),
    line(
        "promo",
        r"advertisement|sponsored(?: content| post)?|\(?ad\)?|ads?|promoted|paid (?:content|partner(?:ship)?)"
        r"|story continues below(?: this)? ad(?:vertisement)?|scroll to continue with content",
        why="advertisement label",
        name="ad_label",
    ),
    line(
        "promo",
        r"(?:already a (?:subscriber|member)\?.{0,60}|(?:log|sign) in to (?:continue|read).{0,60}"
        r"|this (?:article|content|story) is (?:for|available to) (?:subscribers|members) only\.?)",
        why="paywall prompt",
        name="paywall",
    ),
]

_LEAD_IN = r"(?:[^.!?]{0,100}[.!?:]\s+)?"
"""A short sentence a pitch may open with ("Enjoyed the article?", "Don't miss a brief.")."""

_SIGN_UP = (
    r"(?:(?:please |just |simply |be sure to |don['’]t forget to )?(?:join|sign[ -]?up|subscribe|register|opt in"
    r"|enter your e-?mail(?: address)?|get|receive|never miss|don['’]t miss|stay (?:up[ -]to[ -]date|informed"
    r"|in the loop|updated|tuned))"
    r"|(?:melden sie sich|melde dich|abonnieren sie|abonniere|registrieren sie sich|tragen sie sich|erhalten sie"
    r"|verpassen sie|verpasse|bleiben sie|bleib)"
    r"|(?:inscrivez-vous|abonnez-vous|recevez|ne manquez|restez informée?s?|rejoignez)"
    r"|(?:suscríbete|suscríbase|regístrate|recibe|reciba|no te pierdas|mantente informado|únete)"
    r"|(?:assine|inscreva-se|cadastre-se|receba|não perca|fique por dentro)"
    r"|(?:iscriviti|abbonati|ricevi|non perdere|resta aggiornato)"
    r"|(?:schrijf je in|meld je aan|abonneer je|ontvang|mis nooit|blijf op de hoogte)"
    r")\b"
)
"""How a sign-up pitch opens, in the languages the families cover: an imperative to join or receive."""

_MAILING = (
    r"newsletters?|mailing list|e-?mail list|e-?mail (?:updates|alerts|notices?|notifications?|course)"
    r"|(?:our|my|weekly|daily|monthly|free) e-?mails?|via e-?mail|by e-?mail|inbox(?:es)?|updates|alerts|digest"
    r"|e-mail-newsletter|postfach|neuigkeiten|lettre d['’]information|boîte (?:mail|de réception)|par e-?mail"
    r"|boletín|correo electrónico|novedades|boletim|caixa de entrada|novidades|nella tua casella|novità"
    r"|nieuwsbrief|per e-?mail"
)
"""What a sign-up pitch offers: a newsletter, mail, updates."""

newsletter_offer = notice(
    "promo",
    rf"{_LEAD_IN}(?:{_SIGN_UP}[^.!?]{{0,140}}?\b(?:{_MAILING})\b"
    r"|sign[ -]?up (?:for|to) (?:a|an|our|my|the) (?:[\w-]+ ){0,2}?(?:weekly|daily|monthly|fortnightly|curated"
    r"|carefully[- ]curated|regular)\b"
    r"|(?:never|don['’]t) miss (?:a|an|another|any)(?: single)? (?:post|article|story|episode|issue|recipe|deal"
    r"|update)s?\b"
    r").{0,400}"
    r"|(?:メールマガジン|メルマガ|ニュースレター)(?:に|を|の)?(?:登録|購読|配信).{0,60}"
    r"|뉴스레터(?:를|을)? ?(?:구독|신청).{0,60}"
    r"|(?:订阅|訂閱)(?:我们的|我們的)?(?:新闻通讯|電子報|电子报|新聞通訊|邮件|電子郵件).{0,60}",
    why="newsletter or e-mail sign-up pitch",
    name="newsletter_offer",
    needs=("newsletter", "mailing list", "mail", "email", "inbox", "updates", "alerts", "digest", "postfach",
           "neuigkeiten", "lettre d'information", "boîte", "boletín", "correo", "novedades", "boletim",
           "caixa de entrada", "novidades", "casella", "novità", "nieuwsbrief", "never miss", "don't miss", "sign up",
           "sign-up", "signup",
           "メールマガジン", "メルマガ", "ニュースレター", "뉴스레터", "订阅", "訂閱"),
    max_chars=600,
)

_OFFER = (
    r"starter kit|guide|e-?book|checklist|cheat ?sheet|templates?|toolkit|workbook|printables?|planner|course"
    r"|mini-course|masterclass|webinar|report|white ?paper|pdf|download|sample"
)
"""What a lead offer gives for an e-mail address (a demo, a trial or a quote is a call, below)."""

_CALL = (
    r"(?:schedule|book|request|get|start|claim)(?: (?:a|an|your|my|our|now))*"
    r" (?:free |personali[sz]ed |live |quick |\d+[- ]day |no-obligation )*"
    r"(?:demo|trial|consultation|strategy call|discovery call|quote)\b"
    r"|try (?:it|us|[\w.-]+(?: [\w.-]+)?) (?:for )?free (?:for \d+ (?:days|weeks)"
    r"|with an? \d+[- ]day (?:free )?trial)\b"
    r"|(?:jetzt |hier )?(?:kostenlos(?:e[nrs]?)? )?(?:demo|beratung|testversion) (?:anfordern|vereinbaren"
    r"|buchen|starten)"
    r"|jetzt (?:kostenlos|gratis) (?:testen|ausprobieren)"
    r"|(?:demandez|réservez|obtenez)(?: (?:votre|une|un))? (?:démo|essai gratuit|devis gratuit)"
    r"|(?:solicita|reserva|obtén)(?: (?:tu|una|un))? (?:demo|prueba gratuita|presupuesto gratis)"
    r"|(?:solicite|agende)(?: (?:sua|uma|um))? (?:demonstração|demo|teste grátis)"
    r"|(?:richiedi|prenota)(?: (?:la|una|un|il))? (?:demo|prova gratuita)"
    r"|(?:vraag|plan)(?: (?:een|je|gratis))* (?:demo|proefperiode)"
)
"""A call to book a demo, a trial, a consultation or a quote: a button, or the last words of a pitch."""

_FREEBIE = (
    r"(?:get|download|claim|request|access|unlock)(?: (?:our|my|your|the|a|an|instant|now))*"
    r" (?:free|100% free|complimentary|exclusive)\b[^.!?]{0,60}?\b(?:" + _OFFER + r")\b"
    r"|(?:fordern sie|sichern sie sich|holen sie sich|laden sie)(?: jetzt)? (?:ihr(?:e|en)? |unser(?:e|en)? )?"
    r"(?:kostenlos(?:e[nrs]?)?|gratis)\b"
    r"|(?:téléchargez|recevez) (?:votre|notre|le) (?:guide|livre blanc|e-?book) gratuit"
    r"|descarga (?:tu|nuestra|la) (?:guía|plantilla|e-?book) gratuit[ao]"
    r"|baixe (?:seu|sua|nosso|nossa|o|a) (?:guia|e-?book|modelo) gratuit[oa]"
    r"|scarica (?:la tua|la nostra|la|il) (?:guida|e-?book) gratuit[ao]"
    r"|download (?:je|onze|de) gratis (?:gids|e-?book|checklist)"
)
"""A free guide, kit or course offered for an e-mail address."""

lead_offer = notice(
    "promo",
    rf"{_LEAD_IN}(?:{_FREEBIE}).{{0,300}}"
    rf"|(?:{_CALL})[^.!?]{{0,40}}[.!?:]?"
    rf"|[^.!?]{{0,160}}[.!?]\s+(?:{_CALL}) (?:now|today)[.!:]?",
    why="lead offer: a free guide or kit for an e-mail address, a demo, a trial",
    name="lead_offer",
    needs=("free", "demo", "trial", "consultation", "quote", "strategy call", "discovery call", "kostenlos", "gratis",
           "beratung", "testversion", "démo", "essai", "devis", "gratuit", "prueba", "presupuesto", "demonstração",
           "teste grátis", "prova gratuita", "proefperiode"),
    max_chars=500,
)

advertise_with_us = notice(
    "promo",
    r"(?:[^.!?]{0,200}?\b)?(?:"
    r"advertis(?:e|ing) (?:with|on) (?:us|our (?:site|website|network|platform|pages))"
    r"|(?:interested in|inquiries about|information (?:on|about)) advertising\b"
    r"|(?:werben|anzeigen schalten) (?:sie )?(?:bei|mit|auf) uns|(?:bei|mit) uns (?:werben|anzeigen schalten)\b"
    r"|(?:annoncez|faites de la publicité) (?:avec|chez|sur) nous|publicidad con nosotros|anúnciese con nosotros"
    r"|anuncie (?:conosco|aqui|no nosso site)|pubblicità (?:con|su) di noi|fai pubblicità con noi"
    r"|adverteren (?:bij|op|via) (?:ons|onze)"
    r").{0,300}",
    why="advertise-with-us pitch",
    name="advertise_with_us",
    needs=("advertise with", "advertising with", "advertise on", "advertising on", "in advertising",
           "about advertising", "werben", "anzeigen schalten", "annoncez", "publicité", "publicidad", "anúnciese",
           "anuncie", "pubblicità", "adverteren"),
    max_chars=500,
)

rules += [newsletter_offer, lead_offer, advertise_with_us]

must_drop = [
    "Die wichtigsten Nachrichten aus der Region täglich in Ihrem Postfach.",
    "Recevez chaque matin l'essentiel de l'actualité bretonne.",
    "Laden Sie unsere App im App Store oder bei Google Play herunter.",
    "Téléchargez notre application sur l'App Store et Google Play.",
    "Sign up for our weekly recipes",
    "Be sure to sign up below so we can stay in touch!",
    "By entering your email, you indicate that you have read and understood our Privacy Policy and agree to "
    "receive marketing emails.",
    "Security insights & offers right into your inbox",
    "If you enjoyed this article, we have a proposition for you: Join NRPLUS. Members get all of our content.",
    "Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!",
    "Click here to subscribe to The Paradigm Newsletter",
    "This feature is temporarily unavailable. Please try again later.",
    "There's plenty more where that came from. Sign up for The Water Coolest today to get the free daily newsletter "
    "delivered to your inbox daily.",
    "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more "
    "information.",
    "DOWNLOAD THE APP",
    "Get Started Now: Download the App",
    "app-storeplay-store",
    "Try Our AI Features",
    "Subscribe to our newsletter",
    "Sign up for our free Morning Briefing newsletter to get the day's top stories in your inbox.",
    "Advertisement",
    "Email Address *",
    "Thank you! Your submission has been received!",
    "Now check your email account on your mobile phone to download your new app.",
    "Anzeige",
    "Newsletter abonnieren",
    "Inscrivez-vous à notre newsletter",
    "Descarga la app | Disponible en Google Play",
    "Contenuto riservato agli abbonati",
    "広告",
    "뉴스레터 구독",
    'Become a Member',
    'Jetzt Mitglied werden',
    'Enter your email address to subscribe to this blog and receive notifications of new posts by email.',
    'Subscribe now to keep reading and get access to the full archive.',
    'Your cart is empty',
    'Enter your email address to subscribe to Example Blog and receive notifications of new posts by email.',
    'Join 1,234 other subscribers',
    'Article continues below advertisement',
    'Advertisement - Continue reading below',
    'Weiter nach der Anzeige',
    'La suite après la publicité',
    'Continua após a publicidade',
    'Lees verder na de advertentie',
    '広告の後にも続きます',
    '廣告 請繼續往下閱讀',
    'Sponsored by:',
    'Book a demo',
    'No credit card required.',
    'Jetzt kostenlos testen',
    'Demander une démo',
    'Contáctanos',
    'Vraag een demo aan',
    '無料で始める',
]
must_keep = [
    "Readers who sign up for the council's alerts get a text message when the river rises, the mayor said in March.",
    'Never miss a chance to thank your volunteers, she told the 300 delegates, who gave her a standing ovation.',
    "Join our newsletter, the campaign's e-mails urged, and more than 40,000 people did so within a week.",
    'Melden Sie sich bis Freitag für den Newsletter der Gemeinde an, sagte der Bürgermeister, sonst '
    'verfallen die Plätze.',
    'The company said it would start a free trial of the service in three cities next year, pending approval.',
    "Request a free consultation with the school's adviser to discuss the options, the letter told parents.",
    "Advertising with us was a mistake, the brewery's owner said, after the campaign drew only a dozen visitors.",
    'Get your free copy of the guide at any library in the county from Monday, the council said.',
    "Recevez-vous encore des lettres de la mairie ? Beaucoup d'habitants ont répondu non au sondage de mars.",
    "The app was downloaded two million times from the App Store and Google Play, the company said.",
    "The company said users who download the app will be asked to verify their identity before trading.",
    "Subscribers to the service rose to 4.2 million in the quarter, the company said on Tuesday.",
    "Thank you, she wrote to the council, for a submission that has been received with gratitude by all.",
    "Voters who sign up below the age of 25 get reduced fees, and the scheme helps them stay in touch with the party.",
    "By entering your email on the fake page, you give the attackers what they need, the agency warned.",
    "Phishing messages landed straight in your inbox, the report found, despite the filters the bank had promised.",
    "If you enjoyed this article about the town's history, the museum's archive holds many more, the curator said.",
    "The service is temporarily unavailable in three districts while engineers repair the main, the utility said.",
    "Residents can sign up for the council's food waste collection from Monday, and a digest of rules is online.",
    "Check your email for a link to download the app before Friday's vote, the union told its members.",
    "Die Anzeige in der Lokalzeitung kostete den Verein 400 Euro, sagte die Kassenwartin am Montag.",
    "Wer den Newsletter abonnieren will, muss seit Juli sein Alter angeben, schreibt die Behörde.",
    "Les lecteurs peuvent télécharger l'application depuis mardi, a indiqué le groupe dans un communiqué.",
    'Become a member of the club, her father told her, and you will never be lonely again.',
    'Join other subscribers of the magazine at the annual meeting in Leeds, the invitation says.',
    'The advert continues below the fold on the printed page, which cost the party 12,000 pounds.',
    'Weiter nach der Anzeige zu fragen, lehnte die Polizei ab, sagte der Sprecher am Montag.',
    'Get started early, the coach told the 40 runners, because the course closes at noon on Sunday.',
    'No credit card was required to enter, the organisers said, and 3,000 people came on the first day.',
]
