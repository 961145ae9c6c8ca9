"""Navigation: skip links, menus, breadcrumbs, "MoreLess" toggles, tag lists and hashtag lines."""

import functools
from collections.abc import Iterator
from pathlib import Path

import regex

from cleaner.rule_api import (
    HEAD_LINES,
    MENU_ITEM_WORDS,
    MENU_LINK_WORDS,
    SENTENCE_OR_LABEL_END,
    Block,
    Evidence,
    Family,
    Page,
    Role,
    detector,
    dom,
    ends_in_terminal,
    has_sentence_inside,
    is_glued_list,
    line,
    mark,
    notice,
    phrase_region,
    phrases,
)

family = Family("navigation", copies=Evidence.PATTERN)
"""A line printed again after one of these rules removed it (a menu in the header and again in the
footer) is navigation again, and named so by its first copy: it goes even where the article's
closing list could stand (:mod:`cleaner.engine.copies` keeps it off the article's paragraphs)."""
PHRASES = Path(__file__).with_name("phrases")

_NAV_WORDS = (
    "home|news|latest|world|politics|business|markets?|economy|sports?|tech(?:nology)?|science|health"
    "|entertainment|lifestyle|opinion|culture|travel|food|video|videos|photos|podcasts?|weather|local"
    "|national|international|us|uk|europe|asia|africa|india|china|education|environment|climate"
    "|money|finance|property|real estate|autos?|cars|style|fashion|arts?|books|music|movies|tv"
    "|about(?: us)?|contact(?: us)?|careers|jobs|blog|blogs|events|shop|store|help|faqs?|support"
    "|resources|company|products|services|solutions|pricing|features|partners|press|community"
    "|topics|categories|archives?|sections|more|menu|search|log ?in|sign ?in|sign up|register"
    "|advertise(?: with us)?|newsletters?|subscribe|podcast|live|breaking|trending|features?"
    "|(?:our )?(?:team|story|company|mission|services|products|work)|who we are|what we do|meet the team|leadership"
    "|careers?|reviews|case studies|customer stories|customers|testimonials|success stories|industries|integrations"
    "|webinars|guides|tools|help cent(?:er|re)|customer (?:service|support)|support cent(?:er|re)|locations"
    "|newsroom|press (?:releases|room)|media|investors?(?: relations)?|documentation|docs|developers|get started"
    "|contact sales|(?:get|book|request) a demo|start (?:a )?free trial|log ?out|sign ?out|login|my account|cart"
    "|donate|get involved|join us|deals|all articles|articles|stories|rss(?: feeds?)?|obituaries|classifieds"
    "|magazine|columns|columnists|editorials|letters|crossword|games|puzzles|horoscopes?|multimedia|podcasts"
    "|explore|discover|learn|insights|glossary|tutorials|webinars|courses|academy|library|calendar|overview"
    "|quick links|helpful links|useful links|site index|get in touch|feedback|faq|frequently asked questions"
    "|english|español|deutsch|français|italiano|português|日本語|한국어|中文|العربية"
    "|inicio|noticias|deportes|cultura|opinión|economía|política|sociedad|internacional|nacional|contacto"
    "|startseite|nachrichten|politik|wirtschaft|kultur|meinung|panorama|wissen|reise|kontakt"
    "|accueil|actualités|politique|économie|société|monde|sport|culture|opinions|contactez-nous"
)

_HERE = (
    r"(?:you are here|sie sind hier|vous êtes ici|usted está aquí|estás aquí|você está aqui|sei qui"
    r"|u bent hier|je bent hier|現在位置|現在地|현재 위치|当前位置|當前位置|您的位置)\s*[:：]?"
)
"""The label a breadcrumb trail opens with, in the languages the families cover."""

rules = [
    dom("navigation", "breadcrumb trail (HTML: under a breadcrumb class)", name="dom_breadcrumb",
        named=("breadcrumb",)),
    dom("navigation", "menu link (HTML: a link in <nav> or a menu)", name="dom_menu",
        within=("nav", "menu"), named=("menu", "nav"), links=0.5),
    dom("navigation", "navigation landmark line (HTML: in <nav>)", name="dom_nav", within=("nav",)),
    dom("navigation", "tag or category link (HTML: under a tag/category class)", name="dom_tags",
        named=("tag", "categor"), links=0.5),
    phrases(
        "navigation", PHRASES / "read_more.txt", why="read-more, show-more, back or skip link", name="read_more_phrases"
    ),
    phrases(
        "navigation",
        PHRASES / "controls.txt",
        why="site control: sign-in or account form, search box, menu button or reading tool",
        name="control_phrases",
    ),
    line(
        "navigation",
        r"skip to (?:main |primary )?(?:content|navigation|search|footer)|(?:skip to [\w ]{2,40}?\s*){2,3}",
        why="skip link",
        name="skip_link",
    ),
    line(
        "navigation",
        r"(?:toggle |main |primary |mobile |open |close )?(?:menu|navigation|search|nav)"
        r"|search(?: for)?:?|search …|close(?: menu| search)?|×|✕|back(?: to top)?|top|↑|go to top"
        r"|(?:scroll|jump|return) to top|search(?: form| search| this site| the site)?|toggle|breadcrumbs?"
        r"|post navigation|article navigation|previous next|loading\.{0,3}|please wait(?:\.{1,3}|…)?|…"
        r"|sign ?in|log ?in|login|sign ?out|log ?out|my account|create (?:an )?account|(?:subscribe|register) sign in"
        r"|back to (?:all )?(?:news|articles|posts|blog|stories|press releases)|(?:news|press) releases",
        why="menu or search control",
        name="menu_or_search_control",
    ),
    line(
        "navigation",
        r"more\s*less|show (?:more|less)|load more|view (?:all|more)|see (?:all|more)|more"
        r"|read more(?: »| ›|…)?|continue reading(?: »| →)?|learn more|expand|collapse",
        why="list toggle or read-more link",
        name="toggle",
    ),
    line(
        "navigation",
        rf"(?:{_HERE}\s*)?(?:home|startseite|accueil|inicio|início|ホーム|トップ|홈|首页|首頁)"
        r"\s*(?:[>»›/|→]\s*[^>»›/|→]{1,60}){1,6}",
        why="breadcrumb trail starting at the home page",
        name="home_breadcrumb",
        role=Role.INTERRUPTS,  # between the article's paragraphs, it goes on after one
    ),
    phrase_region(
        "navigation", PHRASES / "tags.txt", why="tag or topic list", name="tag_heading_phrases", only_after_body=True
    ),
    line("navigation", r"(?:#[\w-]+[\s,]*){2,}", why="hashtag line", name="hashtag_line"),
    line(
        "navigation",
        r"(?:tags?|topics?|tagged(?: with)?|filed under|categories|keywords|schlagw(?:o|ö)rte|stichw(?:o|ö)rte|themen"
        r"|kategorien|étiquettes|mots-clés|thèmes|etiquetas|temas|categorías|categorias|argomenti|categorie"
        r"|trefwoorden|onderwerpen|categorieën|タグ|カテゴリー?|태그|标签|分类)\s*:\s*.{1,300}",
        why="tag list",
        name="tag_line",
    ),
    line(
        "navigation",
        r"(?:[«‹←] ?)?(?:previous|prev|next) (?:article|post|story|page)(?: ?[»›→])?(?:\s*:\s*.{1,120})?"
        r"|(?:[«‹←] ?)?(?:previous|prev|next)(?: ?[»›→])?",
        why="previous/next article link",
        name="pager",
        max_chars=140,
    ),
    line(
        "navigation",
        r"(?:page )?\d{1,3} of \d{1,3}|(?:« )?(?:prev(?:ious)?|next)(?: »)?|[«‹›»]",
        why="pagination control",
        name="pagination",
        max_chars=20,
    ),
    line(
        "navigation",
        rf"(?:{_NAV_WORDS})(?:\s*[|•·/]\s*(?:{_NAV_WORDS}))+",
        why="menu items on one line",
        name="menu_line",
        needs=("|", "•", "·", "/"),
    ),
]


_NAV_WORD = regex.compile(rf"(?i)(?:{_NAV_WORDS})")
_NOT_A_TAG = frozenset({"and", "or", "is", "was", "are", "the", "of", "to", "in"})


OUTSIDE_SHARE = 12
"""Outside the article body, one menu word in this many short lines makes the run a menu."""


def _spellings(pattern: str) -> frozenset[str]:
    """Every string a pattern of plain characters, ``|``, ``(?:...)`` groups and ``?`` matches.

    Raises ``ValueError`` on any other syntax: the list would not be the pattern's language."""
    position = 0

    def alternatives() -> set[str]:
        nonlocal position
        found = sequence()
        while position < len(pattern) and pattern[position] == "|":
            position += 1
            found |= sequence()
        return found

    def sequence() -> set[str]:
        nonlocal position
        found = {""}
        while position < len(pattern) and pattern[position] not in "|)":
            if pattern.startswith("(?:", position):
                position += 3
                item = alternatives()
                if not pattern.startswith(")", position):
                    raise ValueError(f"unclosed group in {pattern!r}")
                position += 1
            elif pattern[position] in "\\[](){}.*+?^$":
                raise ValueError(f"{pattern[position]!r} at {position} of a list of words")
            else:
                item = {pattern[position]}
                position += 1
            if pattern.startswith("?", position):
                position += 1
                item = item | {""}
            found = {head + tail for head in found for tail in item}
        return found

    spelled = alternatives()
    if position != len(pattern):
        raise ValueError(f"unbalanced ')' at {position} of a list of words")
    return frozenset(spelled)


_NAV_SPELLINGS = frozenset(word.lower() for word in _spellings(_NAV_WORDS))
"""Every menu word as :data:`_NAV_WORD` matches it, lower-cased; an ASCII line is a menu word when
its lower case is one of them (the pattern ignores case, and no other character folds to ASCII)."""


@functools.lru_cache(maxsize=8192)
def _names_a_section(text: str) -> bool:
    """Whether a line is a menu word; remembered by text, since every cleaning pass and a site's
    other pages ask again about the same menu lines."""
    word = text.strip()
    if word.isascii():
        return word.lower() in _NAV_SPELLINGS
    return _NAV_WORD.fullmatch(word) is not None


def _menu_item(block: Block) -> bool:
    return block.words <= MENU_ITEM_WORDS and not block.text.rstrip().endswith(SENTENCE_OR_LABEL_END)


SHAPES = "navigation.shapes"
"""The note (:attr:`Page.document`) where each line's menu shape is kept by its text (see
:func:`_shape`): it depends on the line alone, and each pass asks again about the lines the last
one kept."""


def _shape(block: Block) -> str:
    """A line's menu shape: "1" a menu item, "2" an item with its description (:func:`_bridge`),
    "0" neither."""
    return "1" if _menu_item(block) else "2" if _bridge(block) else "0"


MIN_MENU_WORDS = 2
"""A run is a menu only with at least this many menu words: one "Entertainment" among three short
lines is as likely an article's list as a menu, wherever the core is found."""
MIN_MENU_RUN = 3
"""A menu is a run of at least three short lines."""
BRIDGE_WORDS = MENU_LINK_WORDS
"""A line of a menu's item and its description ("Guides Learn & Succeed with our In-Depth Guides")
has at most this many words: before the body it does not end the menu around it."""
BRIDGE_GAP = HEAD_LINES
"""Lines a menu joined over longer lines ends before the body at least: the headline, the dek and
the byline over the lede are such lines, and a menu must not run on through them."""
_MENU_RUN = regex.compile("1+(?:21+)*")
_SHORT_LINES = regex.compile("1+")
"""A run of short lines in a page written as one character a line ("1" short, "2" a longer line
that may bridge two menus, "0" neither): each maximal run found at once, rather than line by line."""


def _bridge(block: Block) -> bool:
    return MENU_ITEM_WORDS < block.words <= BRIDGE_WORDS and not block.text.rstrip().endswith(SENTENCE_OR_LABEL_END)


def _menu_spans(page: Page) -> Iterator[tuple[int, int]]:
    """The runs of short lines that may be menus: three or more adjacent short lines; before the
    article body, also such runs joined over one longer line each when every part holds a menu
    word (a mega-menu's items with their descriptions). Elsewhere a longer line ends a run: it may
    be the article's headline or a subheading."""
    blocks, core = page.blocks, page.body.core
    last = core.start - BRIDGE_GAP  # a joined run ends here at the latest
    shapes: dict[str, str] = page.document.setdefault(SHAPES, {})  # type: ignore[assignment]
    items = "".join([shapes[b.text] if b.text in shapes else shapes.setdefault(b.text, _shape(b)) for b in blocks])
    cut = max(last, 0)  # a described item joins menus only before the article; elsewhere it ends a run
    items = items[:cut] + items[cut:].replace("2", "0")
    for found in _MENU_RUN.finditer(items):
        start, end = found.span()
        if "2" not in items[start:end]:
            if end - start >= MIN_MENU_RUN:
                yield start, end
            continue
        parts = [m.span() for m in _SHORT_LINES.finditer(items, start, end)]
        if end <= last and all(any(_names_a_section(b.text) for b in blocks[a:b]) for a, b in parts):
            yield start, end
            continue
        yield from ((a, b) for a, b in parts if b - a >= MIN_MENU_RUN)


@detector("navigation", why="run of short menu items")
def menu_run(page: Page):
    """Three or more adjacent short lines are a menu when at least half are menu words; after the
    article body, when one in :data:`OUTSIDE_SHARE` is; before it, whenever :data:`MIN_MENU_WORDS`
    are: a site's menus name its own sections ("Case studies", "Careers", a shop's product
    groups, a travel blog's countries) between the generic ones, and a masthead's menu can run to
    fifty lines, while a list inside the body is the article's own. (Measured on the dev pages:
    after the body, shares of 1/4, 1/6 and 1/12 kept the same gold text and each removed more menu
    lines; before it, dropping the share kept the same gold text and took 3,200 more menu tokens.)
    Before the body, a menu goes on over an item's longer line (:func:`_menu_spans`).

    A run that leads straight into the body, or into the article the body widens to where that
    opens with a short line (a list the article opens with, its items over their meanings), ends
    at its last menu word: the headline, byline and date between the menu and the lede are short
    lines too, and not the menu's, and neither is the article's first item."""
    blocks = page.blocks
    core = page.body.core
    for start, end in _menu_spans(page):
        run = blocks[start:end]
        is_word = [_names_a_section(b.text) for b in run]
        menu_words = sum(is_word)
        before = end <= core.start
        share = OUTSIDE_SHARE if start >= core.stop else 2
        if menu_words >= MIN_MENU_WORDS and (before or menu_words * share >= len(run)):
            if end == core.start or (end == page.body.article.start and not blocks[end].is_prose):
                run = run[: len(run) - is_word[::-1].index(True)]
            reason = f"menu run of {len(run)} lines, {menu_words} of them menu words"
            # Only in a run of nothing but menu words does a menu word name the line; in a run
            # with other short lines, "FAQs" or "Entertainment" may as well be an item of the
            # article's own list running into a menu, so every line is a menu item by shape, but
            # for the menu such a run ends on before the body (:func:`_closing_menu`).
            named_from = 0 if menu_words == len(run) else _closing_menu(is_word[: len(run)]) if before else len(run)
            for offset, (block, named) in enumerate(zip(run, is_word, strict=False)):
                evidence = Evidence.PATTERN if named and offset >= named_from else Evidence.SHAPE
                yield mark(block.index, reason, evidence=evidence)


def _closing_menu(is_word: list[bool]) -> int:
    """Where the menu a run of short lines before the body ends on starts, given which of the run's
    lines are menu words: past its last line that is no menu word and the menu word after it, which
    may as well be the last item of the article's list ("FAQs") as the menu's first; the run's
    length when fewer than :data:`MIN_MENU_RUN` menu words are left there.

    Those menu words alone name a menu. Named, they let the article the guard follows go back from
    the body over them to the paragraph that introduces the list before them (a checklist with
    "Entertainment" among its items, a subheading), where the whole run of short lines was longer
    than an interruption: the list then stays as the article's, and the menu goes."""
    start = len(is_word) - is_word[::-1].index(False) + 1
    return start if len(is_word) - start >= MIN_MENU_RUN else len(is_word)


@detector("navigation", why="item or description of a mega-menu before the article", evidence=Evidence.SHAPE)
def described_menu(page: Page):
    """The lines of a mega-menu whose items each carry a one-sentence description, before the
    article (:attr:`cleaner.engine.body.Body.described_menus`): its descriptions read as
    sentences, so a menu run stops at them. A description long enough to read as prose stays
    with the guard."""
    blocks = page.blocks
    for run in page.body.described_menus:
        reason = f"mega-menu of {len(run)} lines before the article, its items each with a one-sentence description"
        for index in run:
            if not blocks[index].is_prose:
                yield index, reason


@detector("navigation", why="masthead line between the page's title and the headline", evidence=Evidence.HEAD)
def masthead(page: Page):
    """The lines between the page's title and the headline printed again above the article
    (:attr:`cleaner.engine.body.Body.headline`): menus, section names, sign-in and search
    controls, whatever their language. The article starts at its headline at the earliest. In
    plain text the masthead's sentences go too (promos, story teasers, a cookie notice). Their
    evidence is ``HEAD``: the guard weighs them by their place (a sentence never within four lines
    over the headline, no line in the article as the body sees it), and none at all where the
    line printing the title again is an entry of a listing a heading names (a "Most read" box
    repeating the title is no headline); in HTML the extractor's verdict judges the sentences."""
    headline = page.body.headline
    if headline is None:
        return
    sentences = page.facts is None
    reason = "masthead sentence over the headline the title prints again"
    for block in page.blocks[1 : headline.index]:
        if not block.is_prose:
            yield block.index, "masthead line between the page's title and its headline"
        elif sentences:
            yield block.index, reason


_CODE_LIKE = regex.compile(r"[:;=(){}\[\]<>\\/|]")
"""Tags are names; a line with these is a wrapped sentence, code or a header field, not a tag list."""


@detector("navigation", why="tag list after the article", evidence=Evidence.SHAPE)
def tag_list(page: Page):
    """A comma-separated list of short phrases with no verb-like words, after the article body.

    Only after the body: inside it, such a line is as likely to be a list the article makes.
    """
    core = page.body.core
    if not core:
        return
    for block in page.blocks[core.stop :]:
        items = [item.strip() for item in block.text.split(",")]
        if (
            len(items) >= 3
            and all(0 < len(item.split()) <= 4 for item in items)
            and not ends_in_terminal(block.text)
            and not _CODE_LIKE.search(block.text)
            and not has_sentence_inside(block.text)
            and not _continues_wrapped_line(page, block.index)
            and not any(word in _NOT_A_TAG for item in items for word in item.lower().split())
        ):
            yield block.index, f"list of {len(items)} short tags after the article"


WRAP_WIDTH = 50
"""A line at least this long that stops without punctuation is hard-wrapped text (a plain-text
document, a ``<pre>`` block): the next line carries on its sentence."""


def _continues_wrapped_line(page: Page, index: int) -> bool:
    """Whether block ``index`` carries on the line before it, a hard-wrapped line of running text."""
    if index == 0 or page.blocks[index].gap_before:
        return False
    before = page.blocks[index - 1].text.strip()
    return len(before) >= WRAP_WIDTH and not before.endswith((".", "!", "?", ":", ";"))


_HERE_LABEL = regex.compile(_HERE, regex.IGNORECASE)
BREADCRUMB_ITEMS = 6
"""Lines a breadcrumb trail under its label holds at most."""
BREADCRUMB_ITEM_WORDS = 3
"""Words of a breadcrumb's item: a section's name ("Kreis Lindental"), never a headline."""


@detector("navigation", why="breadcrumb trail under its label", role=Role.INTERRUPTS)
def labelled_breadcrumb(page: Page):
    """A breadcrumb's label on a line of its own ("Sie sind hier:", "Vous êtes ici :") and the
    section names under it, one a line, up to the first line longer than a section's name (the
    headline the trail leads to stays)."""
    blocks = page.blocks
    for block in blocks:
        if block.words > 4 or _HERE_LABEL.fullmatch(block.text.strip()) is None:
            continue
        yield block.index, "breadcrumb label"
        for item in blocks[block.index + 1 : block.index + 1 + BREADCRUMB_ITEMS]:
            if item.is_prose or item.words > BREADCRUMB_ITEM_WORDS or ends_in_terminal(item.text):
                break
            yield item.index, "section name in a breadcrumb trail under its label"

_SELECT_VERB = (
    r"(?:select|choose|auswählen|sélectionnez|sélectionner|choisissez|choisir|seleccione|selecciona|elige"
    r"|selecione|escolha|seleziona|scegli|selecteer|kies)"
)
_SELECT_PROMPT = regex.compile(
    rf"(?:\S+\s+){{0,3}}?(?:(?i:please select|bitte wählen|wählen sie)\b|[-—–]+\s*(?i:{_SELECT_VERB})\s*[-—–]+"
    rf"|(?i:{_SELECT_VERB})\s+(?:\p{{Ll}}|(?:Category|Month|Country|State|Region|Language|Page|Year|City)\b))"
)
"""A select box's prompt among a glued list's first words: its verb over a word in lower case
("Choose vehicle brand", "Country Select a Country"), over the noun of a stock select box
("Archives Select Month", "Categories Select Category"), between dashes ("— select —"), or a
prompt that says please ("Bitte wählen Sie"). "Select Committee on Energy" names a committee,
and is no prompt."""
PROMPT_WORDS = 4
"""Words of a select box's line its reason quotes: the label and the prompt."""


@detector("navigation", why="list glued into one line", evidence=Evidence.SHAPE)
def glued_list(page: Page):
    """A long line of capitalised items with no sentence end and almost no punctuation: a menu, a
    select box's options, a tag cloud or a footer whose items the scraper joined with spaces
    (:func:`cleaner.engine.blocks.reads_as_glued_list`), in any cased language. By shape alone,
    so inside the article (a table's header row glued the same way) the guard keeps it; the
    options under a select box's prompt are named by it, and go wherever they stand."""
    for block in page.blocks:
        if not is_glued_list(block):
            continue
        if _SELECT_PROMPT.match(block.text.strip()) is not None:
            yield mark(
                block.index,
                f"select box: {' '.join(block.text.split()[:PROMPT_WORDS])!r}... and its options glued into one line",
                evidence=Evidence.PATTERN,
            )
        else:
            yield block.index, f"{block.words} words glued into one line, nearly all capitalised, without punctuation"


rules += [menu_run, described_menu, masthead, tag_list, labelled_breadcrumb, glued_list]

form_message = notice(
    "navigation",
    r"(?:\*\s*)?(?:"
    r"(?:(?:oops|sorry|whoops|uh oh|error)[!,.:]?\s*)?(?:something went wrong"
    r"|an (?:unexpected )?error (?:has )?occurred"
    r"|there (?:was|has been) (?:an? )?(?:error|problem|issue)|we couldn['’]t (?:find|process|send|save)"
    r"|your (?:subscription|submission|message|request|form) could not be (?:saved|sent|submitted|processed))\b"
    r"[^.!?]{0,60}[.!?]?(?:\s*(?:please,? )?(?:try again|check|reload|refresh|verify)[^.!?]{0,100}[.!?]?)?"
    r"|(?:please,? )?(?:verify|check|make sure) (?:whether |that )?your (?:login|username|user name"
    r"|e-?mail(?: address)?)"
    r" and password\b.{0,300}"
    r"|if you(?:['’]re| are) already (?:registered|a (?:member|subscriber|customer))(?: (?:with|at|on) [^,.]{1,60})?,?"
    r" please (?:use|log ?in|sign ?in)\b.{0,200}"
    r"|for (?:your )?security(?: reasons)?,? (?:you (?:need|have) to|please) (?:log ?in|sign ?in)\b.{0,200}"
    r"|(?:thanks|thank you)(?: (?:for (?:subscribing|signing up|joining|registering|your (?:subscription"
    r"|interest)))|!)?"
    r"[!.,]?\s*(?:please,? )?(?:now )?check your (?:e-?mail|inbox|spam)\b.{0,200}"
    r"|(?:please )?check your (?:e-?mail|inbox)(?: or (?:your )?spam(?: folder| filter)?)? (?:to|for) (?:confirm|a"
    r" (?:link|confirmation)|your (?:welcome|confirmation))\b.{0,200}"
    r"|(?:please,? )?(?:enter|provide|type|use) (?:a|your) valid (?:e-?mail(?: address)?|phone number|name|password"
    r"|url|date|zip code|postcode)\b.{0,60}|this field is required\.?|(?:please )?fill (?:in|out) (?:all )?(?:the )?"
    r"required fields\b.{0,40}"
    r"|(?:please )?confirm your (?:subscription|e-?mail(?: address)?|sign-?up|registration)\b.{0,150}"
    r"|(?:bitte )?(?:geben sie|gib) (?:eine |deine |ihre )?gültige [\w -]{1,30} ein\b.{0,40}"
    r"|(?:(?:vielen )?dank[!.,]?\s*)?bitte bestätige(?:n sie)? (?:ihre|deine) (?:anmeldung|e-mail-adresse"
    r"|registrierung)\b.{0,150}"
    r"|veuillez (?:saisir|entrer|indiquer) une adresse (?:e-?)?mail valide\b.{0,40}"
    r"|(?:merci\s*[!.,]?\s*)?(?:veuillez )?confirme[rz] votre inscription\b.{0,150}"
    r"|(?:por favor,? )?(?:introduce|ingresa|escribe) (?:un|una) (?:correo|dirección)[^.]{0,40}? válid[oa]\b.{0,40}"
    r"|(?:por favor,? )?confirma tu (?:suscripción|correo|registro)\b.{0,150}"
    r"|(?:por favor,? )?(?:insira|digite|informe) um (?:e-?mail|endereço de e-?mail) válido\b.{0,40}"
    r"|(?:por favor,? )?confirme (?:a )?sua inscrição\b.{0,150}"
    r"|(?:per favore,? )?inserisci un (?:indirizzo )?e-?mail valid[oa]\b.{0,40}"
    r"|(?:per favore,? )?conferma la tua iscrizione\b.{0,150}"
    r"|(?:vul|voer) een geldig e-?mailadres in\b.{0,40}|bevestig je inschrijving\b.{0,150}"
    r"|(?:etwas ist schiefgelaufen|ein fehler ist aufgetreten|es ist ein fehler aufgetreten)\b.{0,150}"
    r"|(?:une erreur (?:s['’]est produite|est survenue)|un problème est survenu)\b.{0,150}"
    r"|(?:algo salió mal|se ha producido un error|ha ocurrido un error|ocurrió un error)\b.{0,150}"
    r"|(?:algo deu errado|ocorreu um erro)\b.{0,150}"
    r"|(?:qualcosa è andato storto|si è verificato un errore)\b.{0,150}"
    r"|(?:er is iets (?:mis)?gegaan|er is een fout opgetreden)\b.{0,150}"
    r"|(?:エラーが発生しました|問題が発生しました)[^。]{0,30}。?.{0,100}"
    r"|(?:오류가 발생했습니다|문제가 발생했습니다).{0,100}"
    r"|(?:出错了|发生错误|出現錯誤|发生了错误).{0,100}"
    r")",
    why="a form's status or validation message, or a login prompt",
    name="form_message",
    needs=("went wrong", "error", "there was", "there has been", "we couldn't", "could not be", "password",
           "already registered", "already a", "for security", "for your security", "check your",
           "schiefgelaufen", "fehler aufgetreten", "fehler ist aufgetreten", "une erreur", "problème est survenu",
           "salió mal", "deu errado", "ocorreu um erro", "andato storto", "errore", "misgegaan",
           "iets gegaan", "fout opgetreden",
           "エラー", "問題", "오류", "문제", "出错", "错误", "錯誤", "a valid", "your valid", "is required",
           "required fields", "confirm your", "gültige",
           "bestätige", "valide", "confirme", "válid", "confirma", "válido", "conferma", "geldig", "bevestig"),
    max_chars=500,
)

rules.append(form_message)

must_drop = [
    "Sie sind hier:",
    "You are here: Home > News > Local",
    "Please wait...",
    "Skip to main content",
    "Home > World > Europe",
    "Scroll to top",
    "Post navigation",
    "Tags: elections, budget, water",
    "Schlagworte: Hochwasser, Gemeinderat, Lindenau",
    "#climate #energy #policy",
    "« Previous Post",
    "Page 2 of 5",
    "News | Sport | Business | Culture",
    "Weiterlesen",
    "Lire la suite »",
    "Leggi tutto",
    "続きを読む",
    'Tags',
    'Schlagwörter',
    'This field is for validation purposes and should be left unchanged.',
    'Type above and press Enter to search. Press Esc to cancel.',
    'An official website of the United States government',
    "About Us News Car Reviews Press Room How We Test Cars Send Us a Tip Car Rankings Newsletter Contact Us"
    " Advertise Online Customer Service Gear and Accessories Subscribe Careers Privacy Policy Terms of Use",
    "Country Select a Country United States Canada Afghanistan Albania Algeria Andorra Angola Argentina Armenia"
    " Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin",
    "Archives Select Month March 2026 February 2026 January 2026 December 2025 November 2025 October 2025"
    " September 2025 August 2025 July 2025 June 2025 May 2025 April 2025",
]
must_keep = [
    "Something went wrong with the rocket's second stage, the agency said, and the satellite was "
    "lost over the Pacific.",
    'An error occurred in the count in two districts, the electoral board admitted on Tuesday.',
    'Ein Fehler ist aufgetreten, räumte das Ministerium ein, und die Bescheide seien falsch berechnet worden.',
    'Check your email and password before the update, the bank told customers, as old logins will stop working.',
    "Home prices in the region rose 4 percent last year, the statistics office said on Friday.",
    "   provider. Applications SHOULD, however, support both flows, which",
    "The next page of the report, which runs to 80 pages, describes the council's spending plans.",
    "Search teams found the hikers on Sunday morning, two days after they were reported missing.",
    "Mehr lesen die Kinder inzwischen am Bildschirm als auf Papier, zeigt die Studie der Stiftung.",
    'Keywords',
    'Topics',
    "Members of the Select Committee on Energy Security: Maria García, Lars Eriksen, Priya Patel, Kwame Mensah,"
    " Olga Petrova, Jean-Luc Dupont, Siobhan O'Brien, Yuki Sato, Ana Da Silva, Rahul Khan and Chen Wei",
    "Die Gemeinde Lindenau hat im Haushalt für das kommende Jahr deutlich mehr Geld für Schulen Straßen"
    " Radwege und den Hochwasserschutz am Fluss vorgesehen als im vergangenen Jahr",
]
