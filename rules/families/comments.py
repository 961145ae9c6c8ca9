"""Comment threads under the article, found by their rhythm rather than by their words.

A thread repeats one unit: a name, a date or an age ("6mo", "vor 3 Stunden"), the comment, and
the same buttons under each ("Reply", "Antworten", "Report this comment"). The buttons repeat
word for word, the dates differ, the comments are prose. That rhythm is the same in every
language; a list of the comment section's words (``phrases/comments.txt``) only confirms that
the buttons are a thread's and not, say, an events list's "Tickets".
"""

import itertools
from pathlib import Path

import regex

from cleaner.rule_api import DATE, Block, Evidence, Family, Page, detector, normalize, phrases

family = Family("comments")
PHRASES = Path(__file__).with_name("phrases")

UNITS = 3
"""Comments in a row, each closed by the same button, that make a thread (two may be a pair of quotes)."""
UNIT_LINES = range(2, 26)
"""Lines from one button to the next: at least a date and a comment, at most a long comment."""
CONTROL_WORDS = 4
"""A button or counter under each comment is a few words at most."""

_STAMP = regex.compile(
    rf"{DATE}|\b\d{{1,2}}:\d{{2}}\b|\b(?:19|20)\d\d\b|^\W*\d{{1,3}}\s?\p{{L}}{{1,3}}\.?\W*$",
    regex.IGNORECASE,
)
"""A comment's date: a calendar date, a time of day, a year, or a compact age ("6mo", "2h")."""
_NUMBER = regex.compile(r"\d+")
_SHORT_AGE_WORDS = 5
"""A short line with a number ("vor 3 Stunden", "il y a 2 jours", "3 hours ago") is an age."""

_COMMENT_WORDS = frozenset(
    _NUMBER.sub("0", normalize(phrase))
    for _, phrase in phrases("comments", PHRASES / "comments.txt", why="comment section chrome").phrases
)
"""The comment section's own labels in many languages, with any count written as 0."""


def _stamp(block: Block) -> bool:
    if block.is_prose or block.words > 12:
        return False
    return bool(_STAMP.search(block.text)) or (block.words <= _SHORT_AGE_WORDS and bool(_NUMBER.search(block.text)))


def _comment_label(key: str) -> bool:
    return _NUMBER.sub("0", key.rstrip(".:…")) in _COMMENT_WORDS


def _controls(page: Page) -> dict[str, list[int]]:
    """Short lines printed at least :data:`UNITS` times: where each one stands."""
    where: dict[str, list[int]] = {}
    for block, key in zip(page.blocks, page.keys, strict=True):
        if (
            not block.is_prose
            and block.words <= CONTROL_WORDS
            and page.key_counts[key] >= UNITS
            and any(c.isalpha() for c in key)
        ):
            where.setdefault(key, []).append(block.index)
    return where


def _units(page: Page, places: list[int]) -> list[int]:
    """The longest run of ``places`` (a button's lines) that closes comments: each step from one
    to the next spans :data:`UNIT_LINES` lines holding a date and a line that is neither a button
    nor a date (the comment)."""
    blocks, counts, keys = page.blocks, page.key_counts, page.keys
    best: list[int] = []
    run: list[int] = places[:1]
    for before, after in itertools.pairwise(places):
        between = range(before + 1, after)
        unit = (
            (after - before) in UNIT_LINES
            and any(_stamp(blocks[index]) for index in between)
            and any(counts[keys[index]] == 1 and not _stamp(blocks[index]) for index in between)
        )
        if unit:
            run.append(after)
        else:
            run = [after]
        if len(run) > len(best):
            best = list(run)
    return best


def _first_unit(page: Page, units: list[int]) -> int:
    """Where the first comment starts. Its button closes it, and the comments after it say how far
    a button stands from its comment's date at most: the first comment's date is looked for no
    further back, and the short line just above it (the name) goes with it. Without a date there,
    the thread starts at the first button (a layout that prints the button above the comment)."""
    blocks = page.blocks
    reach = max(
        after - max(index for index in range(before + 1, after) if _stamp(blocks[index]))
        for before, after in itertools.pairwise(units)
    )
    for index in range(units[0] - 1, max(-1, units[0] - 1 - reach), -1):
        if _stamp(blocks[index]):
            name = index - 1
            if name >= 0 and not blocks[name].is_prose and blocks[name].words <= CONTROL_WORDS + 2:
                return name
            return index
    return units[0]


@detector("comments", why="comment thread under the article", evidence=Evidence.TRAILER, name="thread")
def thread(page: Page):
    """Comments in a row, each closed by the same button, each with a date: a thread. It goes from
    the first comment's name to the last button, with the buttons printed under every comment
    that follow it; the guard lets it go only after the article's end. The thread must name
    itself: one of its repeated buttons, or one of the three lines above it, is among the comment
    section's listed labels."""
    controls = _controls(page)
    if not controls:
        return
    key, units = max(
        ((key, _units(page, places)) for key, places in controls.items()),
        key=lambda found: (len(found[1]), _comment_label(found[0])),
    )
    if len(units) < UNITS:
        return
    start = _first_unit(page, units)
    stop = units[-1] + 1
    buttons = {k for k, places in controls.items() if _in(places, start, stop)}
    while stop < len(page.blocks) and page.keys[stop] in buttons:
        stop += 1
    heading = any(_comment_label(page.keys[index]) for index in range(max(0, start - 3), start))
    if not heading and not any(_comment_label(button) for button in buttons):
        return
    for index in range(start, stop):
        yield index, f"part of a comment thread: {len(units)} comments in a row, each dated and closed by {key!r}"


def _in(places: list[int], start: int, stop: int) -> bool:
    return any(start <= place < stop for place in places)


rules = [thread]

must_drop: list[str] = []
must_keep = [
    "Reply to the council's letter was sent on 3 May, the spokeswoman said.",
]
