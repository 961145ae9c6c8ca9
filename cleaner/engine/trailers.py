"""Runs that trail an article and repeat one unit: comment threads and lists of story cards.

A comment thread repeats a name, a date or an age and the comment; a list of story cards repeats a
headline and a teaser (and often a date). An article's sections repeat a heading and its text too,
so the unit's shape alone does not tell them apart. What does, in any language:

* a **dated unit** prints a short date line (a calendar date, a time of day)
  next to a short line that is not a sentence (the commenter's name, the card's headline, a
  button): a section's heading is not dated, and a timeline's date stands between paragraphs;
* a **story card** is a headline and a one-line teaser about *another* subject: its content words
  are mostly not the article's, where a section of the same article shares many of them.

:func:`trailing_runs` finds both kinds on a page's blocks; :class:`cleaner.engine.body.Body` weighs
the dated runs as chrome when it looks for the article, so its end is where they start, and rules
(``rules/families/trailers.py``) name the runs past that end.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from cleaner.engine.blocks import Block
from cleaner.evidence.dates import DATE

RUN_UNITS = 3
"""Units in a row that make a run: two may be a pair of quotes or a heading and its subtitle."""
UNIT_LINES = 25
"""Lines from one unit's date to the next at most: a long comment with its buttons."""
STAMP_WORDS = 8
"""A date line is short ("January 11, 2026 at 1:34 pm", "Anna on 3 May 2025 said:"); a longer
line with a date is a sentence or a reference that cites one."""
TEXT_WORDS = 3
"""A unit's text (the comment, the teaser) has a few words at least."""
HEAD_LINES = 4
"""Lines over a card's teaser: its headline, with a label, a date or a byline."""
HEADLINE_WORDS = range(4, 26)
"""A card's headline: a few words to a long line, never a paragraph."""
CARD_OVERLAP = 0.25
"""Share of a teaser's content words the article holds, below which it is about another story:
on the dev pages the sections of an article share 0.33 and more of theirs (nine in ten of them);
cards after an article, 0.38 at the median and much less below it."""
CONTENT_CHARS = 4
"""Words of fewer letters ("the", "und", "les") say nothing of a subject."""

_STAMP = regex.compile(rf"{DATE}|\b\d{{1,2}}:\d{{2}}\b", regex.IGNORECASE)
"""A unit's date: a calendar date or a time of day. A compact age ("6mo", "2h") reads as a
measure ("68g", "6 min") in a product's specifications."""
_YEAR_OR_CLOCK = re.compile(r"\d:\d\d|(?:19|20)\d\d")
_CONTENT_WORD = regex.compile(rf"\w{{{CONTENT_CHARS},}}")
_ENDS_CLAUSE = regex.compile(r"""[.!:;,。]["'”’»)]*$""")


@dataclass(frozen=True, slots=True)
class Trailer:
    """A run of units after which nothing of the article goes on: its ``kind`` (``"thread"``: dated
    units of text; ``"cards"``: headlines with one-line teasers), its ``lines`` and how many
    ``units`` it repeats."""

    kind: str
    lines: range
    units: int


def is_stamp(block: Block) -> bool:
    """Whether a line is a unit's date line: short, not prose, and dated."""
    return not block.is_prose and block.words <= STAMP_WORDS and _dated(block.text)


@functools.lru_cache(maxsize=1 << 14)
def _dated(text: str) -> bool:
    """Whether a line holds a date or a time of day (every one holds a year or a clock's colon:
    most lines are answered by that quicker test alone)."""
    return _YEAR_OR_CLOCK.search(text) is not None and _STAMP.search(text) is not None


def _labelled(blocks: Sequence[Block], index: int) -> bool:
    """Whether the date line at ``index`` stands next to a short line that is not a sentence nor
    another date (a name, a headline, a button): a unit's head, not a timeline's date between
    paragraphs."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(blocks):
            block = blocks[near]
            if not block.is_prose and block.words >= 1 and not is_stamp(block) and not _ENDS_CLAUSE.search(block.text):
                return True
    return False


def dated_runs(blocks: Sequence[Block], keys: Sequence[str], counts: Mapping[str, int]) -> list[Trailer]:
    """Runs of at least :data:`RUN_UNITS` dated units from line ``start`` on: date lines next to a
    name or a headline, at most :data:`UNIT_LINES` apart, each followed before the next by a text
    printed once (the comment, the teaser). The run reaches from the line over its first date to
    the last unit's text and the short lines under it, up to the next prose or date line."""
    stamps = [i for i, block in enumerate(blocks) if is_stamp(block) and _labelled(blocks, i)]
    runs: list[Trailer] = []
    group: list[int] = []

    def text_after(stamp: int, stop: int) -> bool:
        return any(
            blocks[i].words >= TEXT_WORDS and counts[keys[i]] == 1 and not is_stamp(blocks[i])
            for i in range(stamp + 1, stop)
        )

    def close(group: list[int]) -> None:
        if len(group) < RUN_UNITS:
            return
        reach = max(after - before for before, after in itertools.pairwise(group))
        end = _unit_end(blocks, group[-1], reach)
        if not text_after(group[-1], end):
            group, end = group[:-1], group[-1]
            if len(group) < RUN_UNITS:
                return
        first = group[0]
        head = first - 1 if first > 0 and not blocks[first - 1].is_prose and not is_stamp(blocks[first - 1]) else first
        if _controlled(blocks, keys, group, end):
            kind = "cards" if _headlined(blocks, counts, keys, [head, *group[1:]], end) else "thread"
            runs.append(Trailer(kind, range(head, end), len(group)))

    for stamp in stamps:
        if group and (stamp - group[-1] > UNIT_LINES or not text_after(group[-1], stamp)):
            close(group)
            group = []
        group.append(stamp)
    close(group)
    return runs


def _unit_end(blocks: Sequence[Block], stamp: int, reach: int) -> int:
    """Where the last unit of a run, dated at line ``stamp``, ends: after its text (the lines up to
    its first prose, and that prose) and the short lines under it (buttons, counters), before the
    next date line, at most ``reach`` lines (the run's longest unit) from its date."""
    end, limit, read = stamp + 1, min(len(blocks), stamp + reach), False
    while end < limit and not is_stamp(blocks[end]):
        block = blocks[end]
        if block.is_prose:
            read = True
        elif read and block.words >= TEXT_WORDS:
            break
        end += 1
    return end


CONTROL_WORDS = 4
"""A button or a counter under each unit is a few words at most ("Reply", "Antworten", "12 Likes")."""
_DIGITS = regex.compile(r"\d+")


def _controlled(blocks: Sequence[Block], keys: Sequence[str], stamps: list[int], end: int) -> bool:
    """Whether a short line with a letter (numbers aside: "12 Likes" and "3 Likes" alike) is printed
    in every unit of the run but one, and is no date: the same button or counter under each comment
    or card, which a list of references or a timeline does not print."""
    bounds = [*stamps, end]
    seen: dict[str, int] = {}
    for before, after in itertools.pairwise(bounds):
        found = {
            _DIGITS.sub("0", keys[i])
            for i in range(before + 1, after)
            if blocks[i].words <= CONTROL_WORDS and not is_stamp(blocks[i]) and any(c.isalpha() for c in keys[i])
        }
        for key in found:
            seen[key] = seen.get(key, 0) + 1
    return any(count >= max(RUN_UNITS, len(stamps) - 1) for count in seen.values())


def _headlined(
    blocks: Sequence[Block], counts: Mapping[str, int], keys: Sequence[str], starts: list[int], end: int
) -> bool:
    """Whether every unit (from each of ``starts`` to the next, the last to ``end``) holds a
    headline (a line of :data:`HEADLINE_WORDS` printed once that is no sentence and no date) and
    at most one line of prose: a story card, where a comment is signed by a name of a word or two."""
    bounds = [*starts, end]
    for before, after in itertools.pairwise(bounds):
        lines = [blocks[i] for i in range(before, after)]
        if sum(block.is_prose for block in lines) > 1:
            return False
        if not any(
            not block.is_prose
            and block.words in HEADLINE_WORDS
            and counts[keys[block.index]] == 1
            and not is_stamp(block)
            and not _ENDS_CLAUSE.search(block.text)
            for block in lines
        ):
            return False
    return True
