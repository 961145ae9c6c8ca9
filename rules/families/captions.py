"""Captions, photo credits and ad-slot labels: the lines that interrupt an article where a picture
or an ad sits, then the article goes on.

Inside the article the guard lets no rule take a line by its shape, so every rule here names what
the line is: a credit label ("Photo:", "Foto:", "Crédit photo :", "写真："), a picture agency, a
copyright sign before a name, or an advertising label with its advertiser.
"""

from cleaner.rule_api import Family, line

family = Family("captions")

_LABEL = (
    r"(?:photo(?:graph)?s?|images?|pictures?|pics?|credits?|photo credits?|image credits?|image source"
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

_AGENCY = (
    r"(?:AP|AFP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|EFE|Xinhua|dpa|ANP|ANSA|Bloomberg|Shutterstock|Alamy"
    r"|iStock(?:photo)?|Unsplash|Pexels|Associated Press|PA(?: Images| Wire)?|Imago|Keystone|Kyodo|Yonhap"
    r"|Europa Press|NurPhoto|SOPA Images|Agencia EFE|Belga|Reuters/[\p{L} ]{2,30})"
)
"""Picture agencies whose name alone credits a photo."""

_OUTLET = (
    r"(?:The \p{Lu}[\p{L}.&' -]{1,40}|\p{Lu}[\p{L}.&' -]{0,30}"
    r" (?:Press|Images|Photos?|Pictures|News|Times|Post|Herald|Tribune|Journal|Courier|Gazette|Chronicle))"
)
"""An outlet a photographer's credit names after the slash: "Jane Roe/The Daily Courier"."""

_NAME = r"\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}"
"""A person's name as a credit prints it: two to four capitalised words."""

_CREDIT_NEEDS = (
    "/", "photo", "image", "picture", "pic", "credit", "foto", "bild", "crédit", "imagen", "imagem", "immagine",
    "beeld", "afbeelding", "写真", "画像", "사진", "이미지", "图", "圖", "摄影", "攝影",
    "ap", "afp", "reuters", "getty",
    "epa", "efe", "xinhua", "dpa", "anp", "ansa", "bloomberg", "shutterstock", "alamy", "istock", "unsplash",
    "pexels", "press", "pa", "imago", "keystone", "kyodo", "yonhap", "belga",
)
"""Every credit line holds one of these (lower case): other lines are not tried."""

rules = [
    line(
        "fragment",
        rf".{{10,500}}?\s*\(\s*(?:{_LABEL}\s*[:：/=]\s*[^()]{{1,60}}|[^()/]{{2,40}}\s*/\s*{_AGENCY})\s*\)\.?",
        why="photo caption ending in its credit",
        name="caption_credit",
        needs=("(",),
        sentence=True,
        max_chars=600,
    ),
    line(
        "fragment",
        rf".{{10,500}}?[.!?]\s+(?:{_CREDIT_LABEL}\s*[:：]\s*[\p{{Lu}}\p{{N}}][^.!?:]{{1,60}}"
        rf"|(?:Photo(?:graph)?|Image|Foto|Bild) (?:by|von|de|di|door) {_NAME})\.?",
        why="photo caption ending in its credit",
        name="caption_trailing_credit",
        needs=_CREDIT_NEEDS,
        sentence=True,
        case_sensitive=True,
        max_chars=600,
    ),
    line(
        "fragment",
        rf"©\s*{_NAME}(?:\s*/\s*[\p{{L}} ]{{2,30}})?\s+\p{{Lu}}.{{10,400}}",
        why="photo caption opening with its credit",
        name="credit_first_caption",
        needs=("©",),
        sentence=True,
        case_sensitive=True,
        max_chars=500,
    ),
    line(
        "fragment",
        rf"[\[(]?(?i:{_LABEL})\s*(?:[:：=]|\.{{3}}|…)\s*.{{2,160}}"
        rf"|\(?(?i:{_LABEL}:?\s*)?{_AGENCY}(?: (?i:photo|images?))?\)?"
        rf"|{_NAME}\s*/\s*(?:{_AGENCY}|{_OUTLET})"
        rf"|(?:(?i:photo|image) (?i:by|courtesy(?: of)?) {_NAME}(?: (?i:on|via) \p{{Lu}}\w+)?)"
        rf"|{_NAME} (?i:submitted photo|photo)",
        why="photo credit",
        name="credit_line",
        needs=_CREDIT_NEEDS,
        case_sensitive=True,
        max_chars=200,
    ),
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
    "(AP)",
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
