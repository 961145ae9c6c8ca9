"""Fragments: counters, image alt leftovers, standalone dates, glued source-and-date bylines,
reading times and author lines. Dates, authors and sources they carry go to the metadata."""

import regex

from cleaner.rule_api import DATE, Evidence, Family, Page, detector, dom, ends_sentence_after_word, line

family = Family("fragments")

_CLOCK = (
    r"\s*,?\s*(?:(?:at|um|à|a las|às|alle|om)\s+)?\d{1,2}(?:[:.]\d{2}|h\d{2})(?:\s*uhr)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:ist|gmt|utc|[ecmp][sd]?t|cet|cest|bst))?"
)
"""A time of day after a date: "at 2:01 pm", "8:03 am ET", ", 17:32 Uhr", "à 17h32"."""
_DATE_LABEL = (
    r"(?:(?:first |last )?(?:published|posted|updated|modified)(?: on)?|date"
    r"|stand|(?:zuletzt )?(?:veröffentlicht|aktualisiert|erstellt)(?: am)?|datum"
    r"|publié(?: le)?|mis à jour(?: le)?|publicado(?: el| em)?|actualizado(?: el)?|atualizado(?: em)?|fecha|data"
    r"|pubblicato(?: il)?|aggiornato(?: il)?|(?:laatst )?(?:gepubliceerd|bijgewerkt)(?: op)?"
    r"|기사입력|입력|수정|등록|发布时间|发布日期|更新时间|日期|公開日|更新日|投稿日)"
)
"""Labels a page puts before its publication or update date, in the languages the families cover."""
_TIME = rf"(?:{_CLOCK})?"
_MINUTES = r"min(?:ute[ns]?|utos|uti|s)?\.?"
"""Minutes as reading times print them: "min", "min.", "minutes", "Minuten", "minutos", "minuti"."""
_READ = r"(?:read|reading time|lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|leestijd)"
"""What follows the minutes of a reading time: "5 min read", "3 Min. Lesezeit", "4 min de lecture"."""

rules = [
    dom("fragment", "image caption or credit (HTML: in <figcaption> or under a caption/credit class)",
        name="dom_caption", within=("figcaption",), named=("caption", "credit")),
    dom("metadata", "byline or author box line (HTML: under a byline/author class)", name="dom_byline",
        named=("byline", "author", "bio")),
    line(
        "fragment",
        r"(?:[\w-]+ )?(?:logo|icon|background|image|thumbnail|placeholder|avatar|banner)(?: image)?",
        why="image alt text or layout leftover",
        name="image_leftover",
        needs=("logo", "icon", "background", "image", "thumbnail", "placeholder", "avatar", "banner"),
        max_chars=40,
    ),
    line(
        "fragment",
        r"(?:arrow|chevron|caret)(?: (?:right|left|up|down|forward|back|next|previous))?(?: icon)?"
        r"|image/svg\+xml|created with sketch\.?"
        r"|(?:fill|path|group|rectangle|oval|copy)(?: \d{1,3}){1,3}(?: copy \d{1,3})?",
        why="icon label or drawing leftover",
        name="icon_leftover",
        needs=("arrow", "chevron", "caret", "svg", "sketch", "fill", "path", "group", "rectangle", "oval", "copy"),
        max_chars=40,
    ),
    line(
        "metadata",
        rf"{_DATE_LABEL}\s*[:：]?\s*\[?\s*(?P<date>{DATE}){_TIME}\s*\]?(?:\s*\|.{{0,40}})?",
        why="publication date line",
        name="dated_label",
        max_chars=90,
    ),
    line(
        "metadata",
        rf"(?P<date>{DATE})(?:{_CLOCK}(?:\s*\|.{{0,40}})?|{_TIME}\s*\|.{{0,40}})",
        why="date stamp with its time or byline",
        name="date_stamp",
        max_chars=90,
    ),
    line(
        "metadata",
        rf"(?P<date>{DATE})",
        why="standalone date line",
        name="date_line",
        shape=True,
        max_chars=90,
    ),
    line(
        "metadata",
        rf"(?P<source>[A-Z][\w&.' -]{{1,40}}?)\s*[|·•,-]?\s*(?P<date>\d{{1,2}}[./-]\d{{1,2}}[./-](?:19|20)\d\d){_TIME}",
        why="source and date glued together",
        name="source_date",
        needs=("19", "20"),
        case_sensitive=True,
        max_chars=70,
    ),
    line(
        "metadata",
        # Case-sensitive but for the opener: a name is capitalised ("By changed lines" is a heading).
        r"(?i:by|written by|words by|von|par|por)\s+"
        r"(?P<author>[\p{Lu}][\w.'’-]+(?:\s+(?:[\p{Lu}][\w.'’-]+|and|&|de|van|von|da)){0,5})"
        r"(?:\s*[,|•·-]\s*.{0,60})?",
        why="author byline",
        name="byline",
        case_sensitive=True,
        max_chars=100,
    ),
    line(
        "metadata",
        r"(?:source|quelle|fuente|fonte)\s*:\s*(?P<source>[\p{Lu}\d][^.!?]{1,60})",
        why="source credit line",
        name="source_line",
        max_chars=80,
    ),
    line(
        "metadata",
        r"(?:media|press) (?:contacts?|inquiries|enquiries):?|for (?:media|press) (?:inquiries|enquiries):?",
        why="press contact heading",
        name="press_contact",
    ),
    line(
        "metadata",
        rf"(?:\d{{1,3}}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?\s*{_MINUTES}(?:\s+{_READ})?"
        rf"|{_MINUTES} read"
        r"|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura"
        r"|tempo di lettura|leestijd|czas czytania)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*min\w*\.?"
        r"|(?:読了時間|阅读时间|閱讀時間|읽는 시간)\s*[:：]?\s*(?:约|約)?\s*\d{1,3}\s*(?:分钟?|분)",
        why="reading time",
        name="reading_time",
    ),
]

_BARE_NUMBER = regex.compile(r"\d{1,6}|[+-]\d{1,3}")
"""Whole numbers only: a line of "89.51" or "12.5%" is a cell of a table the article prints."""
NUMBERING_MIN = 3
"""A count 1, 2, 3 running down the page numbers rows or items; two numbers may be chance."""
NUMBERING_REACH = 40
"""Lines a numbered row or item may run to before the next number."""


def numbering(numbers: dict[int, int]) -> set[int]:
    """Lines (of ``numbers``: line index -> its number) that count rows or items down the page:
    runs of at least :data:`NUMBERING_MIN` numbers each one more than the one before, with other
    lines between each two (a rank column of a table, a numbered list). Page numbers ("1", "2",
    "3" on adjacent lines) and vote counts do not count that way."""
    counted: set[int] = set()
    lines = sorted(numbers)
    for position, first in enumerate(lines):
        if first in counted:
            continue
        run, here = [first], first
        for later in lines[position + 1 :]:
            if later - here > NUMBERING_REACH:
                break
            if later - here >= 2 and numbers[later] == numbers[here] + 1:
                run.append(later)
                here = later
        if len(run) >= NUMBERING_MIN:
            counted.update(run)
    return counted


YEARS = range(1800, 2100)
"""Numbers that may be years heading the entries of a list (an awards list, a timeline)."""
YEAR_ENTRIES_MIN = 3
"""Years in one order, each over an entry of its own, that make a dated list (any two numbers run
one way or the other, as two counts may)."""


def year_entries(numbers: dict[int, int]) -> set[int]:
    """Lines (of ``numbers``: line index -> its number) that head the entries of a dated list: runs of
    at least :data:`YEAR_ENTRIES_MIN` years going one way (down or up the calendar), with an entry
    of other lines under each (a studio's awards by year, a timeline). Vote and view counts do not
    run through the calendar in order, line after line of entries."""
    listed: set[int] = set()
    years = sorted(index for index, number in numbers.items() if number in YEARS)
    for direction in (-1, 1):
        run: list[int] = []
        for index in years:
            if run and (
                index - run[-1] < 2
                or index - run[-1] > NUMBERING_REACH
                or (numbers[index] - numbers[run[-1]]) * direction <= 0
            ):
                if len(run) >= YEAR_ENTRIES_MIN:
                    listed.update(run)
                run = []
            run.append(index)
        if len(run) >= YEAR_ENTRIES_MIN:
            listed.update(run)
    return listed


@detector("fragment", why="bare counter", evidence=Evidence.SHAPE)
def counter(page: Page):
    """A line holding a bare number (a vote, view or comment count, a page number), unless it
    counts rows or items down the page (:func:`numbering`) or heads the entries of a dated list
    (:func:`year_entries`). Shape only: the guard keeps a number the article holds (a program's
    output), where its model of the article reaches the line."""
    numbers = {
        block.index: int(text)
        for block in page.blocks
        if block.words == 1 and len(text := block.text.strip()) <= 12 and _BARE_NUMBER.fullmatch(text)
    }
    counted = numbering(numbers) if len(numbers) >= NUMBERING_MIN else set()
    counted |= year_entries(numbers)
    for index in numbers:
        if index not in counted:
            yield index, "bare counter"


rules.append(counter)

SHORT_LINE_WORDS = 5
"""Words of a line short enough to be a control, a menu entry or a name rather than a list item of
the article's, once the article has ended. (Measured on the dev pages: 3, 5 and 8 words kept the
same gold tokens to four places; 8 lost one page's last lines, a page already truncated; any
length lost readability gold.)"""


@detector("fragment", why="short line after the article", evidence=Evidence.SHAPE)
def after_article(page: Page):
    """A short line (at most :data:`SHORT_LINE_WORDS` words, no sentence) after the article's core
    and its interruptions and after the page's last paragraph printed once: a button label, a menu
    or footer entry, a name or count over a comment, in any language. Shape and place only: the
    guard keeps every such line the article holds as it follows the body to its real end
    (:meth:`cleaner.engine.body.Body.article_with_tail`) and the list right after the page's last
    paragraph (:meth:`cleaner.engine.body.Body.closing_list`). Text input only: on an HTML page the
    extractor's evidence judges these lines (an infobox, a navigation box a gold may keep)."""
    body = page.body
    if not body.article or page.facts is not None:  # an HTML page's lines are the extractor's to judge
        return
    for block in page.blocks[body.after_paragraphs :]:
        if not block.is_prose and block.words <= SHORT_LINE_WORDS and not ends_sentence_after_word(block.text):
            yield block.index, "short line after the article"


rules.append(after_article)

must_drop = [
    "0",
    "31",
    "logo",
    "Orange background",
    "Arrow Right",
    "image/svg+xml",
    "Fill 2 Copy 11",
    "19.04.2025",
    "Independent30-03-2025",
    "5 min read",
    "Lesedauer: 3 Min.",
    "4 min de lecture",
    "Stand: 14.11.2026, 17:32 Uhr",
    "Publié le 14 novembre 2026 à 17h32",
    "Actualizado el 14 de noviembre de 2026",
    "2026年11月14日 17:32",
    "November 18, 2019 at 2:01 pm",
    "Source: Regional Air",
    "Media contact:",
    "By Jonathan Corbet",
    "by Maria Lopez | Staff Writer",
]
must_keep = [
    "The index fell 31 points, or 0.4%, on Friday, its third weekly loss in a row, traders said.",
    "By 2030 the city expects to double its fleet of electric buses, officials said in a statement.",
    "By changed lines",
    "Am 14. November 2026 beginnt der Bau des Radwegs, sagte der Bürgermeister am Dienstag.",
    "14 de noviembre de 2026",
    "Source: a person familiar with the talks, who asked not to be named because they were private.",
]
