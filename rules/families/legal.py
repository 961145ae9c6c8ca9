"""Legal and site footer lines: copyright, policies, cookie notices."""

from cleaner.rule_api import Family, dom, line

family = Family("legal")

rules = [
    dom(
        "legal",
        "cookie or consent notice (HTML: under a cookie/consent class)",
        name="dom_consent",
        named=("cookie", "consent", "gdpr"),
    ),
    dom("legal", "site footer line (HTML: in <footer>)", name="dom_footer", within=("footer",)),
    line(
        "legal",
        r"(?:copyright\s*)?(?:©|\(c\))\s*.{0,120}|copyright\s+(?:©\s*)?\d{4}.{0,120}"
        r"|.{0,100}all rights reserved\.?",
        why="copyright line",
        name="copyright",
        max_chars=200,
        needs=("©", "(c)", "copyright", "all rights reserved"),
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
]

must_drop = [
    "© 2025 Example Media. All rights reserved.",
    "Privacy Policy",
    "Terms of Use | Privacy Policy",
    "Cookie Preferences",
    "Your Ad Choices",
    "We use cookies to improve your experience on our site and to show you personalised advertising.",
]
must_keep = [
    "The court ruled that the copyright claim, filed in 2021, could proceed to trial in March.",
    "We use cookies as an example in the lesson, the teacher said, because every child knows them.",
]
