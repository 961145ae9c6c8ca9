"""Runs that trail an article and repeat one unit: comment threads and lists of story cards.

A comment thread repeats a name, a date and the comment; a list of story cards repeats a headline
and a teaser (and often a date). An article's sections repeat a heading and its text too, so the
unit's shape alone does not tell them apart. What does, in any language:

* a **dated unit** prints a short date line (a calendar date, a time of day) next to a short line
  that is not a sentence (the commenter's name, the card's headline), with the same control under
  each unit (a button, a counter): a section's heading is not dated, and a timeline's date stands
  between paragraphs and prints no button;
* a **story card** is a headline over a short teaser about *another* subject: its content words
  are mostly not the article's, where a section of the same article shares many of them.

:func:`dated_runs` and :func:`card_runs` find them on a page's blocks;
:class:`cleaner.engine.body.Body` weighs their lines as chrome when it looks for the article, so
the article ends where they start, and rules (``rules/families/trailers.py``) name the runs past
that end.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import regex

from cleaner.documents.sites import letters_and_digits
from cleaner.engine.blocks import Block, broken_sentence, reads_as_glued_list
from cleaner.engine.headline import HEAD_LINES
from cleaner.engine.sentence_ends import SENTENCE_MIN_WORDS, ends_sentence_after_letter, ends_statement_or_clause
from cleaner.evidence.dates import DATE

RUN_UNITS = 3
"""Units in a row that make a run: two may be a pair of quotes or a heading and its subtitle."""
UNIT_LINES = 25
"""Lines from one unit's date to the next at most: a long comment with its buttons."""
STAMP_WORDS = 8
"""A date line is short ("January 11, 2026 at 1:34 pm", "Anna on 3 May 2025 said:"); a longer
line with a date is a sentence or a reference that cites one."""
UNIT_PARAGRAPHS = 4
"""Prose lines one comment or card holds at most; more is an article's worth (the article's own
byline is dated too, and its paragraphs must not make a thread's first unit)."""
TEXT_WORDS = 3
"""A unit's text (the comment, the teaser) has a few words at least."""
HEADLINE_WORDS = range(4, 26)
"""A card's headline: a few words to a long line, never a paragraph."""
CARD_OVERLAP = 0.25
"""Share of a teaser's content words the article holds, below which it is about another story:
on the dev pages the sections of an article share 0.33 and more of theirs (nine in ten of them);
cards after an article, 0.38 at the median and much less below it."""
CARD_UNIT_OVERLAP = 0.4
"""Share of one teaser's content words the article's other lines hold, below which the unit may be
a card (the run of them must share less than :data:`CARD_OVERLAP` on average)."""
CONTENT_CHARS = 4
"""Words of fewer letters ("the", "und", "les") say nothing of a subject."""

_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE = regex.compile(DATE, regex.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CONTENT_WORD = re.compile(rf"\w{{{CONTENT_CHARS},}}")
_RANKED = regex.compile(r"\W*\d")
"""A line a number opens ("7. Rowing machine", "2019"): a listicle's item or a timeline's year, not a card."""
_CUT = regex.compile(r"""(?:…|\.\.\.|[,;])["'”’»)]*\s*$""")
"""A teaser cut short: it ends in an ellipsis or a comma. (One ending in a word may end in a link
or an address, as a podcast's credits do.)"""
_OPENS_LOWER = regex.compile(r"""\W*\p{Ll}""")
"""A line opening in lower case goes on with a sentence: no headline, no teaser."""
SENTENCE_WORDS = 3
"""Words from which a line ending its sentence after a word ("He declined to comment.") is a
sentence, not a card's label ("Next.")."""


@dataclass(frozen=True, slots=True)
class Trailer:
    """A run of units the article ends before: its ``kind`` (``"thread"``: dated units of text;
    ``"signed"``: comments each under its signature, :func:`signed_runs`;
    ``"cards"``: headlines over one-line teasers; ``"bio"``: an author's bio under the author's
    name, :func:`bio_runs`; ``"footer"``: the page's footer, :func:`footer_runs`), its ``lines``,
    how many ``units`` it repeats."""

    kind: str
    lines: range
    units: int
    evidence: str
    """What tells the run from the article's sections, for the reason of its removal."""
    control: str | None = None
    """The comparison key of the control printed under each unit of a dated run (``"reply"``)."""
    head: range = range(0)
    """For story cards found by their shape (:func:`card_runs`), the first card's head: the
    headline picked among the lines over its teaser, and the lines under it; empty for dated runs,
    which open at their first date's line."""
    headlines: tuple[int, ...] = ()
    """For story cards found by their shape, each card's headline: the last line shaped like one
    over its teaser (empty for other runs)."""


def is_stamp(block: Block) -> bool:
    """Whether a line is a unit's date line: short, not prose, and dated."""
    return not block.is_prose and block.words <= STAMP_WORDS and _dated(block.text)


@functools.lru_cache(maxsize=1 << 14)
def _dated(text: str) -> bool:
    """Whether a line holds a unit's date: a time of day or a calendar date. An age ("6mo", "2h",
    "2 minutes ago") is no unit's date: a compact one reads as a measure ("68g", "6 min") in a
    product's specifications, and a card listing's ages would make a thread of the listing and
    the article's closing lines between its cards. The date pattern is tried only where a year
    is found: most lines are answered by that alone."""
    if not _DIGIT.search(text):
        return False
    if _CLOCK.search(text):
        return True
    return _YEAR.search(text) is not None and _DATE.search(text) is not None


def _labelled(blocks: Sequence[Block], index: int) -> bool:
    """Whether the date line at ``index`` stands next to a short line that is not a sentence nor
    another date (a name, a headline, a button): a unit's head, not a timeline's date between
    paragraphs."""
    for near in (index - 1, index + 1):
        if 0 <= near < len(blocks):
            block = blocks[near]
            text = block.text
            if not block.is_prose and block.words >= 1 and not is_stamp(block) and not ends_statement_or_clause(text):
                return True
    return False


def dated_runs(blocks: Sequence[Block], keys: Sequence[str], counts: Mapping[str, int]) -> list[Trailer]:
    """Runs of at least :data:`RUN_UNITS` dated units: date lines next to a name or a headline, at
    most :data:`UNIT_LINES` apart, each followed before the next by a text printed once (the
    comment, the teaser) of at most :data:`UNIT_PARAGRAPHS` prose lines, and the same control
    under each (:func:`_controlled`). A run reaches from the line over its first date to the last
    unit's text and the short lines under it."""
    digit = _DIGIT.search  # every date, time of day and age we read holds one: the quickest test
    stamps = [
        block.index
        for block in blocks
        if block.words <= STAMP_WORDS
        and digit(block.text)
        and not block.is_prose
        and _dated(block.text)
        and _labelled(blocks, block.index)
    ]
    runs: list[Trailer] = []
    group: list[int] = []

    def unit(stamp: int, stop: int) -> bool:  # a text printed once, and not an article's worth of prose
        lines = range(stamp + 1, stop)
        return sum(blocks[i].is_prose for i in lines) <= UNIT_PARAGRAPHS and any(
            blocks[i].words >= TEXT_WORDS and counts[keys[i]] == 1 and not is_stamp(blocks[i]) for i in lines
        )

    def close(group: list[int]) -> None:
        if len(group) < RUN_UNITS:
            return
        end = _last_unit_end(blocks, group, group[-1])
        if not unit(group[-1], end):
            group, end = group[:-1], _head(blocks, group[-1])
        heads = [_head(blocks, stamp) for stamp in group]
        bounds = [*heads, end]
        for first, stop, control in _controlled(blocks, keys, bounds):
            units, until = heads[first:stop], bounds[stop]
            kind = "cards" if _headlined(blocks, counts, keys, units, until) else "thread"
            why = f"each dated, {control!r} under each"
            runs.append(Trailer(kind, range(units[0], until), len(units), why, control))

    for stamp in stamps:
        if group and (
            stamp - group[-1] > UNIT_LINES
            or not unit(group[-1], _head(blocks, stamp))
            or _turned(_place(blocks, stamp), _place(blocks, group[-1]))
        ):
            close(group)
            group = []
        group.append(stamp)
    close(group)
    return runs


SIGNED = regex.compile(
    r"^\s*\S.*?\s(?P<verb>says|sagt|dit|dice|diz|disse|ha detto|zegt|schreef)\s?:$", regex.IGNORECASE
)
"""A comment's signature as comment systems print it over each comment: the commenter's name and
"says:" in the languages of the phrase families ("Anna Berg says:", "Anna Berg sagt:", "Anna Berg
dit :", "Anna Berg dice:", "Anna Berg diz:", "Anna Berg disse:", "Anna Berg ha detto:", "Anna Berg
zegt:", "Anna Berg schreef:")."""


def signed_runs(blocks: Sequence[Block], keys: Sequence[str], counts: Mapping[str, int]) -> list[Trailer]:
    """Runs of at least :data:`RUN_UNITS` signed comments: a signature (:data:`SIGNED`, a short line
    that is no prose) over a date line (:func:`is_stamp`) over the comment, each signature at most
    :data:`UNIT_LINES` lines after the one before, and no paragraph printed once right after the
    run. The date is what tells a thread from people an article quotes one after another ("Anna
    Berg says:" over her answer), who are not dated; the article's next paragraph may follow them.
    Where a thread has no button under each comment (comments closed), :func:`dated_runs` finds no
    control and the signatures say what the units are. A run reaches from the first signature to
    the last comment's text and the short lines under it."""
    signed = [
        block.index
        for block in blocks[:-1]
        if not block.is_prose
        and block.words <= STAMP_WORDS
        and block.text.rstrip().endswith(":")
        and SIGNED.match(block.text)
        and is_stamp(blocks[block.index + 1])
    ]
    runs: list[Trailer] = []

    def close(group: list[int]) -> None:
        if len(group) < RUN_UNITS:
            return
        end = _last_unit_end(blocks, group, group[-1] + 1)  # from the date under the signature
        if end < len(blocks) and blocks[end].is_prose and counts[keys[end]] == 1:
            return
        verb = SIGNED.match(blocks[group[0]].text).group("verb")
        why = f"each under a signature ({verb!r}) and a date"
        runs.append(Trailer("signed", range(group[0], end), len(group), why))

    group: list[int] = []
    for line in signed:
        if group and not 1 < line - group[-1] <= UNIT_LINES:
            close(group)
            group = []
        group.append(line)
    close(group)
    return runs


def _last_unit_end(blocks: Sequence[Block], group: Sequence[int], stamp: int) -> int:
    """Where the last unit of a run whose units open at the lines ``group`` ends, from its date at
    line ``stamp``: it reaches as far and holds as many paragraphs as the longest unit before it
    (:func:`_unit_end`)."""
    reach = max(after - before for before, after in itertools.pairwise(group))
    paragraphs = max(
        sum(blocks[i].is_prose for i in range(before, after)) for before, after in itertools.pairwise(group)
    )
    return _unit_end(blocks, stamp, reach, max(paragraphs, 1))


def _place(blocks: Sequence[Block], stamp: int) -> tuple[bool, bool]:
    """Where the date line at ``stamp`` stands in its unit: whether prose stands right over it (a
    card's teaser, a comment), and right under it."""
    return stamp > 0 and blocks[stamp - 1].is_prose, stamp + 1 < len(blocks) and blocks[stamp + 1].is_prose


def _turned(place: tuple[bool, bool], other: tuple[bool, bool]) -> bool:
    """Whether two dates stand in their units differently on both sides, prose right over one and
    not the other, and right under one and not the other (one over its text and under no prose,
    the other under its text and over none). The units of one run repeat one shape, a short
    comment or headline aside (it changes one side): a card of a box inside the article, dated under its headline
    over the article's next paragraph, is no unit of the cards after the article, each dated under
    its teaser, and that paragraph is no unit's text."""
    return place[0] != other[0] and place[1] != other[1]


def _head(blocks: Sequence[Block], stamp: int) -> int:
    """Where the unit dated at line ``stamp`` opens: at the line over the date when that is no
    sentence nor prose (a name, a headline), else at the date."""
    above = stamp - 1
    if above >= 0 and not blocks[above].is_prose and not is_stamp(blocks[above]):
        return above
    return stamp


def _unit_end(blocks: Sequence[Block], stamp: int, reach: int, paragraphs: int) -> int:
    """Where the last unit of a run, dated at line ``stamp``, ends: after its text (the lines up to
    its first prose, and that prose) and the short lines under it (buttons, counters), before the
    next date line, at most ``reach`` lines (the run's longest unit) from its date and holding no
    more prose lines than the run's other units do (``paragraphs``): a paragraph after a card's
    teaser may be the article's own, going on past a listing."""
    end, limit, read = stamp + 1, min(len(blocks), stamp + reach), 0
    while end < limit and not is_stamp(blocks[end]):
        block = blocks[end]
        if block.is_prose:
            if read == paragraphs:
                break
            read += 1
        elif read and block.words >= TEXT_WORDS:
            break
        end += 1
    return end


CONTROL_WORDS = 4
"""A button or a counter under each unit is a few words at most ("Reply", "Antworten", "12 Likes")."""
_DIGITS = regex.compile(r"\d+")


def _controlled(blocks: Sequence[Block], keys: Sequence[str], bounds: list[int]) -> list[tuple[int, int, str]]:
    """The runs among dated units (unit ``k`` from ``bounds[k]`` to ``bounds[k + 1]``), as ranges of
    unit numbers, in order: at least :data:`RUN_UNITS` units in a row that each print the same
    control, the last unit of all excepted (its end is a guess): a short line with a letter that
    is no date ("Reply", "Read more", "Mark Denney", "12 Likes", numbers aside), the same button,
    counter or signature under each comment or card, which a list of references or a timeline
    does not print. Story cards and the comment thread after them are two runs. Each run comes
    with its control."""
    found = [
        {
            _DIGITS.sub("0", keys[i])
            for i in range(before, after)
            if blocks[i].words <= CONTROL_WORDS and not is_stamp(blocks[i]) and any(c.isalpha() for c in keys[i])
        }
        for before, after in itertools.pairwise(bounds)
    ]
    count = len(found)
    candidates: list[tuple[int, int]] = []
    for control in set().union(*found):
        first = 0
        while first < count:
            if control not in found[first]:
                first += 1
                continue
            stop = first
            while stop < count and control in found[stop]:
                stop += 1
            if stop == count - 1:  # the last unit's control may lie past its guessed end
                stop = count
            if stop - first >= RUN_UNITS:
                candidates.append((first, stop, control))
            first = stop
    chosen: list[tuple[int, int, str]] = []
    for first, stop, control in sorted(candidates, key=lambda run: (run[0] - run[1], run[0], run[2])):
        if all(stop <= taken[0] or first >= taken[1] for taken in chosen):
            chosen.append((first, stop, control))
    return sorted(chosen)


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
            and not ends_statement_or_clause(block.text)
            for block in lines
        ):
            return False
    return True


TEASER_WORDS = 40
"""A card's teaser is a sentence or a paragraph's cut opening (24 words at the median after the
dev pages' articles); a section's paragraph runs longer (38 at the median)."""


def card_runs(blocks: Sequence[Block], keys: Sequence[str], core: range) -> list[Trailer]:
    """Runs of at least :data:`RUN_UNITS` story cards after the start of the ``core`` (the heaviest
    stretch of prose, cards and all). Units of a headline (with up to :data:`HEAD_LINES` short lines
    over the teaser) and one prose line follow each other, an article's sections and the cards
    after it alike; the cards are the units that end such a row with a teaser of at most
    :data:`TEASER_WORDS` words about another subject (:func:`_other_stories`), shaped as cards are
    (:func:`_card_shaped`), where the rest of the core holds more prose than they do."""
    if not core:
        return []
    runs: list[Trailer] = []
    article = _Article(blocks, core)
    run: list[range] = []

    def close() -> None:
        if len(run) < RUN_UNITS:
            run.clear()
            return
        short = len(run)
        while short > 0 and blocks[run[short - 1].stop - 1].words <= TEASER_WORDS:
            short -= 1
        last = run[max(short, len(run) - RUN_UNITS) :]  # every run of cards ends so: check it first
        possible = len(last) == RUN_UNITS and _card_shaped(blocks, keys, last)
        cards = _other_stories(blocks, run[short:], article) if possible else []
        shaped = len(cards) >= RUN_UNITS and _card_shaped(blocks, keys, cards)
        overlap = _overlap(blocks, cards, core, article) if shaped else None
        if overlap is not None and overlap < CARD_OVERLAP:
            why = f"teasers of other stories ({overlap:.2f} of their words in the article, under {CARD_OVERLAP})"
            headlines = tuple(_headline_of(blocks, card) for card in cards)
            opening = headlines[0]  # the first card opens at its headline: lines over it are the article's
            head = range(opening, cards[0].stop - 1)
            lines = range(opening, cards[-1].stop)
            runs.append(Trailer("cards", lines, len(cards), why, head=head, headlines=headlines))
        run.clear()

    for streak in _card_streaks(blocks, core):
        for start, teaser in streak:
            unit = _card(blocks, start, teaser)
            if unit is None:
                close()
            else:
                run.append(unit)
        close()
    return runs


def card_row(blocks: Sequence[Block], keys: Sequence[str], core: range) -> bool:
    """Whether the ``core``'s prose past its first line is one row of at least :data:`RUN_UNITS`
    units shaped like story cards (:func:`_card`, :func:`_card_shaped`) to the core's end: the
    sections of an article written as headings over one paragraph each, or story cards, whatever
    their subject. Either way the heaviest prose is a row, and need not be where the article
    starts: a short article may stand before a row of cards."""
    prose = [index for index in core if blocks[index].is_prose]
    streaks = _card_streaks(blocks, core)
    if len(prose) <= RUN_UNITS or not streaks or streaks[0][0][1] != prose[1]:
        return False
    units = [unit for start, teaser in streaks[0] if (unit := _card(blocks, start, teaser)) is not None]
    if len(units) < len(streaks[0]) or units[-1].stop < core.stop:
        return False
    return _card_shaped(blocks, keys, units)


def _card_streaks(blocks: Sequence[Block], core: range) -> list[list[tuple[int, int]]]:
    """The rows of at least :data:`RUN_UNITS` places where cards may stand one after another from the
    start of the ``core``, each place as (the first line of its head, its teaser): a prose line
    between lines that are not prose, at most :data:`HEAD_LINES` lines of its head after the
    line that ends the place before. Most prose lines follow or precede prose: a quick test
    leaves the few rows a card's own tests need to look at."""
    streaks: list[list[tuple[int, int]]] = []
    streak: list[tuple[int, int]] = []
    after = core.start  # the line after the last prose line
    paragraphs = [block.index for block in blocks[core.start :] if block.is_prose]
    for index, following in zip(paragraphs, [*paragraphs[1:], -1], strict=True):
        if index - after > HEAD_LINES or after == index or following == index + 1:
            if len(streak) >= RUN_UNITS:
                streaks.append(streak)
            streak = []
        if after < index and following != index + 1:
            streak.append((max(after, index - HEAD_LINES), index))
        after = index + 1
    if len(streak) >= RUN_UNITS:
        streaks.append(streak)
    return streaks


class _Article:
    """The core's prose as card detection weighs it: each line's content words, found once, and in
    how many of the core's prose lines each word stands."""

    def __init__(self, blocks: Sequence[Block], core: range) -> None:
        self.blocks = blocks
        self.core = core
        self._words: dict[int, set[str]] = {}

    def words(self, index: int) -> set[str]:
        """The content words of line ``index`` (see :func:`_content_words`)."""
        found = self._words.get(index)
        if found is None:
            found = self._words[index] = _content_words(self.blocks[index].text)
        return found

    @functools.cached_property
    def lines(self) -> Counter[str]:
        """How many of the core's prose lines hold each content word."""
        return self._per_prose_line(self.words)

    @functools.cached_property
    def names(self) -> Counter[str]:
        """How many of the core's prose lines name each name (see :func:`_names`)."""
        return self._per_prose_line(lambda index: _names(self.blocks[index].text))

    def _per_prose_line(self, found: Callable[[int], set[str]]) -> Counter[str]:
        """In how many of the core's prose lines each of the strings ``found`` gives stands."""
        counts: Counter[str] = Counter()
        for index in self.core:
            if self.blocks[index].is_prose:
                counts.update(found(index))
        return counts


def _other_stories(blocks: Sequence[Block], units: list[range], article: _Article) -> list[range]:
    """The units that end a row of headlines over one short teaser each (``units``), every one
    with a teaser sharing less than :data:`CARD_UNIT_OVERLAP` of its content words with the core's
    other prose lines: where an article's sections (about its subject) give way to cards (about
    other stories)."""
    first = len(units)
    while first > 0:
        teaser = units[first - 1].stop - 1
        words = article.words(teaser)
        own = teaser in article.core
        shared = sum(article.lines[word] > own for word in words)
        if not words or shared >= CARD_UNIT_OVERLAP * len(words):
            break
        if any(article.names[name] > own for name in _names(blocks[teaser].text)):
            break  # it names whom or what the article names: the article's own paragraph
        first -= 1
    return units[first:]


def _card(blocks: Sequence[Block], start: int, teaser: int) -> range | None:
    """The story card of the lines from ``start`` over the prose line ``teaser``: a headline among
    them, none opening with a number (a ranked or numbered item is a listicle's), and a teaser
    that opens a sentence and has no prose after it; None when they make none."""
    if start == teaser or (teaser + 1 < len(blocks) and blocks[teaser + 1].is_prose):
        return None
    if _OPENS_LOWER.match(blocks[teaser].text):
        return None
    head = range(start, teaser)
    if not any(_headline(blocks[index]) for index in head) or any(_RANKED.match(blocks[index].text) for index in head):
        return None
    if any(_sentence(blocks[index]) for index in head):  # the closing line of the paragraph before
        return None
    return range(start, teaser + 1)


def _headline_of(blocks: Sequence[Block], card: range) -> int:
    """The headline of a ``card`` (:func:`_card`): the last line shaped like one over its teaser."""
    return max(index for index in range(card.start, card.stop - 1) if _headline(blocks[index]))


def _sentence(block: Block) -> bool:
    """A line that ends its sentence after a word, of :data:`SENTENCE_WORDS` words or more: a
    paragraph's short closing line ("He declined to comment."), which no card's head holds."""
    return block.words >= SENTENCE_WORDS and ends_sentence_after_letter(block.text)


def _card_shaped(blocks: Sequence[Block], keys: Sequence[str], cards: list[range]) -> bool:
    """Whether units of a headline and a teaser carry a mark of cards besides their shape: every
    headline in title case (a section's heading is written as a phrase more often than not), every
    teaser but one cut short (an ellipsis), or the same short label ("Read more")
    over every unit but the first (under every card but the last)."""
    heads = [[blocks[index] for index in range(unit.start, unit.stop - 1)] for unit in cards]
    if all(any(_headline(block) and _title_case(block.text) for block in head) for head in heads):
        return True
    if sum(bool(_CUT.search(blocks[unit.stop - 1].text)) for unit in cards) >= len(cards) - 1:
        return True
    labels = [
        {keys[block.index] for block in head if block.words <= CONTROL_WORDS and not _headline(block)}
        for head in heads[1:]
    ]
    return bool(set.intersection(*labels))


def _title_case(text: str) -> bool:
    """Whether every word of :data:`CONTENT_CHARS` letters or more opens in upper case ("Council
    Approves New Budget for Schools"), and the line holds two such words at least (one capital in
    "Rating: 2 out of 60" says nothing)."""
    words = _CONTENT_WORD.findall(text)
    return len(words) >= 2 and all(word[0].isupper() for word in words)


def sentence_case(text: str) -> bool:
    """Whether a line is written as a sentence, not as a headline: of its words of
    :data:`CONTENT_CHARS` letters or more after its first word, more open in lower case than in
    upper ("Who pays for it now?", not "Is Your Attic Insulation Wasting Money?" nor "Review: The
    Best eSIM For Travel?")."""
    rest = text.split(None, 1)[1:]
    words = _CONTENT_WORD.findall(rest[0]) if rest else []
    lower = sum(word[0].islower() for word in words)
    return 2 * lower > len(words)


def _headline(block: Block) -> bool:
    """A line shaped like a headline: of :data:`HEADLINE_WORDS`, not prose, no sentence, no date."""
    return (
        not block.is_prose
        and block.words in HEADLINE_WORDS
        and not _OPENS_LOWER.match(block.text)
        and not ends_statement_or_clause(block.text)
        and not is_stamp(block)
    )


def _overlap(blocks: Sequence[Block], cards: list[range], core: range, article: _Article) -> float | None:
    """The share of their content words the ``cards``' teasers have in the core's prose outside
    them, on average; None when that prose does not outweigh theirs (no article to compare)."""
    inside = range(cards[0].start, cards[-1].stop)
    prose = [index for index in core if blocks[index].is_prose and index not in inside]
    teasers = [unit.stop - 1 for unit in cards]
    if sum(blocks[index].words for index in prose) <= sum(blocks[index].words for index in teasers):
        return None
    words = set().union(*(article.words(index) for index in prose))
    shares = [len(article.words(index) & words) / len(article.words(index)) for index in teasers]
    return sum(shares) / len(shares)


_NAME = regex.compile(r"(?<=\p{L}[,;:]?\s)\p{Lu}\p{L}{3,}")
"""A capitalised word inside a sentence (not its first word): a name, as far as case tells."""


def _names(text: str) -> set[str]:
    """The names a line holds (:data:`_NAME`), lower-cased: a teaser of another story names other
    people and places than the article does."""
    return {name.lower() for name in _NAME.findall(text)}


def _content_words(text: str) -> set[str]:
    """The words of :data:`CONTENT_CHARS` letters or more, lower-cased."""
    return set(_CONTENT_WORD.findall(text.lower()))


BIO_LABEL_WORDS = 6
"""The line over an author's bio names the author: alone ("Jane Doe") or after a label ("Written
by Jane Doe", "About Jane Doe"), a few words and no sentence."""
BIO_ROLE_WORDS = 14
"""Words of a bio's opening within which it names the author's trade ("Jane Doe is a freelance
writer ...", "Jane Doe ist Redakteurin ..."); further on, a paragraph about a person mentions one."""
BIO_PEOPLE = 2
"""Units of a name over a sentence about that person a page holds at most where they may be
author bios: more are a list of people (a listicle, a team page), the article's own."""
BIO_ROLES = (
    "writer", "journalist", "editor", "reporter", "author", "correspondent", "contributor", "columnist",
    "blogger", "critic", "photographer", "copywriter", "freelance",
    "redakteur", "autor", "korrespondent", "kolumnist", "journalistin", "schreibt",
    "journaliste", "rédacteur", "rédactrice", "auteur", "autrice", "correspondant", "chroniqueu", "pigiste",
    "periodista", "redactor", "escritor", "corresponsal", "columnista", "colaborador",
    "jornalista", "repórter", "colunista",
    "giornalista", "redattor", "scrittor", "corrispondente", "editorialista",
    "redacteur", "verslaggever", "schrijver", "correspondente",
)
"""The trades an author's bio names, as the opening letters of a word (so "Redakteur" is
"Redakteurin" too, "journalist" "journaliste"), in the languages of the phrase families: lower
case, free of pattern syntax."""
_BIO_ROLE = regex.compile(rf"\b(?:{'|'.join(BIO_ROLES)})", regex.IGNORECASE)
_BIO_VERBS = ("is", "was", "has been", "ist", "war", "est", "était", "es", "fue", "è", "é", "foi", "era")
"""The verb a bio says of its author ("is") in the languages of the phrase families, free of pattern syntax."""
_BIO_SUBJECT = regex.compile(
    r"(?P<who>(?:Dr\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),?\s+"
    rf"(?:{'|'.join(_BIO_VERBS)})\s"
)
"""A bio's opening: the author's name, then one of :data:`_BIO_VERBS` (a bio speaks of its author
in the third person)."""
_BIO_COPULAS = frozenset(verb.split()[0] for verb in _BIO_VERBS)
"""The first words of :data:`_BIO_VERBS`: a line opening as a bio holds one among its second to
sixth words (after "Dr." and up to four names, none with a space in it)."""
_WORD = regex.compile(r"[\p{L}\p{N}'’.-]+")


def _subject(text: str) -> str | None:
    """The person a line opens on as a sentence about that person does ("Jane Doe is a ...":
    "Jane Doe"), else None. Most lines hold none of the verbs among their first words, which a
    split tells at a tenth of the pattern's cost (it is asked of every line of a document)."""
    if _BIO_COPULAS.isdisjoint(text.split(None, 6)[1:6]):
        return None
    found = _BIO_SUBJECT.match(text.strip())
    return found.group("who") if found is not None else None


class BioSubjects(dict[str, str | None]):
    """A document's lines by the person each opens on as a bio does (:func:`_subject`), each found on
    first use. The bio is looked for on every cleaning pass over the same lines (passes remove lines,
    never rewrite one), so the document keeps one of these across its passes
    (:class:`cleaner.engine.body.Body`'s ``bio_subjects``), as it keeps its headline's keys."""

    def __missing__(self, text: str) -> str | None:
        who = self[text] = _subject(text)
        return who


def _names_trade(block: Block) -> bool:
    """Whether a line names a trade (:data:`BIO_ROLES`) within its first :data:`BIO_ROLE_WORDS` words."""
    return _BIO_ROLE.search(" ".join(block.text.split()[:BIO_ROLE_WORDS])) is not None


def _names_person(line: Block, who: str) -> bool:
    """Whether a short line that is no sentence (:data:`BIO_LABEL_WORDS`) names the person ``who``
    in capitalised words: the author's name over the bio, alone or after a label."""
    if line.is_prose or line.words > BIO_LABEL_WORDS or ends_sentence_after_letter(line.text):
        return False
    words, name = _WORD.findall(line.text), who.split()
    return any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1))


def bio_runs(
    blocks: Sequence[Block],
    printed_once: Callable[[int], bool],
    taken: frozenset[int],
    heaviest: Callable[[frozenset[int]], range],
    subjects: Mapping[str, str | None] | None = None,
    removed_before: Sequence[int] | None = None,
) -> list[Trailer]:
    """The author's bio after the article, in any language the role words cover: a sentence about
    a person in the third person naming a trade ("Jane Doe is a freelance writer based in
    Toronto.", "Jane Doe ist Redakteurin im Ressort Politik.") right under a short line naming that
    person ("Jane Doe", "Written by Jane Doe"), past the heaviest prose with such lines weighed as
    chrome, with no paragraphs of the article's after it (two printed once, in a row or apart). A
    page naming more than :data:`BIO_PEOPLE` people so over a sentence about them ("Jane Doe" over
    "Jane Doe is a novelist ...", whatever the trade) is a list of people, and none is taken. Lines in ``taken``
    (another run's) are none of it; ``heaviest`` is the heaviest prose with the lines given weighed
    as chrome, and ``printed_once`` whether a line is printed once on the page; ``subjects``: the
    document's :class:`BioSubjects`, kept across its passes (a new one where None). Paragraphs
    about people (one, or a few in a row) right under one of the article's paragraphs and right
    over more of it (:func:`_between_paragraphs`) are sections of it, however few paragraphs
    follow; ``removed_before``: how many lines an earlier
    pass removed right before each line (None: none), so lines next to each other in view only are
    not."""
    subjects = BioSubjects() if subjects is None else subjects
    people = {
        index: who
        for index in range(1, len(blocks))
        if index not in taken and (who := subjects[blocks[index].text]) is not None
        and _names_person(blocks[index - 1], who)
    }
    units = [index for index in people if _names_trade(blocks[index])]
    if not units or len(set(people.values())) > BIO_PEOPLE:
        return []
    core = heaviest(taken.union(units))
    return [
        Trailer("bio", range(index, index + 1), 1, "under a line naming its author")
        for index in units
        if index >= core.stop
        and not _paragraphs_after(blocks, printed_once, index + 1, taken)
        and not _between_paragraphs(blocks, printed_once, _sections(people, index), taken, removed_before)
    ]


def _sections(people: Mapping[int, str], index: int) -> range:
    """The paragraphs about people in a row around the one at line ``index``, each under the line
    naming its person (``people``: the paragraphs so named), as lines: a profile's sections follow
    each other, and the article goes on, or not, after the last."""
    start, stop = index, index + 1
    while start - 2 in people:
        start -= 2
    while stop + 1 in people:
        stop += 2
    return range(start - 1, stop)


def _between_paragraphs(
    blocks: Sequence[Block],
    printed_once: Callable[[int], bool],
    sections: range,
    taken: frozenset[int],
    removed_before: Sequence[int] | None,
) -> bool:
    """Whether the ``sections`` about people (:func:`_sections`: a line naming a person over a
    paragraph about that person, one or more in a row) stand on the page right under a paragraph
    printed once outside the ``taken`` lines and right over more of the article
    (:func:`_article_goes_on`): sections inside the article, however few paragraphs follow. An
    author's box stands apart from the article: under a heading, or over its own chrome, which a
    later pass may have removed (``removed_before``)."""
    if not _paragraph(blocks, printed_once, sections.start - 1, taken):
        return False
    if not _article_goes_on(blocks, printed_once, sections.stop, taken):
        return False
    return removed_before is None or not (removed_before[sections.start] or removed_before[sections.stop])


def _paragraph(blocks: Sequence[Block], printed_once: Callable[[int], bool], line: int, taken: frozenset[int]) -> bool:
    """Whether line ``line`` is a paragraph printed once outside the ``taken`` lines."""
    return 0 <= line < len(blocks) and line not in taken and blocks[line].is_prose and printed_once(line)


_TABLE_CELLS = regex.compile(r"\s[|│¦]\s|\t")
"""Where a table's row parts its cells, as a scraper prints them: a bar between spaces, a tab."""
_CODE_CALL = regex.compile(r"[\p{L}\p{N}_]\(.*\)\s*[:;{]?\s*$")
"""A line of code: a name called on its arguments ("print(area(3, 4))", "def area(width, height):")."""


def _closing_sentence(blocks: Sequence[Block], printed_once: Callable[[int], bool], line: int) -> bool:
    """Whether line ``line`` is a short sentence printed once: of :data:`SENTENCE_MIN_WORDS` words or
    more, ending after a letter."""
    block = blocks[line]
    return block.words >= SENTENCE_MIN_WORDS and ends_sentence_after_letter(block.text) and printed_once(line)


SECTION_GAP_LINES = 12
"""Lines that are no prose (a subheading, a list of the article's) a paragraph of the article may
stand under right after a section about a person."""


def _resumes_past_short_lines(
    blocks: Sequence[Block], printed_once: Callable[[int], bool], line: int, taken: frozenset[int]
) -> bool:
    """Whether a paragraph printed once stands past lines that are no prose from line ``line`` on
    (at most :data:`SECTION_GAP_LINES`, none ``taken``): the article going on under a subheading
    or past a list of its own."""
    for index in range(line, min(line + SECTION_GAP_LINES + 1, len(blocks))):
        if index in taken:
            return False
        if blocks[index].is_prose:
            return _paragraph(blocks, printed_once, index, taken)
    return False


def _article_goes_on(
    blocks: Sequence[Block], printed_once: Callable[[int], bool], line: int, taken: frozenset[int]
) -> bool:
    """Whether line ``line`` opens more of the article, outside the ``taken`` lines: a paragraph
    printed once, a short sentence printed once closing it ("And the council said no!"), the
    first half of a sentence broken across it and the next line, a table's row
    with the row under it parted in as many cells, or a line of code. Chrome after an author's
    bio is none of these: a follow prompt, a box's heading, a story's headline, a footer's links."""
    if line >= len(blocks) or line in taken:
        return False
    if _paragraph(blocks, printed_once, line, taken) or _closing_sentence(blocks, printed_once, line):
        return True
    if _resumes_past_short_lines(blocks, printed_once, line, taken):
        return True
    if _CODE_CALL.search(blocks[line].text):
        return True
    if line + 1 >= len(blocks) or line + 1 in taken:
        return False
    first, second = blocks[line], blocks[line + 1]
    cells = len(_TABLE_CELLS.findall(first.text))
    return broken_sentence(first, second) or (cells > 0 and len(_TABLE_CELLS.findall(second.text)) == cells)


def _paragraphs_after(
    blocks: Sequence[Block], printed_once: Callable[[int], bool], start: int, taken: frozenset[int]
) -> bool:
    """Whether two paragraphs printed once stand from line ``start`` on, outside the ``taken``
    lines, in a row or apart (a caption or an ad between them): the article going on after a
    paragraph about a person."""
    paragraphs = (
        index
        for index in range(start, len(blocks))
        if blocks[index].is_prose and printed_once(index) and index not in taken
    )
    return next(paragraphs, None) is not None and next(paragraphs, None) is not None


FOOTER_LINE_WORDS = 8
"""A line of a page's footer around its rights notice: a link, a social network's or an app
store's name, an address line, "Powered by ..." (a few words, no paragraph)."""
FOOTER_AFTER_LINES = 40
"""Short lines after the last rights notice at most (a footer's columns of links may follow it):
the notice closes the page, where a photo credit inside the article has the article's paragraphs
after it."""
FOOTER_NOTICE_WORDS = 60
"""A rights notice is a line or two of boilerplate, never a paragraph's worth."""

RIGHTS_RESERVED = (
    "all rights reserved",
    "all right reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "tutti i diritti riservati",
    "alle rechten voorbehouden",
)
""""All rights reserved" in the languages of the phrase families (and as some sites misspell it),
lower case and free of pattern syntax: a site's claim over all it prints, which a photo credit does
not make. The page's footer (:func:`footer_notice`) and the legal family's copyright rules read
it here, and the claim in languages written without spaces in :data:`RIGHTS_RESERVED_UNSPACED`."""


class UnspacedRights(NamedTuple):
    """The claim of all rights in a language written without spaces between words, in the forms
    each reader needs: a line without spaces has no word's end after a stem that more of the
    phrase follows, so a pattern bounding the claim as words spells its whole phrases."""

    need: str
    """A string every line saying it holds (a notice rule's ``needs``)."""
    stem: str
    """A pattern of it found anywhere in a line (the page's footer, :func:`footer_notice`)."""
    phrases: str
    """A pattern of the whole phrases a line says it in (the legal family's rights notice)."""


RIGHTS_RESERVED_UNSPACED = (
    UnspacedRights("版权所有", "版权所有", "版权所有"),
    UnspacedRights("版權所有", "版權所有", "版權所有"),
    UnspacedRights("無断転載", "無断転載", "無断転載を禁じます|無断転載禁止"),
    UnspacedRights("무단", r"무단\s?(?:전재|복제|배포)", r"무단\s?전재 및 재배포 금지"),
)
"""The commonest Chinese, Japanese and Korean wordings of :data:`RIGHTS_RESERVED`."""
_RIGHTS_RESERVED = regex.compile(
    rf"\b(?:{'|'.join(RIGHTS_RESERVED)})\b|{'|'.join(rights.stem for rights in RIGHTS_RESERVED_UNSPACED)}",
    regex.IGNORECASE,
)
"""The rights wording (:data:`RIGHTS_RESERVED`, :data:`RIGHTS_RESERVED_UNSPACED`'s stems), found
anywhere in a line."""
_COPYRIGHT_MARK = regex.compile(r"[©ⓒ]|\(c\)|\bcopyright\b", regex.IGNORECASE)
_YEAR_RANGE = regex.compile(
    r"\b(?:19|20)\d\d\s*[-–—/]\s*(?:(?:19|20)\d\d|\d\d|present|today|heute|aujourd'hui|hoy|hoje|oggi|heden)\b",
    regex.IGNORECASE,
)
"""A rights holder's span of years ("2004–2025"): a site's life, where a photo is taken in one year."""
_COMPANY = regex.compile(
    r"\b(?:inc|llc|ltd|limited|corp|corporation|gmbh|ag|plc|s\.?a|s\.?l|s\.?r\.?l|b\.?v|n\.?v|kg|sas|spa)\b\.?",
    regex.IGNORECASE,
)
"""A holder named as a company ("Example Media, Inc.", "Beispiel Verlag GmbH"), not a photographer."""


def footer_notice(text: str, site: str | None = None) -> bool:
    """Whether a line reads as a site's rights notice rather than a photo's credit: a copyright
    mark or the rights wording, and what only a site's notice says: "all rights reserved" (or its
    translation), a span of years, a company as the holder, or the site's own name (``site``, a
    letters-only lower-case name from its address). "© 2024 Jane Doe" under a picture says none
    of that."""
    if _RIGHTS_RESERVED.search(text):
        return True
    if _COPYRIGHT_MARK.search(text) is None:
        return False
    return bool(_YEAR_RANGE.search(text) or _COMPANY.search(text)) or _names_site(text, site)


def _names_site(text: str, site: str | None) -> bool:
    """Whether ``text`` names the site ``site`` (see :func:`cleaner.documents.sites.site_name`),
    spaces and signs aside."""
    return site is not None and site in letters_and_digits(text)


FOOTER_SENTENCES = 3
"""Lines after the page's last rights notice that may still be the site's own sentences (a cookie
banner, a trademark or reuse notice, terms the reader accepts) rather than short footer lines."""
FOOTER_COLUMN_LINES = 3
"""Footer lines right over the notice (a column of links) that a notice with the site's sentences
after it needs: a photo's credit under its caption has a line or two over it, and the article's
paragraph about a website's cookies may follow it."""
FOOTER_SENTENCE_WORDS = 120
"""A cookie banner runs to a long paragraph; a line longer than this is no footer's."""
FOOTER_LONG_WORDS = 25
"""A footer's longer line that is no sentence (terms the reader accepts without a full stop, "Use
of this site constitutes acceptance of our Terms of Use", a street address with its postcode) has
a line's worth of words, not a paragraph's."""
_SITE_TALK = regex.compile(
    r"\b(?:this|our) (?:web)?site\b|\bwebsite\b|cookie|\btrademarks?\b|\bterms (?:of|and) (?:use|service)"
    r"|\bprivacy\b|\breproduc|\bredistribut|\bdiese (?:web)?seite\b|\bmarke\b|nutzungsbedingungen"
    r"|datenschutz|nachdruck|vervielfältig|\bce site\b|\bnotre site\b|marque déposée|confidentialité"
    r"|\beste (?:sitio|site)\b|\bnuestro sitio\b|\bnosso site\b|\bmarca registrada\b|privacidad|privacidade"
    r"|\bquesto sito\b|\bnostro sito\b|marchio registrato|riproduzione|\bdeze (?:web)?site\b|handelsmerk"
    r"|gebruiksvoorwaarden|本サイト|当サイト|クッキー|利用規約|商標|本网站|本站|隐私|商标|쿠키|이용약관|개인정보|상표",
    regex.IGNORECASE,
)
"""What a site's own sentences under its notice talk about, in the languages of the phrase
families: the site itself, its cookies, its trademarks, its terms and privacy, reproducing what
it prints. An article's paragraph after a photo's credit talks about its subject."""


def _site_sentence(block: Block) -> bool:
    """Whether a line that is no footer line may be one of the site's own lines under its notice:
    prose about the site (:data:`_SITE_TALK`; a row of links glued into one line that names the
    privacy policy is no sentence, and may stand between the article and a notice of its own), or
    a longer line that reads as no prose (:data:`FOOTER_LONG_WORDS`: terms without a full stop, a
    street address)."""
    if not block.is_prose:
        return block.words <= FOOTER_LONG_WORDS
    return block.words <= FOOTER_SENTENCE_WORDS and _SITE_TALK.search(block.text) is not None


def _closes_article(blocks: Sequence[Block], index: int, site: str | None) -> bool:
    """Whether a notice that reads like prose, right under a paragraph, may be the article's last
    paragraph: a wire story prints its agency's notice so ("© 2025 The Associated Press. All rights
    reserved. This material may not be published ..."). One naming the site is the site's own."""
    block = blocks[index]
    return block.is_prose and index > 0 and blocks[index - 1].is_prose and not _names_site(block.text, site)


def _footer_line(block: Block) -> bool:
    """A line of a footer: a short one (:data:`FOOTER_LINE_WORDS`), or a row of links the scraper
    glued into one line ("Privacy Policy Terms of Use Cookie Settings Sitemap"); no paragraph."""
    return not block.is_prose and (
        block.words <= FOOTER_LINE_WORDS or reads_as_glued_list(block.text, block.words)
    )


def footer_runs(blocks: Sequence[Block], site: str | None = None, after: int = 0) -> list[Trailer]:
    """The page's footer: a rights notice (:func:`footer_notice`) that closes the page, with at
    most :data:`FOOTER_AFTER_LINES` lines of a footer after it (:func:`_footer_line`) and nothing
    else but up to :data:`FOOTER_SENTENCES` of the site's own sentences (:func:`_site_sentence`: a
    cookie banner, a trademark notice) where a column of :data:`FOOTER_COLUMN_LINES` footer lines
    or more stands right over the notice, and the run of such lines right before it (a column of
    links, social networks, app stores) as its head. What tells the notice from a credit under a
    photo is its place as much as its wording: a credit has the article's paragraphs after it. The
    head may be the last items of a list the article ends with (an awards list, "2018" last): as a
    story card's head, the article's list runs on over it
    (:meth:`cleaner.engine.body.Body.article_with_tail`). Lines before ``after`` (another
    run's) are none of it."""
    notices: list[int] = []
    sentences = 0
    index = len(blocks) - 1
    while index >= after:
        block = blocks[index]
        if (
            block.words <= FOOTER_NOTICE_WORDS
            and footer_notice(block.text, site)
            and not _closes_article(blocks, index, site)
        ):
            notices.append(index)
        elif _footer_line(block):
            pass
        elif not notices and sentences < FOOTER_SENTENCES and _site_sentence(block):
            sentences += 1
        else:
            break
        index -= 1
    if not notices or len(blocks) - 1 - notices[0] > FOOTER_AFTER_LINES:
        return []
    start, first = index + 1, notices[-1]
    if sentences and first - start < FOOTER_COLUMN_LINES:
        return []  # no column over it: a credit under a caption or a paragraph, the article's paragraph after it
    return [Trailer("footer", range(start, len(blocks)), len(notices), "closing the page", head=range(start, first))]
