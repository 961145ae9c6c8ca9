"""Captions, photo credits and ad-slot labels: the lines that interrupt an article where a picture
or an ad sits, then the article goes on.

Inside the article the guard lets no rule take a line by its shape, so every rule here names what
the line is: a credit label ("Photo:", "Foto:", "Crédit photo :", "写真："), a picture agency, a
copyright sign before a name, or an advertising label with its advertiser.
"""

import regex

from cleaner.rule_api import PATTERN_TIMEOUT, Evidence, Family, Page, any_of, detector, line

family = Family("captions")

_LABEL = (
    r"(?:photo(?:graph)?s?|images?|pictures?|credits?|photo credits?|image credits?|image source"
    r"|fotos?|bild(?:er)?|bildquelle|bildnachweis|foto(?:grafie)?|crédits?(?: photo)?|crédito(?:s)?(?: (?:de )?foto)?"
    r"|imagen|imagem|immagine|fonte foto|beeld|afbeelding|fotografía|fotografia"
    r"|写真|画像|사진|이미지|图片?|圖片?|摄影|攝影|图片来源|圖片來源)"
)
"""Words that label a picture's credit, in the languages the phrase lists cover."""

_CREDIT_LABEL = (
    r"(?:Photos?|Photograph(?:y|s)?|Images?|Pictures?|Credits?|Photo credits?|Image credits?|Source & Photography"
    r"|Fotos?|Bild(?:er)?|Bildquelle|Crédits?(?: photo)?|Crédito(?:s)?|Imagen|Imagem|Immagine|Beeld|Afbeelding)"
)
"""A credit's label where it closes a caption ("... on Sunday. Photo: Jane Roe"): capitalised, as
captions print it, so that a sentence going on with "photo:" in lower case is not one."""

AGENCIES = (
    "AP", "AFP", "Reuters", "Getty Images", "Getty", "EPA-EFE", "EPA", "EFE", "Xinhua", "dpa", "ANP", "ANSA",
    "Bloomberg", "Shutterstock", "Alamy", "iStockphoto", "iStock", "Unsplash", "Pexels", "Associated Press",
    "PA Images", "PA Wire", "PA", "Imago", "Keystone", "Kyodo", "Yonhap", "Europa Press", "NurPhoto",
    "SOPA Images", "Agencia EFE", "Belga",
)  # fmt: skip
"""Picture agencies whose name alone credits a photo, as credits spell them. The credit patterns,
the words a credit must hold and the first words of an agency-only credit all come from this list."""
_AGENCY = rf"(?:{'|'.join(regex.escape(name) for name in AGENCIES)}|Reuters/[\p{{L}} ]{{2,30}})"
"""An agency's name, or Reuters with its photographer's agency ("Reuters/Pool")."""

_OUTLET = (
    r"(?:The \p{Lu}[\p{L}.&' -]{1,40}|\p{Lu}[\p{L}.&' -]{0,30}"
    r" (?:Press|Images|Photos?|Pictures|News|Times|Post|Herald|Tribune|Journal|Courier|Gazette|Chronicle))"
)
"""An outlet a photographer's credit names after the slash: "Jane Roe/The Daily Courier"."""

_NAME = r"\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}"
"""A person's name as a credit prints it: two to four capitalised words."""

_LABEL_NEEDS = (
    "photo", "image", "picture", "credit", "foto", "bild:", "bild ", "bilder", "bildquelle", "bildnachweis",
    "crédit", "crédito", "imagen", "imagem", "immagine", "beeld", "afbeelding",
    "写真", "画像", "사진", "이미지", "图", "圖", "摄影", "攝影",
)
"""A labelled credit holds one of these (lower case)."""
_AGENCY_NEEDS = tuple(dict.fromkeys(name.split()[0].lower() for name in AGENCIES if len(name.split()[0]) > 2))
"""A credit naming only its agency holds one of these (lower case): the first word of its name.
Two-letter names ("AP", "PA") would be found inside most lines, so their credits are found by
their label or slash instead."""

_PAREN_CREDIT = regex.compile(
    rf"\(\s*(?:{_LABEL}\s*[:：/=]\s*[^()]{{1,60}}|[^()/]{{2,40}}\s*/\s*{_AGENCY})\s*\)\.?", regex.IGNORECASE
)
"""A credit in parentheses closing a caption: "(Photo: Jane Roe)", "(Jane Roe / AP)"."""
_TRAILING_CREDIT = regex.compile(
    rf"[.!?]\s+(?:{_CREDIT_LABEL}\s*(?:[:：]|\.{{3}}|…)\s*[\p{{Lu}}\p{{N}}][^.!?:…]{{1,60}}"
    rf"|(?:Photo(?:graph)?|Image|Foto|Bild) (?:by|von|de|di|door) {_NAME})\.?\Z"
)
"""A credit as a caption's last sentence: "... on Sunday. Photo: Jane Roe"."""
_CREDIT_FIRST = regex.compile(rf"©\s*{_NAME}(?:\s*/\s*[\p{{L}} ]{{2,30}})?\s+\p{{Lu}}.{{10,400}}")
"""A caption opening with its credit: "© Jane Roe Volunteers plant trees ..."."""
_LABEL_NEED = any_of(_LABEL_NEEDS)
"""Finds a credit label's word in a line's lower-cased end before the credit pattern is asked."""
_CREDIT_NEED = any_of((*_LABEL_NEEDS, "/", *_AGENCY_NEEDS))
"""A short line holding none of these (lower-cased) is no credit line."""
_ANY_NEED = any_of((*_LABEL_NEEDS, "/", "©", *_AGENCY_NEEDS))
"""A line whose lower-cased end holds none of these, and that does not end in a parenthesis, is
neither a caption with its credit nor a credit line."""
_CREDIT_MARKS = any_of((":", "：", "=", "/", "©", "…", "...", " by ", " von ", " de ", " di ", " door ", "photo",
                        "Photo", "PHOTO", "courtesy"))
"""A credit's label is followed by one of these, or its photographer's name is introduced by one;
a line without any in its end (nor a closing parenthesis, nor a copyright sign first, nor the
shortness of an agency's name alone) is told apart without lower-casing it."""
AGENCY_CHARS = 40
"""A credit naming only its agency ("Getty Images") is at most this long."""
_AGENCY_FIRST = frozenset((*(name.split()[0].lower() for name in AGENCIES), "reuters/"))
"""First words of a credit naming only its agency."""
CAPTION_CHARS = range(12, 601)
"""A caption is at least a few words and at most a long paragraph."""
CREDIT_TAIL = 140
"""A credit closing a caption sits in its last characters."""


def captioned(text: str) -> bool:
    """Whether ``text`` is a caption carrying its credit: at its end in parentheses or as its
    last sentence, or at its start after a copyright sign. Only the line's end (or start) is read."""
    if len(text) not in CAPTION_CHARS:
        return False
    if text.startswith("©"):
        return _CREDIT_FIRST.fullmatch(text, timeout=PATTERN_TIMEOUT) is not None
    opening = text.rfind("(") if text.endswith((")", ").")) else -1
    if opening >= 10 and _PAREN_CREDIT.fullmatch(text, opening, timeout=PATTERN_TIMEOUT):
        return True
    tail = max(10, len(text) - CREDIT_TAIL)
    if _LABEL_NEED.search(text[tail:].lower()) is None:
        return False
    return _TRAILING_CREDIT.search(text, tail, timeout=PATTERN_TIMEOUT) is not None


_CREDIT_LINE = regex.compile(
    rf"[\[(]?(?i:{_LABEL})\s*(?:[:：=]|\.{{3}}|…)\s*.{{2,140}}"
    rf"|{_NAME}\s*/\s*(?:{_AGENCY}|{_OUTLET})"
    rf"|(?:(?i:photo|image) (?i:by|courtesy(?: of)?) {_NAME}(?: (?i:on|via) \p{{Lu}}\w+)?)"
    rf"|{_NAME} (?i:submitted photo|photo)"
    rf"|\(?(?:(?i:{_LABEL}):?\s*)?{_AGENCY}(?: (?i:photo|images?))?\)?"
)
"""A credit on a line of its own: "Photo: Jane Roe", "Jane Roe/The Daily Courier", "Getty Images"."""
CREDIT_CHARS = 160
"""A credit line is short; a longer line is a caption or the article's own."""


def credited(text: str) -> bool:
    """Whether ``text`` is a photo credit on a line of its own."""
    return (
        len(text) <= CREDIT_CHARS
        and _CREDIT_NEED.search(text.lower()) is not None
        and _CREDIT_LINE.fullmatch(text, timeout=PATTERN_TIMEOUT) is not None
    )


def _found(page: Page) -> tuple[frozenset[str], frozenset[str]]:
    """The texts of the document's captions and of its credit lines. A line's answer depends on
    its text alone, so they are worked out once, on the document's first pass, and kept in its
    notes; a runaway pattern counts as no."""
    found = page.document.get("captions.found")
    if isinstance(found, tuple):
        return found
    captions, credits = set(), set()
    for block in page.blocks:
        text = block.text.strip()
        tail = text[-CREDIT_TAIL:]
        closed = text.endswith((")", ").")) or text.startswith("©")
        if not closed and _CREDIT_MARKS.search(tail) is None:
            if len(text) > AGENCY_CHARS or text.split(" ", 1)[0].lower() not in _AGENCY_FIRST:
                continue
        elif not closed and _ANY_NEED.search(tail.lower()) is None:
            continue
        try:
            if captioned(text):
                captions.add(text)
            elif not block.is_prose and credited(text):
                credits.add(text)
        except TimeoutError:
            continue
    found = frozenset(captions), frozenset(credits)
    page.document["captions.found"] = found
    return found


@detector("fragment", why="photo caption ending or opening with its credit", evidence=Evidence.SENTENCE)
def caption(page: Page):
    """A caption names its picture's credit; the credit, not the caption's shape, names the line,
    so it may go from inside the article, prose or not."""
    captions, _ = _found(page)
    for block in page.blocks if captions else ():
        if block.text.strip() in captions:
            yield block.index, "photo caption with its credit"


@detector("fragment", why="photo credit")
def credit(page: Page):
    """A credit line names what it is; it goes wherever it stands."""
    _, credits = _found(page)
    for block in page.blocks if credits else ():
        if block.text.strip() in credits:
            yield block.index, "photo credit"


rules = [
    caption,
    credit,
    line(
        "promo",
        r"(?:advertisement|advert|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie"
        r"|sponsored|gesponsert|sponsorisé|patrocinado|sponsorizzato|gesponsord|広告|광고|广告|廣告)"
        r"\s*[-–—:|]\s*[\p{L}\d][\p{L}\d&.,' -]{1,60}",
        why="ad slot labelled with its advertiser",
        name="ad_slot",
        needs=("advert", "anzeige", "werbung", "publicit", "publicidad", "pubblicit", "sponsor", "gesponsor",
               "patrocinado", "広告", "광고", "广告", "廣告"),
        max_chars=80,
    ),
]

must_drop = [
    "The old harbour bridge at dusk, seen from the ferry terminal (Image: GETTY)",
    "The mayor opens the new library on Saturday (Credit: Getty Images)",
    "Firefighters at the scene on Monday morning (Maria Lopez / Associated Press)",
    "Die neue Brücke über den Mühlbach am Dienstag (Foto: dpa)",
    "Volunteers plant trees along the river bank on Sunday. Photo: Jane Holloway",
    "A sturdy watch is a good idea when climbing. Credit: Jane Holloway",
    "The mayor asked voters for a big win. She did not get it. Credit... Jane Holloway/The Daily Courier",
    "Die neue Brücke über den Mühlbach. Foto: Peter Brandt",
    "The harbour at dawn, seen from the ferry. Photograph by Jane Holloway.",
    "© Jane Holloway Volunteers plant trees along the river bank in the town's east end on Sunday.",
    "Photo: Jane Holloway",
    "Foto: Peter Brandt",
    "Crédit photo : Marie Dupont",
    "Imagen: Carlos Ruiz",
    "写真：共同",
    "[사진=연합뉴스]",
    "Getty Images",
    "(AFP)",
    "Jane Holloway/The Daily Courier",
    "Credit... Jane Holloway/The Daily Courier",
    "Photo by Jane Holloway on Unsplash",
    "Advertisement – Harbour Furniture Store",
    "Anzeige: Autohaus Brandt",
]
must_keep = [
    "The council published the plan on Tuesday. Pictures: none were released, a spokesperson said.",
    "The minister (AP) and her deputy left the talks early, the agency said in a statement on Friday.",
    "Pictures of the flood, taken by residents on their phones, were shared thousands of times online.",
    "The photo agency (founded in 1947) moved to Paris after the war, where it still has its office.",
    "© 2025 figures show a rise in rents across the city, the housing office said.",
    "Images from the telescope show the galaxy in more detail than ever before, the scientists said.",
]
