"""Legal and site footer lines: copyright, policies, cookie notices."""

from pathlib import Path

from cleaner.rule_api import Family, dom, line, phrases

family = Family("legal")
PHRASES = Path(__file__).with_name("phrases")

_RIGHTS = (
    "all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
    "|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden"
)

rules = [
    dom("legal", "cookie or consent notice (HTML: under a cookie/consent class)", name="dom_consent",
        named=("cookie", "consent", "gdpr")),
    dom("legal", "site footer line (HTML: in <footer>)", name="dom_footer", within=("footer",)),
    line(
        "legal",
        r"(?:(?:copyright|版权所有|版權所有)\s*)?(?:©|\(c\))\s*.{0,120}|copyright\s+(?:©\s*)?\d{4}.{0,120}"
        rf"|.{{0,100}}(?:{_RIGHTS})\.?",
        why="copyright line",
        name="copyright",
        max_chars=200,
        needs=("©", "(c)", "copyright", "版权所有", "版權所有", *_RIGHTS.split("|")),
    ),
    line(
        "legal",
        r"(?:(?:privacy|cookie|cookies|editorial|ethics|corrections|accessibility|refund|shipping)"
        r"(?: policy| statement)?"
        r"|terms(?: of (?:use|service|sale))?|terms (?:&|and) conditions|legal(?: notice)?|imprint|impressum|disclaimer"
        r"|sitemap|site map|do not sell(?: or share)? my personal information|your privacy choices|cookie settings"
        r"|manage (?:cookies|consent|preferences)|accept(?: all)?(?: cookies)?|reject all|(?:your )?ad ?choices"
        r"|privacy (?:notice|overview|settings|center|centre)|cookie (?:preferences|declaration|notice)"
        r"|(?:website )?terms of (?:use|service)|(?:allow|deny|reject) all(?: cookies)?|necessary(?: cookies)?)"
        r"(?:\s*[|•·/]\s*.{1,40}){0,8}",
        why="policy links",
        name="policy_links",
        max_chars=300,
    ),
    line(
        "legal",
        r"(?:we|this (?:site|website)) uses? cookies (?:to|and similar|for) .{0,200}"
        r"(?:experience|analy[sz]|personali[sz]|advertis|consent|policy|accept).{0,120}",
        why="cookie notice",
        name="cookie_notice",
        sentence=True,
        max_chars=300,
    ),
    line(
        "legal",
        r"(?:wir (?:verwenden|nutzen)|(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt)"
        r"|nous utilisons des|ce site (?:web )?utilise des|(?:este sitio(?: web)?|esta web) (?:utiliza|usa)"
        r"|utilizamos|usamos|este site (?:utiliza|usa)|(?:utilizziamo|usiamo|questo sito (?:web )?utilizza)(?: i)?"
        r"|wij gebruiken|(?:deze )?website (?:gebruikt|maakt gebruik van)) cookies?\b"
        r"(?:,)? (?:um|zur|für|pour|afin|para|per|om|y|et|und|e|en) .{0,250}"
        r"(?:erlebnis|erfahrung|analys|personalis|werbung|zustimm|einwillig|datenschutz|akzept|expérience|analy"
        r"|personnalis|publicit|consent|accept|experiencia|analiz|personaliz|publicidad|acept|experiência|análise"
        r"|publicidade|aceit|esperienza|analizz|personalizz|pubblicit|accett|ervaring|advertent|toestemming|akkoord)"
        r".{0,200}",
        why="cookie notice",
        name="cookie_notice_translated",
        needs=("cookie",),
        sentence=True,
        max_chars=500,
    ),
    phrases("legal", PHRASES / "cookies.txt", why="cookie or consent banner", name="cookie_phrases"),
    phrases("legal", PHRASES / "legal.txt", why="policy or imprint link, or rights notice", name="legal_phrases"),
]

must_drop = [
    "© 2025 Example Media. All rights reserved.",
    "Privacy Policy",
    "Terms of Use | Privacy Policy",
    "Cookie Preferences",
    "Your Ad Choices",
    "We use cookies to improve your experience on our site and to show you personalised advertising.",
    "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten und Zugriffe zu analysieren.",
    "Ce site utilise des cookies pour améliorer votre expérience de navigation et mesurer l'audience.",
    "Questo sito utilizza i cookie per migliorare la tua esperienza. Continuando accetti il loro utilizzo.",
    "© 2025 Rheinblick Verlag. Alle Rechte vorbehalten.",
    "Impressum | Datenschutz | AGB",
    "Alle akzeptieren",
    "Mentions légales",
    "プライバシーポリシー",
    "무단전재 및 재배포 금지",
    "版权所有",
]
must_keep = [
    "The court ruled that the copyright claim, filed in 2021, could proceed to trial in March.",
    "We use cookies as an example in the lesson, the teacher said, because every child knows them.",
    "Wir verwenden Cookies nur als Beispiel im Unterricht, sagte die Lehrerin, weil jedes Kind sie kennt.",
    "Le tribunal a jugé que la plainte pour atteinte aux droits d'auteur pouvait être examinée en mars.",
]
