"""Captions, photo credits and ad-slot labels: the lines that interrupt an article where a picture
or an ad sits, then the article goes on.

Inside the article the guard lets no rule take a line by its shape, so every rule here names what
the line is: a credit label ("Photo:", "Foto:", "Crédit photo :", "写真："), a picture agency, a
copyright sign before a name, or an advertising label with its advertiser.
"""

from pathlib import Path

import regex

from cleaner.rule_api import (
    PATTERN_TIMEOUT,
    Evidence,
    Family,
    Page,
    Role,
    any_of,
    detector,
    line,
    phrase_pattern,
    phrases,
)

family = Family("captions")
PHRASES = Path(__file__).with_name("phrases")
LABELS = Path(__file__).with_name("labels")
"""Labels that open a line going on in free text ("Main article: ..."), read by :func:`phrase_pattern`."""

_LABEL = (
    r"(?:photo(?:graph)?s?|images?|pictures?|credits?|photo credits?|image credits?|image source"
    r"|photographer|fotograf(?:in)?|photographe|fotógrafo|fotografo"
    r"|fotos?|bild(?:er)?|bildquelle|bildnachweis|foto(?:grafie)?|crédits?(?: photo)?|crédito(?:s)?(?: (?:de )?foto)?"
    r"|imagen|imagem|immagine|fonte foto|beeld|afbeelding|fotografía|fotografia"
    r"|写真|画像|사진|이미지|图片?|圖片?|摄影|攝影|图片来源|圖片來源)"
)
"""Words that label a picture's credit, in the languages the phrase lists cover."""

_CREDIT_LABEL = (
    r"(?:Photos?|Photograph(?:y|s)?|Images?|Pictures?|Credits?|Photo [Cc]redits?|Image [Cc]redits?|Source & Photography"
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

_NAME = r"\p{Lu}[\p{L}.'’-]+(?: (?:\p{Ll}{1,3} ){0,2}\p{Lu}[\p{L}.'’-]+){1,3}"
"""A person's name as a credit prints it: two to four capitalised words, with a name's short
particles between them ("Anna de Vries", "Jan van der Berg")."""

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

_HOLDER = rf"(?:{_AGENCY}|{_NAME}|\p{{Lu}}[\p{{L}}\p{{N}}.&'’-]*)"
"""Who holds a picture's copyright: an agency, a person ("Jane Roe", "Anna de Vries") or one
capitalised word ("NASA")."""
_PAREN_COPYRIGHT = (
    rf"(?<![\"”»'’]\s*\(\s*)(?:{_LABEL}\s*[:：]?\s*)?©\s*(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s+)?"
    rf"(?-i:{_HOLDER})(?:\s*/\s*(?-i:{_HOLDER}))?"
)
"""A copyright credit in parentheses, labelled or not: "(© 2024 Jane Roe)", "(Foto © dpa)". Not
after a quotation, where it credits the words quoted (a poem's lines, a song's), not a picture."""
_PAREN_CREDIT = regex.compile(
    rf"\(\s*(?:{_LABEL}\s*(?:[:：/=]|\s(?:via|by|courtesy of)\s)\s*[^()]{{1,60}}"
    rf"|[^()/]{{2,40}}\s*/\s*{_AGENCY}|{_PAREN_COPYRIGHT})\s*\)\.?",
    regex.IGNORECASE,
)
"""A credit in parentheses closing a caption: "(Photo: Jane Roe)", "(Image via Unsplash)", "(Jane Roe / AP)",
"(© 2024 Jane Roe)"."""
_AGENCY_CREDIT = rf"(?:\p{{Lu}}[\p{{L}}.'’-]+(?: \p{{Lu}}[\p{{L}}.'’-]+){{0,3}}\s*/\s*{_AGENCY})"
"""A photographer's or a picture library's name before its agency: "Mikolette / Getty Images"."""
_TRAILING_CREDIT = regex.compile(
    rf"[.!?]\s+(?:[|–—]\s+)?(?:{_CREDIT_LABEL}\s*(?:[:：]|\.{{3}}|…|-)\s*(?:[\p{{Lu}}\p{{N}}]|\p{{Ll}}+\p{{Lu}})"
    rf"(?:[^.!?:…]|\.(?=\w)){{1,60}}"
    rf"|(?:Photo(?:graph)?|Image|Foto|Bild) (?:by|von|de|di|door):?\s*['‘\"“]?{_NAME}['’\"”]?"
    rf"(?:,\s*courtesy of [^.!?]{{2,60}})?"
    rf"|{_AGENCY_CREDIT})\.?\Z"
    rf"|\s[|–—]\s*©\s*(?:\d{{4}}\s+)?{_NAME}\Z"
    rf"|\s(?:{_CREDIT_LABEL})\s*[:：]\s*[\p{{L}}.'’ -]{{1,40}}/\s*{_AGENCY}\.?\Z"
)
"""A credit as a caption's last sentence, or set off by a bar or a dash: "... on Sunday. Photo: Jane
Roe", "... the square. | Foto: Reuters", "... on Sunday – Photo Credit: Jane Roe (example.com)",
"... in 2024. Mikolette / Getty Images"; or, without a sentence's end before it, a labelled credit
naming its agency ("... on Thursday Credit: STR/AFP") or a copyright set off by a bar ("... (UK) |
© 2019 Jane Roe")."""
_CREDIT_FIRST = regex.compile(rf"©\s*{_NAME}(?:\s*/\s*[\p{{L}} ]{{2,30}})?\s+\p{{Lu}}.{{10,400}}")
"""A caption opening with its credit: "© Jane Roe Volunteers plant trees ..."."""
_LABEL_NEED = any_of(_LABEL_NEEDS)
"""Finds a credit label's word in a line's lower-cased end before the credit pattern is asked."""
_SOURCE_NEEDS = ("courtesy", "source", "quelle", "fonte", "fuente", "bron", "источник")
"""A credit line thanking its giver or naming its web source holds one of these (lower case)."""
_CREDIT_NEED = any_of((*_LABEL_NEEDS, *_SOURCE_NEEDS, "/", *_AGENCY_NEEDS))
"""A short line holding none of these (lower-cased) is no credit line."""
_ANY_NEED = any_of((*_LABEL_NEEDS, *_SOURCE_NEEDS, "/", "©", *_AGENCY_NEEDS))
"""A line whose lower-cased end holds none of these, and that does not end in a parenthesis, is
neither a caption with its credit nor a credit line."""
_CREDIT_MARKS = any_of((":", "：", "=", "/", "©", "…", "...", " by ", " von ", " de ", " di ", " door ", "photo",
                        "Photo", "PHOTO", "courtesy", "Courtesy"))
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
    if _LABEL_NEED.search(text[tail:].lower()) is None and "/" not in text[tail:] and "©" not in text[tail:]:
        return False
    return _TRAILING_CREDIT.search(text, tail, timeout=PATTERN_TIMEOUT) is not None


_CREDIT_LINE = regex.compile(
    rf"[\[(]?(?i:{_LABEL})\s*(?:[:：=]|\.{{3}}|…)\s*.{{2,140}}"
    rf"|{_NAME}\s*/\s*(?:{_AGENCY}|{_OUTLET})"
    rf"|(?:(?i:photo|image) (?i:by|courtesy(?: of)?) {_NAME}(?: (?i:on|via) \p{{Lu}}\w+)?)"
    rf"|(?i:featured|hero|header|cover|top) (?i:image|photo) (?i:credit|source)s?\s*:\s*.{{2,80}}"
    rf"|{_NAME} (?i:submitted photo|photo)"
    rf"|\(?(?:(?i:{_LABEL}):?\s*)?{_AGENCY}(?: (?i:photo|images?))?\)?"
    rf"|{_AGENCY}\s*/\s*[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}.'’ -]{{1,40}}"
    rf"|(?i:courtesy of) [\p{{L}}\p{{N}}][\p{{L}}\p{{N}}.&'’ -]{{1,60}}"
    rf"|(?i:source|quelle|fonte|fuente|bron|источник)\s*:\s*(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
)
"""A credit on a line of its own: "Photo: Jane Roe", "Jane Roe/The Daily Courier", "Getty Images",
"Getty Images / Jane Roe", "Courtesy of the museum", or the web site a chart or a picture comes
from ("Source: example.com")."""
_CREDIT_WORDS = r"[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:(?: |\s*/\s*)[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,5}"
"""A credit's names without a label's colon: capitalised words, an agency after a slash ("Reuters",
"PA Media", "AFP/Getty Images"); a heading's lower-case words ("... and fair use") are none."""
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
        "fragment",
        rf"(?i:{phrase_pattern(LABELS / 'caption_labels.txt')})"
        r"(?:\s*[:：,，]\s*\S|\s+[\p{Lu}\p{N}\"“‘'(«]).{0,400}",
        why="caption under its screen-reader label (\"Image caption ...\")",
        name="labelled_caption",
        sentence=True,
        case_sensitive=True,
        max_chars=440,
    ),
    line(
        "fragment",
        rf"(?i:{phrase_pattern(LABELS / 'credit_labels.txt')})(?:\s*[:：]\s*\S.{{0,100}}|\s+{_CREDIT_WORDS})",
        why="picture credit under its screen-reader label (\"Image copyright Reuters\")",
        name="labelled_credit",
        case_sensitive=True,
        max_chars=140,
    ),
    phrases("fragment", PHRASES / "player.txt", why="media player's notice or button", name="player_phrases"),
    line(
        "fragment",
        r"(?:https?:)?//[^\s/]+/\S*\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]\S*)?",
        why="address of an image file left where the picture stood",
        name="image_address",
        needs=(".jp", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif"),
        max_chars=400,
    ),
    line(
        "promo",
        r"(?:advertisement|advert|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|advertentie"
        r"|sponsored|gesponsert|sponsorisé|patrocinado|sponsorizzato|gesponsord|広告|광고|广告|廣告)"
        r"\s*[-–—:|]\s*[\p{L}\d][\p{L}\d&.,' -]{1,60}",
        why="ad slot labelled with its advertiser",
        name="ad_slot",
        role=Role.INTERRUPTS,  # the article goes on after the ad
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
    "Featured Image Credit: Harbour Studio",
    "Photographer: Jane Holloway | Source: Unsplash",
    "The harbour bridge at dusk (Image via Unsplash)",
    "The old harbour bridge at dusk, seen from the ferry terminal (© 2024 Jane Holloway)",
    "Die neue Brücke über den Mühlbach am Dienstag (Foto © dpa)",
    "Le nouveau pont sur la rivière, mardi matin (Crédit photo : © 2023 Marie Dupont / AFP)",
    "Runners on the ridge above the town. Photo: iRunFar/Jane Holloway",
    "Looking back down the valley, Pennine Way (UK) | © 2019 Jane Holloway",
    "Looking back down the valley, Pennine Way (UK) | © 2019 Anna de Vries",
    "Seed heads on the old rail line. Photo by Jane Holloway, courtesy of the High Line.",
    "Advertisement – Harbour Furniture Store",
    "Anzeige: Autohaus Brandt",
    "Image caption The harbour bridge at dusk, seen from the ferry terminal on Sunday",
    "Image copyright Reuters",
    "Bildunterschrift: Die neue Brücke über den Mühlbach am Dienstag",
    "Pie de foto: El nuevo puente sobre el río, el martes.",
    "图像加注文字，新桥周二通车",
    "Media playback is unsupported on your device",
    "Your browser does not support the video tag.",
    "Video abspielen",
    "https://static.example.com/images/2026/harbour-bridge-500x250.jpg",
]
must_keep = [
    "The council published the plan on Tuesday. Pictures: none were released, a spokesperson said.",
    "The minister (AP) and her deputy left the talks early, the agency said in a statement on Friday.",
    "Pictures of the flood, taken by residents on their phones, were shared thousands of times online.",
    "The photo agency (founded in 1947) moved to Paris after the war, where it still has its office.",
    "© 2025 figures show a rise in rents across the city, the housing office said.",
    "Rents rose by a fifth across the city last year, the housing office said (© 2025 estimates).",
    "“Tell me, what is it you plan to do with your one wild and precious life?” (© 1992 Mary Oliver)",
    "Images from the telescope show the galaxy in more detail than ever before, the scientists said.",
    "Image captions written by volunteers help blind readers follow the museum's online collection.",
    "Image source code is published with the paper, the researchers said on Monday.",
    "Image copyright and fair use",
    "Photo caption writing for beginners",
    "Courtesy and respect at work",
    "See https://example.com/photos/harbour.jpg for the full picture, the council said.",
]
