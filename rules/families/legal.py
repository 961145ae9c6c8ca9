"""Legal and site footer lines: copyright, policies, cookie notices."""

from pathlib import Path

from cleaner.rule_api import RIGHTS_RESERVED, RIGHTS_RESERVED_UNSPACED, Family, dom, line, notice, phrases

family = Family("legal")
PHRASES = Path(__file__).with_name("phrases")

_RIGHTS = "|".join(RIGHTS_RESERVED)
""""All rights reserved" in the languages of the phrase families, as the page's footer reads it."""
_RIGHTS_NOTICE = "|".join((_RIGHTS, *(rights.phrases for rights in RIGHTS_RESERVED_UNSPACED)))
"""The same, with the whole phrases of the wording in languages written without spaces."""
_COPYRIGHT_MARK = r"(?:[©ⓒ]|\(c\)\s*\d{4}|copyright\s*(?:[©ⓒ]|\(c\)|\d{4}))"
"""A copyright sign, or the word with a sign or a year after it: "copyright" alone is a topic."""

_COOKIE_USERS = (
    r"we|this (?:site|website|web site|page)|our (?:site|website)|[\w&.'’ -]{1,40} and (?:our )?(?:\d+ )?"
    r"(?:3rd|third)[- ]part(?:y|ies)(?: partners)?|[\w&.'’ -]{1,40} and our (?:\d+ )?partners"
)
"""Who a cookie banner says sets the cookies: the site itself, or the site and its partners."""

_COOKIE_USERS_TRANSLATED = (
    r"wir (?:verwenden|nutzen|setzen)|(?:diese|unsere) (?:web)?seite (?:verwendet|nutzt)|nous utilisons"
    r"|ce site (?:web )?utilise|(?:este sitio(?: web)?|esta web|este site) (?:utiliza|usa)|utilizamos|usamos"
    r"|utilizziamo|usiamo|questo sito (?:web )?(?:utilizza|usa)|wij gebruiken"
    r"|(?:deze )?website (?:gebruikt|maakt gebruik van)"
)
_COOKIE_PURPOSES = (
    r"experience|analy[sz]|personali[sz]|advertis|consent|agree|policy|accept|browser|device|tracking|preferences"
    r"|settings"
    r"|opt[- ]out|third[- ]part|erlebnis|erfahrung|analys|werbung|zustimm|einwillig|datenschutz|akzept|expérience"
    r"|analy|personnalis|publicit|experiencia|analiz|personaliz|publicidad|acept|experiência|análise|publicidade"
    r"|aceit|esperienza|analizz|personalizz|pubblicit|accett|ervaring|advertent|toestemming|akkoord"
)
"""What a cookie banner says the cookies are for or asks of the reader: a sentence that uses
cookies as an example names none of it."""
_COOKIE_KINDS = (
    r"(?:strictly )?necessary|essential|functional|functionality|performance|analytic(?:al|s)?|advertisement"
    r"|advertising|marketing|targeting|statistics?|preferences?|social media|(?:other )?uncategori[sz]ed|non-necessary"
    r"|any|these|third[- ]party"
)
"""The cookie categories a consent tool describes one by one ("Performance cookies are used to ...")."""


_EDITORIAL_CONTROLS = (
    r"(?:request |order |buy )?reprints?(?: (?:&|and) (?:licensing|permissions))?|reprint rights"
    r"|(?:submit|report|request|suggest)(?: an?)? (?:correction|error|typo)s?(?: request)?"
    r"|(?:view |read )?(?:our )?(?:editorial|ethics|corrections) (?:guidelines|standards|policy|statement)"
    r"|fehler melden|korrektur melden|nachdruckrechte|signaler une erreur|droits de reproduction"
    r"|reportar (?:un )?error|comunicar (?:un )?erro[r]?|reportar erro|segnala(?: un)? errore|meld een fout"
)
"""The controls a news page prints under its article for its editors: reprints, corrections,
standards; a row of them is chrome, in any order."""
_ARTICLE_CONTROLS = rf"{_EDITORIAL_CONTROLS}|licensing|permissions|corrections?|print(?: this (?:article|story))?"
_CONTROL_SEPARATOR = r"\s*(?:[|•·,/&]|\bor\b|\band\b)?\s*"


_HOLDER = r"[^.!?]{1,60}?\b(?:inc|llc|ltd|limited|corp|corporation|company|gmbh|ag|plc|s\.a|s\.l|b\.v|n\.v)\b"
"""A rights holder named as a company ("Future US, Inc.", "Hearst Newspapers, LLC")."""

rights_notice = notice(
    "legal",
    rf".{{0,80}}?{_COPYRIGHT_MARK}.{{0,200}}?(?:{_RIGHTS_NOTICE}).{{0,600}}"
    r"|[^.!?]{0,60}?(?:copyright\s*)?[©ⓒ]\s*(?:copyright\s*)?(?:\d{4}\b|" + _HOLDER + r").{0,250}"
    rf"|(?:copyright\b[^.!?]{{1,80}}?[.,]?\s*)?(?:{_RIGHTS_NOTICE})\b.{{0,300}}"
    rf"|.{{0,160}}?\b(?:{_RIGHTS_NOTICE})\b[^.!?]{{0,40}}[.!]?",
    why="copyright notice",
    name="rights_notice",
    needs=("©", "(c)", "copyright", *RIGHTS_RESERVED, *(rights.need for rights in RIGHTS_RESERVED_UNSPACED)),
    max_chars=900,
)
reuse_notice = notice(
    "legal",
    r"(?:[^.!?]{0,120}[.!?]\s+)?(?:"
    r"(?:this|the|all) (?:material|content|contents|articles?|stories|text|images?)"
    r"(?: (?:on|of) this (?:site|website))?"
    r" (?:may|must|can)(?:not| not) be (?:published|reproduced|copied|republished|redistributed|distributed"
    r"|transmitted|used)\b"
    r"|no part of this (?:publication|website|site|article|page) may be (?:reproduced|copied|republished)\b"
    r"|(?:nachdruck|vervielfältigung|weiterverbreitung|weiterverwendung)\b[^.]{0,80}?\bnur mit (?:der )?"
    r"(?:ausdrückliche[nr]? |vorherige[nr]? )?(?:schriftliche[nr]? )?(?:genehmigung|zustimmung|erlaubnis)\b"
    r"|toute reproduction\b[^.]{0,120}?\binterdite\b|reproduction interdite\b"
    r"|(?:queda |está )?prohibida (?:la )?reproducción\b|(?:é )?proibida a reprodução\b"
    r"|(?:è )?vietata (?:la )?riproduzione\b|riproduzione riservata\b"
    r"|niets uit deze (?:uitgave|publicatie|website|site) mag (?:worden )?(?:verveelvoudigd|overgenomen)\b"
    r"|[^。]{0,60}?無断(?:転載|複製|転用)[^。]{0,20}?(?:禁じます|禁止|ご遠慮ください)"
    r"|[^.]{0,60}?무단\s?(?:전재|복제|배포)"
    r"|[^。]{0,60}?(?:未经|未經)(?:授权|许可|授權|許可)[^。]{0,20}?(?:不得|禁止)(?:转载|轉載|复制|複製)"
    r").{0,400}",
    why="notice forbidding reuse of the content",
    name="reuse_notice",
    needs=("may not be", "cannot be", "can not be", "must not be", "no part of", "nur mit", "interdite", "prohibida",
           "proibida", "vietata", "riproduzione riservata", "niets uit deze", "無断", "무단", "未经", "未經"),
)
consent_line = notice(
    "legal",
    r"(?:[^.!?]{0,120}[.!?]\s+)?(?:"
    r"by (?:signing up|subscribing|registering|clicking[^,.]{0,40}?|submitting(?: this form| your \w+)?"
    r"|checking out|continuing(?: to use this (?:site|website))?|creating an account|signing in"
    r"|using (?:this|our) (?:site|website)"
    r"|entering your [\w -]{1,30}|providing your [\w ,-]{1,40}|choosing [^,.]{1,30}),? (?:you|i)"
    r" (?:also )?(?:agree|consent|accept|acknowledge|confirm|understand)\b"
    r"|(?:use of|registration on|access to)(?: and/or registration on| or use of)?(?: any portion of)? this"
    r" (?:site|website) constitutes (?:your )?acceptance of\b"
    r"|(?:yes, )?i (?:have read|agree|accept|consent)(?: and (?:agree|accept|understood|understand))?(?: to)?"
    r" (?:the |our |its )?[^.]{0,60}?\b(?:privacy|terms|conditions|policy)\b"
    r"|(?:you can|you may) (?:unsubscribe|opt out)(?: at any time| anytime)\b"
    r"|mit (?:der|ihrer|deiner) (?:anmeldung|registrierung|bestellung)[^.]{0,60}?\b(?:akzeptier|stimm|erklär)"
    r"|ich habe die (?:datenschutz\w*|nutzungsbedingungen|agb)[^.]{0,40}?\bgelesen"
    r"|en (?:vous inscrivant|cliquant sur[^,.]{0,40}?|soumettant ce formulaire),? vous (?:acceptez|consentez)"
    r"|j'ai lu et (?:j')?accepte"
    r"|al (?:suscribirte|suscribirse|registrarte|registrarse|hacer clic en[^,.]{0,40}?|enviar este formulario),?"
    r" (?:aceptas|acepta|usted acepta)\b|he leído y acepto"
    r"|ao (?:se inscrever|se cadastrar|clicar em[^,.]{0,40}?|enviar este formulário),?"
    r" (?:você )?(?:concorda|aceita)"
    r"|li e (?:aceito|concordo)"
    r"|(?:iscrivendoti|registrandoti|cliccando su[^,.]{0,40}?|inviando questo modulo),? accetti\b"
    r"|ho letto e accetto"
    r"|door (?:je|u) aan te melden|door op[^,.]{0,40}? te klikken,? ga (?:je|u) akkoord"
    r"|ik heb [^.]{0,60}? gelezen en ga akkoord"
    r").{0,500}",
    why="the terms a sign-up, form or purchase says the reader accepts",
    name="consent_line",
    needs=("agree", "consent", "accept", "acknowledge", "confirm", "understand", "unsubscribe", "opt out", "akzeptier",
           "stimm", "erklär", "gelesen", "acceptez", "consentez", "accepte", "aceptas", "acepta", "acepto", "concorda",
           "aceita", "aceito", "concordo", "accetti", "accetto", "akkoord"),
    max_chars=800,
)
cookie_category = notice(
    "legal",
    rf"(?:{_COOKIE_KINDS}) cookies (?:are|is|help|may|allow|enable|ensure|track|collect|that|do|will)\b.{{0,900}}",
    why="a consent tool's description of a cookie category",
    name="cookie_category",
    needs=("cookie",),
    max_chars=1000,
)

_DISCLOSURE_LEAD = (
    r"(?:[^.!?]{0,120}[.!?:]\s+)?(?:[\w ]{0,30}(?:disclosure|disclaimer|note|ftc"
    r"|transparency)\s*[:：-]\s*)?"
)
"""What an affiliate or results disclosure may open with: a sentence, or a label ("Disclosure:")."""

affiliate_disclosure = notice(
    "legal",
    rf"{_DISCLOSURE_LEAD}.{{0,200}}?\b(?:"
    r"(?:earns?|receives?|gets?|makes?|be paid|be compensated)\b(?: (?:an?|small|tiny|affiliate|some))*"
    r" (?:commissions?|compensation|share of (?:the )?(?:sales?|revenue))\b[^.]{0,80}?"
    r"\b(?:if|when|whenever) (?:you|readers|a reader) (?:buy|purchase|click|shop|make a purchase|sign up|subscribe"
    r"|book)\b"
    r"|(?:earns?|receives?|gets?|makes?)\b(?: (?:an?|small|tiny|affiliate|some))*"
    r" (?:commissions?|compensation)\b[^.]{0,80}?\b(?:through|via|from|on) (?:(?:our|the|these|this|some|any)"
    r" )?(?:\w+ ){0,2}links\b"
    r"|as an amazon associate,? (?:i|we)\b"
    r"|(?:this|the|our) (?:post|article|page|site|website|content|story|video|guide|review)s?"
    r" (?:may )?contains? (?:affiliate|sponsored|referral|partner)(?: links?| marketing)\b"
    r"|(?:links? (?:on|in) this (?:page|post|article|site) (?:(?:are|is|may be) )?(?:affiliate|sponsored)"
    r" links?)\b"
    r"|als amazon-partner verdien(?:e ich|en wir)\b|(?:enthält|enthalten) (?:affiliate|werbe"
    r"|partner)-?links\b"
    r"|erhalten (?:wir|ich) (?:(?:ggf\.|gegebenenfalls|eventuell"
    r"|unter umständen) )?eine (?:kleine )?provision\b"
    r"|en tant que partenaire amazon\b|(?:contient|comporte) des liens (?:affiliés|d['’]affiliation)\b"
    r"|(?:nous|je) (?:pouvons |pourrions )?(?:percevoir|recevoir|toucher) une (?:petite )?commission\b"
    r"|como (?:afiliado|asociado) de amazon\b|contiene enlaces de afiliado\b"
    r"|(?:podemos |puedo )?(?:recibir|ganar|obtener) una (?:pequeña )?comisión\b"
    r"|como (?:associado|afiliado) da amazon\b|contém links de afiliado\b"
    r"|(?:podemos |posso )?(?:receber|ganhar) uma (?:pequena )?comissão\b"
    r"|in qualità di affiliato amazon\b|contiene link (?:di affiliazione|affiliati)\b"
    r"|(?:potremmo |possiamo )?(?:ricevere|guadagnare) una (?:piccola )?commissione\b"
    r"|als amazon-partner verdien\b|bevat (?:affiliate|partner)[- ]?links\b"
    r"|(?:ontvangen|krijgen) (?:wij|we|ik) (?:mogelijk |een )?(?:kleine )?commissie\b"
    r").{0,500}",
    why="affiliate disclosure: the site earns from the links it prints",
    name="affiliate_disclosure",
    needs=("commission", "compensat", "share of", "amazon associate", "amazon-partner", "partenaire amazon",
           "asociado de amazon", "associado da amazon", "affili", "afiliad", "sponsored", "referral",
           "partner link", "partner-link", "partnerlink", "partner marketing", "provision", "commissie", "comisión",
           "comissão", "werbelink", "werbe-link"),
    max_chars=700,
)

testing_claim = notice(
    "legal",
    r"(?:[^.!?]{0,120}[.!?]\s+)?(?:"
    r"(?:we|our (?:editors|experts|team|writers|reviewers)) (?:(?:independently|personally|rigorously|thoroughly"
    r"|actually|hands-on|field) )*(?:research, )?(?:test|tests|tested|review|reviews|reviewed|evaluate|evaluates|select"
    r"|selects|vet|vets|choose|chooses|pick|picks|buy|buys)"
    r"(?:,? (?:and |& )?(?:research|test|review|evaluate|recommend|select|vet)s?)*"
    r" (?:every|each|all|all of the|the best|the)? ?(?:products?|items?|gear|things?|everything|model|models|services?)"
    r"(?: (?:we|that we|our editors|you see)) ?recommend"
    r"|(?:wir testen|wir prüfen) (?:jedes|alle) produkte?,? (?:das|die) wir empfehlen\b"
    r"|nous testons (?:chaque|tous les) produits? que nous recommandons\b"
    r"|(?:probamos|analizamos) (?:cada|todos los) productos? que recomendamos\b"
    r"|testamos (?:cada|todos os) produtos? que recomendamos\b"
    r"|testiamo (?:ogni|tutti i) prodott[oi] che consigliamo\b"
    r"|we testen (?:elk|alle) product(?:en)? (?:dat|die) we aanbevelen\b"
    r").{0,400}",
    why="the site's claim about how it tests what it recommends",
    name="testing_claim",
    needs=("recommend", "empfehlen", "recommandons", "recomendamos",
           "consigliamo", "aanbevelen"),
    max_chars=500,
)

results_disclaimer = notice(
    "legal",
    rf"{_DISCLOSURE_LEAD}.{{0,200}}?\b(?:"
    r"(?:do(?:es)? not|cannot|can['’]t) guarantee (?:individual|similar|the same|any|typical) (?:success"
    r"|results)\b"
    r"|(?:your|individual) (?:\w+ (?:and|&) )?results (?:may|will|can) vary\b"
    r"|(?:is|are) (?:provided |intended |meant )?(?:solely |strictly |only )?for (?:general )?"
    r"(?:informational|information|educational|entertainment)(?: (?:and|or|&) (?:informational|educational"
    r"|entertainment))? purposes(?: only)?\b.{0,200}?\b(?:advice|substitute|consult|not (?:intended|meant)|no "
    r"(?:representation|warranty)|endorse)"
    r"|(?:is|are) not (?:intended|meant|designed) (?:to be |as |to (?:provide|offer|replace|give) )?"
    r"(?:a substitute for |personal |professional |specific |individual )*(?:medical|legal|financial|tax|investment"
    r"|health) advice\b"
    r"|(?:do(?:es)? not|doesn['’]t|cannot) (?:provide|constitute|offer|give|replace)"
    r" (?:personal |professional |specific |individual )?(?:medical|legal|financial|tax|investment|health) advice\b"
    r"|should (?:not|never) be (?:used|considered|taken|relied upon"
    r"|construed) (?:as )?(?:a substitute for )?"
    r"(?:direct |professional |personal )?(?:medical|legal|financial|tax|investment|health) advice\b"
    r"|ersetzt? (?:keine|nicht die) (?:ärztliche|medizinische|rechtliche|steuerliche) beratung\b"
    r"|dien(?:t|en) (?:ausschließlich|lediglich|nur) (?:der )?(?:allgemeinen )?information\b"
    r"|ne remplacen?t? pas (?:un avis|une consultation|l['’]avis) (?:médical|juridique|d['’]un médecin)\b"
    r"|(?:est|sont) fournie?s? à titre (?:purement )?(?:informatif|indicatif)\b"
    r"|no sustituye(?:n)? (?:el |la |un |una )?(?:consejo|consulta|asesoramiento) (?:médic[oa]|legal)\b"
    r"|con fines (?:informativos|educativos)\b"
    r"|não substitui(?:em)? (?:a |o |uma )?(?:consulta|orientação|aconselhamento) (?:médic[oa]"
    r"|jurídic[oa])\b"
    r"|tem (?:caráter|fins) (?:meramente )?(?:informativo|educativo)s?\b"
    r"|non sostituisce? (?:il |la |un )?(?:parere|consulto|consulenza) (?:medic[oa]|legale)\b"
    r"|a (?:solo )?scopo (?:puramente )?(?:informativo|educativo)\b"
    r"|vervangt? geen (?:medisch|juridisch) advies\b|is uitsluitend bedoeld ter informatie\b"
    r").{0,600}",
    why="a results or advice disclaimer",
    name="results_disclaimer",
    needs=("guarantee", "vary", "purposes", "advice", "ersetz", "dient ", "dienen ", "ne remplace", "à titre",
           "no sustituye", "con fines", "não substitui", "tem caráter", "tem fins", "non sostituisc", "scopo",
           "geen medisch", "geen juridisch", "ter informatie"),
    max_chars=900,
)

_STORAGE = (
    r"the technical storage or access|die technische speicherung oder der zugriff|le stockage ou l['’]accès technique"
    r"|el almacenamiento o acceso técnico|o armazenamento ou acesso técnico|l['’]archiviazione tecnica o l['’]accesso"
    r"|de technische opslag of toegang"
)
_TRACKERS = (
    r"google analytics|google ads|google adwords|ga\.js|analytics\.js|gtag|__utm\w*|_ga\w*|_gid"
    r"|facebook pixel|hotjar|cloudflare"
)

cookie_purpose = notice(
    "legal",
    rf"(?:{_STORAGE})\b.{{0,500}}"
    r"|(?:contains|stores|holds|registers|collects|saves|used (?:to|by|for|only with)|set by|this cookie|cookie"
    r" (?:used|set|associated))\b.{0,300}?\b(?:cookies?|" + _TRACKERS + r")\b.{0,500}",
    why="a consent tool's description of a storage purpose or of one cookie",
    name="cookie_purpose",
    needs=("technical storage", "technische speicherung", "stockage ou l", "almacenamiento o acceso",
           "armazenamento ou acesso", "archiviazione tecnica", "technische opslag", "cookie", "google analytics",
           "google ads", "adwords", "ga.js", "analytics.js", "gtag", "__utm", "_ga", "_gid", "pixel", "hotjar",
           "cloudflare"),
    max_chars=900,
)

rules = [
    dom("legal", "cookie or consent notice (HTML: under a cookie/consent class)", name="dom_consent",
        named=("cookie", "consent", "gdpr")),
    dom("legal", "site footer line (HTML: in <footer>)", name="dom_footer", within=("footer",)),
    line(
        "legal",
        r"[\w .,&|·•'’–-]{0,60}?(?:(?:copyright|版权所有|版權所有)\s*)?(?:©|\(c\))\s*\w.{0,120}"
        r"|[\w .,&|·•'’–-]{0,60}?copyright\s+(?:©\s*)?\d{4}.{0,120}"
        rf"|.{{0,100}}(?:{_RIGHTS})\.?",
        why="copyright line",
        name="copyright",
        max_chars=200,
        needs=("©", "(c)", "copyright", "版权所有", "版權所有", *RIGHTS_RESERVED),
    ),
    line(
        "legal",
        r"(?:(?:privacy|cookie|cookies|editorial|ethics|corrections|accessibility|refund|shipping)"
        r"(?: policy| statement| standards| guidelines)?"
        r"|terms(?: of (?:use|service|sale))?|terms (?:&|and) conditions|legal(?: notice)?|imprint|impressum|disclaimer"
        r"|sitemap|site map|do not (?:sell|share)(?: or share)? my (?:personal )?(?:information|info|data)"
        r"|limit the use of my sensitive personal information|your privacy choices|cookie settings"
        r"|manage (?:cookies|consent|preferences)|accept(?: all)?(?: cookies)?|reject all|(?:your )?ad ?choices"
        r"|privacy (?:notice|overview|settings|center|centre)|cookie (?:preferences|declaration|notice)"
        r"|(?:website )?terms of (?:use|service)|(?:allow|deny|reject) all(?: cookies)?|necessary(?: cookies)?)"
        r"(?:\s*[|•·/]\s*.{1,40}){0,8}",
        why="policy links",
        name="policy_links",
        max_chars=300,
    ),
    phrases("legal", PHRASES / "cookies.txt", why="cookie or consent banner", name="cookie_phrases"),
    phrases("legal", PHRASES / "legal.txt", why="policy or imprint link, or rights notice", name="legal_phrases"),
    line(
        "legal",
        rf"(?:[^.!?]{{0,80}}[.!?:]\s+)?(?:{_COOKIE_USERS}|{_COOKIE_USERS_TRANSLATED})"
        rf"(?=.{{0,1700}}?\b(?:{_COOKIE_PURPOSES}))(?:"
        r"(?: also)? (?:uses?|may use|are using|store|place|set)\b[^.]{0,80}?\bcookies\b"
        r"| (?:des |i |les )?cookies?\b"
        r").{0,1500}",
        why="cookie notice",
        name="cookie_notice",
        needs=("cookie",),
        sentence=True,
        max_chars=1800,
    ),
    line(
        "legal",
        rf"(?:(?:{_ARTICLE_CONTROLS}){_CONTROL_SEPARATOR})*(?:{_EDITORIAL_CONTROLS})"
        rf"(?:{_CONTROL_SEPARATOR}(?:{_ARTICLE_CONTROLS}))*",
        why="reprint, correction or editorial-standards links",
        name="editorial_controls",
        max_chars=160,
    ),
    line(
        "legal",
        r".{0,60}?(?:발행인|편집인|발행·편집인|등록번호|등록일자?|등록년월일|청소년보호책임자|사업자등록번호"
        r"|통신판매업신고)\s*[:：].{0,300}"
        r"|.{0,80}?(?:ICP备|ICP證|ICP证|ICP許可證|公网安备|公網安備)\s*\d*.{0,200}",
        why="the registration line a Korean or Chinese site must print",
        name="registration_imprint",
        needs=("발행인", "편집인", "등록", "청소년보호책임자", "통신판매업신고", "icp", "公网安备", "公網安備"),
    ),
    line(
        "legal",
        r"[\w-]{2,60} (?:\d+ (?:months?|years?|days?|hours?|minutes?)|session|persistent|past)"
        r" (?:this|the) cookie (?:is|was) (?:set|used|installed)\b.{0,500}",
        why="a row of a consent tool's cookie table",
        name="cookie_table_row",
        needs=("cookie",),
        sentence=True,
        max_chars=700,
    ),
    rights_notice,
    reuse_notice,
    consent_line,
    cookie_category,
    affiliate_disclosure,
    testing_claim,
    results_disclaimer,
    cookie_purpose,
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
    "This website uses cookies to improve your experience while you navigate through the website. Out of these, "
    "the cookies that are categorized as necessary are stored on your browser as they are essential for the working "
    "of basic functionalities of the website.",
    'Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.',
    "We and our partners store and/or access information on a device, such as unique IDs in cookies to process "
    "personal data.",
    "cookielawinfo-checkbox-analytics 11 months This cookie is set by the consent plugin. The cookie is used to "
    'store the user consent for the cookies in the category "Analytics".',
    "Performance cookies are used to understand and analyze the key performance indexes of the website which helps "
    "in delivering a better user experience for the visitors.",
    'Do Not Sell or Share My Personal Information',
    'All trademarks are property of their respective owners.',
    'Request Reprint & Licensing, Submit Correction or view Editorial Guidelines',
    'Reprints & Permissions',
    'Fehler melden',
    'Editorial Standards / Ethics Statement / Privacy Policy / Terms of Use',
    '[ 발행인 및 편집인 : 홍길동 ] [ 등록번호 : 서울, 아00000 ]',
    '京ICP备12345678号-1',
    'Rheinblick Zeitung © Copyright Rheinblick Medien GmbH',
    'Examplepost.com © 2024 The Example Media Group',
    '© Example Media, Inc. 100 Harbour Street, Springfield.',
    '2025 Example Studio, All right reserved.',
    'Example Photography, LLC. All Rights Reserved 2024',
    'ISSN 1234-5678 · Copyright © 1998–2025 Example Review & Our Authors',
]
must_keep = [
    'The retailer may earn a commission of up to 8 percent when shoppers buy through partner links, the filing shows.',
    'Results may vary from one school to another, the report warned, since each sets its own exams.',
    'Contains traces of nuts, the label warned, though the factory insisted its cookies were safe.',
    "We test every product we recommend to the county's schools, the procurement officer said.",
    'The technical storage or access of medical records must meet strict rules, the health ministry said on Friday.',
    'The leaflet is for information purposes only and is not medical advice, the pharmacist reminded her customers.',
    "The court ruled that the copyright claim, filed in 2021, could proceed to trial in March.",
    "We use cookies as an example in the lesson, the teacher said, because every child knows them.",
    "Wir verwenden Cookies nur als Beispiel im Unterricht, sagte die Lehrerin, weil jedes Kind sie kennt.",
    "Le tribunal a jugé que la plainte pour atteinte aux droits d'auteur pouvait être examinée en mars.",
    'By signing up, you agree to give the company the right to use your photos, the lawsuit claims.',
    'This material may not be published before the embargo lifts on Friday, the ministry told reporters.',
    'Nachdruck nur mit Genehmigung, hieß es damals auf jeder Seite der Zeitung, erinnert sich die Autorin.',
    'Performance cookies are used by most online shops, the regulator found, and few visitors ever refuse them.',
    'Readers can report an error to the standards desk, which corrected 40 stories last year, the editor wrote.',
    'The label on the 1967 record reads © 1967 Example Records, and the estate says the rights have lapsed.',
    'All rights reserved, the notice said, but the court found the company had given them away in 2019.',
    'Landing Page Optimierung mit dem Inception Modell©',
]
