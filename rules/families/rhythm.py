"""Runs after the article that repeat one unit: comment threads and lists of story cards.

A comment thread repeats a name, a date or an age ("6mo", "vor 3 Stunden"), the comment and the
same buttons under each ("Reply", "Antworten", "Rating: 12 Votes"); a list of story cards
repeats a headline, a date, a teaser and the same link ("Read more", "Weiterlesen"). The buttons
repeat word for word (numbers aside), the dates differ, the comments and teasers are prose. That
rhythm is the same in every language. The listed labels of the family (``phrases/comments.txt``,
``read_more.txt``, ``related.txt``) only confirm what the run is: a button of it, or a heading just
above it, must be one, so an events list with "Book a seat" under each date is left alone.
"""

import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from cleaner.rule_api import DATE, Block, Evidence, Family, Page, detector, normalize, phrases

family = Family("rhythm")
PHRASES = Path(__file__).with_name("phrases")

UNITS = 3
"""Units in a row, each closed by the same button, that make a run (two may be a pair of quotes)."""
UNIT_LINES = range(2, 26)
"""Lines from one button to the next: at least a date and a text, at most a long comment."""
CONTROL_WORDS = 4
"""A button or counter under each unit is a few words at most."""
CARD_PARAGRAPHS = 2
"""A story card holds a teaser, a line or two of prose; more is an article's section."""
HEADING_LINES = 5
"""How far above the run a heading that names it ("Comments", "[ 12 comments ]") may stand."""

_STAMP = regex.compile(
    rf"{DATE}|\b\d{{1,2}}:\d{{2}}\b|\b(?:19|20)\d\d\b|^\W*\d{{1,3}}\s?\p{{L}}{{1,3}}\.?\W*$",
    regex.IGNORECASE,
)
"""A unit's date: a calendar date, a time of day, a year, or a compact age ("6mo", "2h")."""
_NUMBER = regex.compile(r"\d+")
_DIGIT = regex.compile(r"\d").search
_SHORT_AGE_WORDS = 5
"""A short line with a number ("vor 3 Stunden", "il y a 2 jours", "3 hours ago") is an age."""
_OPEN_LINE = regex.compile(r"""[^.!?。！？]["'”’»)]*$""")
_EDGES = regex.compile(r"^[\W_]+|[\W_]+$")


def _labels(*names: str) -> frozenset[str]:
    """The listed labels of phrase files, keyed as :func:`_key` keys a line."""
    return frozenset(
        _key(normalize(phrase))
        for name in names
        for _, phrase in phrases("related", PHRASES / name, why="listed labels").phrases
    )


@functools.lru_cache(maxsize=1 << 14)
def _key(key: str) -> str:
    """A line's comparison key with any count written as 0 and the punctuation around it gone
    ("[ 167 comments ]" and "0 comments", "Rating: 36 Votes" and "Rating: 25 Votes" alike)."""
    return _EDGES.sub("", _NUMBER.sub("0", key))


COMMENT_LABELS = _labels("comments.txt")
COMMENT_HEADINGS = _labels("comment_headings.txt")
"""Thread headings alone: a form's "Name" or "Website" above a run names no thread."""
CARD_BUTTONS = _labels("read_more.txt")
CARD_HEADINGS = _labels("related.txt")
"""A "Read more" above a run is the last item of a list before it, not a heading naming it."""
SECTION_HEADINGS = COMMENT_HEADINGS | CARD_HEADINGS
"""Headings that open a section of their own: inside a unit, they end a run."""


def _stamp(block: Block) -> bool:
    """A line short enough to be a date line, prose too ("Anna on 3 May 2025 at 10:02 said:"),
    that carries a date, or a number in few words (an age: "vor 3 Stunden", "3 hours ago")."""
    return block.words <= 12 and (
        _dated(block.text) or (block.words <= _SHORT_AGE_WORDS and bool(_NUMBER.search(block.text)))
    )


@functools.lru_cache(maxsize=1 << 14)
def _dated(text: str) -> bool:
    """Whether a line carries a calendar date, a time of day, a year or a compact age ("6mo")."""
    return bool(_STAMP.search(text))


@dataclass(frozen=True)
class Run:
    """Units in a row: the button that closes each, where the units close, and the run's lines."""

    button: str
    closes: list[int]
    lines: range
    paragraphs: int
    """The most prose lines a unit holds: a card has one teaser, a comment may have several."""


def _controls(page: Page) -> dict[str, list[int]]:
    """Short lines printed at least :data:`UNITS` times from the article's core on (the guard
    takes no run before the article), numbers aside: where each one stands. A date or an age
    ("6mo") is no button, however often the page prints it, nor is a section's heading ("Related
    articles" over each of several listings)."""
    where: dict[str, list[int]] = {}
    blocks, keys, counts = page.blocks, page.keys, page.key_counts
    for index in range(page.body.core.start, len(blocks)):  # a run trails the article: none before it
        block, key = blocks[index], keys[index]
        if block.words > CONTROL_WORDS or block.is_prose or (counts[key] < UNITS and not _DIGIT(key)):
            continue  # printed fewer times, and no number to tell copies apart
        where.setdefault(_key(key), []).append(index)
    return {
        key: places
        for key, places in where.items()
        if len(places) >= UNITS
        and any(c.isalpha() for c in key)
        and key not in SECTION_HEADINGS
        and not _stamp(blocks[places[0]])
    }


def _units(page: Page, places: list[int]) -> list[int]:
    """The longest run of ``places`` (a button's lines) that closes units: each step from one to
    the next spans :data:`UNIT_LINES` lines holding a line that is neither a button nor a date
    and is printed once (the comment, the teaser) and a date with no sentence above it in the
    unit (a name, a headline, a counter stand there; the text comes after the date). A heading
    of a section ("Comments", "More stories") inside a unit starts another run: two lists around
    a paragraph are not one."""
    blocks, counts, keys = page.blocks, page.key_counts, page.keys
    best: list[int] = []
    run: list[int] = places[:1]
    for before, after in itertools.pairwise(places):
        between = range(before + 1, after)
        unit = (
            (after - before) in UNIT_LINES
            and _dated_unit(blocks, between)
            and any(counts[keys[index]] == 1 and not _stamp(blocks[index]) for index in between)
            and not any(_key(keys[index]) in SECTION_HEADINGS for index in between)
        )
        run = [*run, after] if unit else [after]
        if len(run) > len(best):
            best = run
    return best


def _dated_unit(blocks: Sequence[Block], lines: range) -> bool:
    """Whether a unit's lines hold a date with no sentence above it (a name, a headline, a
    counter, a button stand there; a sentence there is a paragraph's, not the comment's)."""
    for index in lines:
        if _stamp(blocks[index]):
            return True
        if blocks[index].is_prose or not _OPEN_LINE.search(blocks[index].text):
            return False
    return False


def _first_unit(page: Page, closes: list[int]) -> int:
    """Where the first unit starts. Its button closes it, and the units after it say how far a
    button stands from its unit's date at most: the first unit's date is looked for no further
    back, and the line just above it (a name, a headline) goes with it when it is no sentence.
    Without a date there, the run starts at the first button (a layout that prints the button
    above the text)."""
    blocks = page.blocks
    reach = max(
        after - max(index for index in range(before + 1, after) if _stamp(blocks[index]))
        for before, after in itertools.pairwise(closes)
    )
    for index in range(closes[0] - 1, max(-1, closes[0] - 1 - reach), -1):
        if _stamp(blocks[index]):
            above = index - 1
            if above >= 0 and not blocks[above].is_prose and _OPEN_LINE.search(blocks[above].text):
                return above
            return index
    return closes[0]




_NOTE = "rhythm.runs"
"""The document note holding the runs of the pass's view, so both rules of the module share them."""


def _runs(page: Page) -> list[tuple[Run, frozenset[str]]]:
    """Every run of at least :data:`UNITS` dated units closed by the same button, longest first,
    each with the buttons printed inside it; found once per pass (the note names the view's
    blocks it was found on)."""
    noted = page.document.get(_NOTE)
    if isinstance(noted, tuple) and noted[0] is page.blocks:
        return noted[1]
    runs = _find_runs(page)
    page.document[_NOTE] = (page.blocks, runs)
    return runs


def _find_runs(page: Page) -> list[tuple[Run, frozenset[str]]]:
    """The runs of :func:`_runs`, worked out."""
    controls = _controls(page)
    runs: list[tuple[Run, frozenset[str]]] = []
    for button, places in controls.items():
        closes = _units(page, places)
        if len(closes) < UNITS:
            continue
        start, stop = _first_unit(page, closes), closes[-1] + 1
        buttons = frozenset(key for key, where in controls.items() if any(start <= place < stop for place in where))
        while stop < len(page.blocks) and _key(page.keys[stop]) in buttons:
            stop += 1
        paragraphs = max(
            sum(page.blocks[index].is_prose for index in range(before + 1, after))
            for before, after in itertools.pairwise(closes)
        )
        runs.append((Run(button, closes, range(start, stop), paragraphs), buttons))
    runs.sort(key=lambda found: -len(found[0].closes))
    return runs


def find_run(
    page: Page, buttons: frozenset[str], headings: frozenset[str], paragraphs: int = UNIT_LINES.stop
) -> Run | None:
    """The longest run of units closed by the same button that the listed labels name: a line at
    most :data:`HEADING_LINES` lines above it (not one of its own buttons) is one of ``headings``,
    or one of its buttons is one of ``buttons``; and no unit holds
    more than ``paragraphs`` prose lines."""
    for run, own in _runs(page):
        if run.paragraphs > paragraphs:
            continue
        start = run.lines.start
        above = {_key(page.keys[index]) for index in range(max(0, start - HEADING_LINES), start)}
        if own & buttons or (above - own) & headings:
            return run
    return None


def _units_said(run: Run, units: str) -> str:
    """What a reason says of a run: how many units, and what each has."""
    return f"{len(run.closes)} {units}, each dated and closed by {run.button!r}"


@detector("comments", why="comment thread under the article", evidence=Evidence.TRAILER, name="comment_thread")
def comment_thread(page: Page):
    """Comments in a row, each dated and closed by the same button: a thread, from the first
    comment's name to the last button and the buttons printed under it. The guard lets it go only
    after the article's end."""
    run = find_run(page, COMMENT_LABELS, COMMENT_HEADINGS)
    if run is None:
        return
    why = f"part of a comment thread: {_units_said(run, 'comments')}"
    for index in run.lines:
        yield index, why


@detector("related", why="story cards after the article", evidence=Evidence.TRAILER, name="story_cards")
def story_cards(page: Page):
    """Story cards in a row, each dated and closed by the same link ("Read more"): teasers of
    other stories, from the first card's headline to the last link. The guard lets them go only
    after the article's end."""
    run = find_run(page, CARD_BUTTONS, CARD_HEADINGS, paragraphs=CARD_PARAGRAPHS)
    if run is None:
        return
    why = f"one of {_units_said(run, 'story cards in a row')}"
    for index in run.lines:
        yield index, why


rules = [comment_thread, story_cards]

must_drop: list[str] = []
must_keep = [
    "Reply to the council's letter was sent on 3 May, the spokeswoman said.",
    "Read more about the scheme on the council's website, the leaflet tells residents in bold type.",
]
