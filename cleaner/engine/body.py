"""Where the article is on a page: one :class:`Body` per cleaning pass, read by every rule and the guard.

The guard uses it to protect the article from listing rules, rules use it to tell chrome around
the article from lists and repeats inside it, and the same-story index takes its prose as the
story a document tells.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cached_property

import regex

from cleaner.documents.visible import LineFacts
from cleaner.engine.blocks import Block, broken_sentence, is_glued_list, looks_like_prose, normalize
from cleaner.engine.headline import HEAD_LINES, Headline, HeadlineKeys, Search, reads_as_headline, search_headline
from cleaner.engine.html_places import (
    article_container,
    cited_addresses,
    in_article_place,
    kept_span,
    outside_article,
)
from cleaner.engine.sentence_ends import (
    CLOSERS,
    SENTENCE_MIN_WORDS,
    SENTENCE_OR_LABEL_END,
    STATEMENT_END,
    ends_full_stop,
    ends_sentence_after_letter,
    holds_sentence_end,
)
from cleaner.engine.trailers import (
    RUN_UNITS,
    BioSubjects,
    Trailer,
    bio_runs,
    card_row,
    card_runs,
    dated_runs,
    footer_runs,
    is_stamp,
    sentence_case,
    signed_runs,
)

TEASER_LOOKAHEAD = 3
"""A teaser stands just before the block it abbreviates; look this many blocks ahead."""
TEASER_MIN_CHARS = 12
"""Shorter prefixes ("The", a one-word heading) say nothing about truncation."""
INTERRUPTION_LINES = 12
"""Lines an interruption of the article (an ad slot, a caption, a list of its own) may run to
before the article's paragraphs go on; the heaviest stretch of prose alone splits there."""
BETWEEN_LINES = 2
"""Lines between two paragraphs printed once that shape alone does not take: a heading and the list
the scraper glued under it (:attr:`Body.between_paragraphs`)."""
TAIL_MIN_LINES = 2
"""A list the article ends with has at least a heading and an item; one stray line after the last
paragraph ("0", a lone date) is not a list."""
TAIL_LINES = 40
"""Lines after the article's last paragraph that may still be its own (a list it ends with, a
heading and its items) when nothing names them as chrome; the article's tail goes no further."""
OPENING_PARAGRAPHS = 2
"""Paragraphs a page opens with in a row (over interruptions) that make the start of its article:
one may be the page's title or a promotion (where the core is a row of units, one does:
:attr:`Body.core_is_row`)."""
ROW_UNITS = 3
"""Paragraphs each alone under a head that make the core a row of units (:attr:`Body.core_is_row`):
two may be a paragraph and a quote."""
UNIT_HEAD_LINES = 2
"""Lines that head a unit of such a row: a name and a date over a comment, a headline over a teaser."""


MENU_ITEM_WORDS = 5
"""A menu's item is a few words ("Online Courses & Professional Development")."""
MENU_LINK_WORDS = 9
"""A menu's link to a guide or a story may run longer ("How to Get Into Business School")."""
DESCRIPTION_WORDS = 16
"""A mega-menu's description of its item is one short sentence ("Find and register the perfect
name."): longer, it is as likely the article's dek or a paragraph."""
DESCRIBED_ITEMS = 3
"""Items with a description in a row that make a mega-menu: one or two is a headline and its dek."""
_LEDE_END = (".", "。")
"""How a one-sentence lede ends: a statement, not an exclamation or a question."""

_LETTER = regex.compile(r"\p{L}")
_DESCRIBED_MENU = regex.compile(f"(?:[il]{{1,2}}d){{{DESCRIBED_ITEMS},}}")
"""A mega-menu in a page written as one character a line ("i" an item, "l" a longer link, "d" a
one-sentence description, "0" anything else): one or two item lines, then their description,
again and again."""


@dataclass(frozen=True, slots=True)
class Article:
    """Where the article is: from ``start`` to ``stop`` (block indexes, ``stop`` exclusive), and
    the ``interruptions`` inside: runs of lines that are not its paragraphs (an ad slot, a photo
    caption, an embedded "Read more" card, or a subheading, list or table of its own) after which
    its paragraphs go on."""

    start: int
    stop: int
    interruptions: tuple[range, ...] = ()

    def __contains__(self, index: object) -> bool:
        return isinstance(index, int) and self.start <= index < self.stop

    def __bool__(self) -> bool:
        return self.stop > self.start


def _menu_shape(block: Block) -> str:
    """A line's part in a mega-menu (:data:`_DESCRIBED_MENU`): "i" an item, "l" a longer link, "d"
    a one-sentence description, "0" none. Each opens as a name or a sentence does (not in lower
    case); a description ends its sentence once ("Get in touch!"), not with an ellipsis ("Loading
    paragraph...") or a question (a guide's heading)."""
    text = block.text.strip()
    if text[:1].islower():
        return "0"
    if text.endswith(STATEMENT_END):
        described = 3 <= block.words <= DESCRIPTION_WORDS and not text.endswith(("..", "…"))
        return "d" if described else "0"
    if text.endswith(SENTENCE_OR_LABEL_END):
        return "0"
    return "i" if block.words <= MENU_ITEM_WORDS else "l" if block.words <= MENU_LINK_WORDS else "0"


def _states(text: str) -> bool:
    """Whether a line ends as a statement or an exclamation does, an ellipsis too ("No comments
    yet..."), not as a question or a label."""
    return text.rstrip(CLOSERS).endswith((*STATEMENT_END, "…"))


def _closing_sentence(block: Block, *, further_on: bool) -> bool:
    """Whether a short line that is no prose goes on with the article as a sentence of its own: of
    :data:`SENTENCE_MIN_WORDS` words or more, ending after a letter ("He declined to comment.");
    ``further_on`` (ahead of the article past unmarked lines), only a statement ending in a full
    stop, not a teaser's headline that asks ("Is Your Attic Insulation Wasting Money?") nor a
    form's message or a call ("Your submission has been received!")."""
    if block.words < SENTENCE_MIN_WORDS or not ends_sentence_after_letter(block.text):
        return False
    return not further_on or ends_full_stop(block.text)


def letterless(block: Block) -> bool:
    """Whether the line holds no letter: a number, a rank, a price, a control's symbols."""
    return not _LETTER.search(block.text)


def figure(block: Block) -> bool:
    """Whether the line is a figure: digits and no letter (a number, a rank, a year, a price, a
    date), as a table's cell or a dated list's year is."""
    return letterless(block) and any(character.isdigit() for character in block.text)


class Body:
    """The article on one view of a page: its core, the prose it prints more than once, the
    truncated teasers of its blocks, and its span.

    Each part is worked out on first use and then kept, so a page computes it once however many
    rules ask, and a caller that needs only the core (the same-story index) pays only for that.
    A cleaning pass makes a new page, and with it a new body, from the blocks still kept.
    """

    def __init__(
        self,
        blocks: Sequence[Block],
        keys: Sequence[str] | None = None,
        facts: Sequence[LineFacts] | None = None,
        chrome_before: Sequence[int] | None = None,
        chrome_prose: Collection[str] = frozenset(),
        removed_before: Sequence[int] | None = None,
        site: str | None = None,
        headline: Headline | Search | None = Search.ON_VIEW,
        headline_keys: HeadlineKeys | None = None,
        cited: frozenset[int] | None = None,
        bio_subjects: BioSubjects | None = None,
        boxes_before: Sequence[int] | None = None,
    ) -> None:
        self.blocks = blocks
        self._headline = headline
        """The document's headline on this view as an earlier pass decided it (None: none), or
        :attr:`Search.ON_VIEW`."""
        self.headline_keys = HeadlineKeys() if headline_keys is None else headline_keys
        """The document's lines as the headline search compares them, kept across its passes."""
        self.bio_subjects = BioSubjects() if bio_subjects is None else bio_subjects
        """The document's lines by the person each opens on as an author's bio does, kept across its passes."""
        self._cited = cited
        """HTML only: the addresses the article cites on this view, as the page decided them (see
        :attr:`cited`); None: found on this view."""
        self._keys = keys
        self.site = site
        """The site's name as its address spells it, letters only, lower case ("example" for
        www.example.co.uk): a rights notice naming it is the site's own (None: no address)."""
        self.facts = facts
        """For an HTML page, each block's DOM facts and the extractor's verdict (None for text)."""
        self.chrome_before = chrome_before
        """For an HTML page whose chrome lines (:func:`outside_article`) were removed before the
        rules ran, their weight just before each block (0 where none stood): the article still
        ends where the page put chrome, as if those lines were in view (None: nothing removed)."""
        self.chrome_prose = chrome_prose
        """The keys of the prose lines among those chrome lines: prose in view that the page also
        prints there is printed more than once (:attr:`echoed`), as when they were in view."""
        self.removed_before = removed_before
        """How many lines removed before this view (by an earlier pass, or as chrome up front) stood
        just before each block (0 where none did; None: nothing removed): two lines next to each
        other in view need not have been next to each other on the page."""
        self.boxes_before = boxes_before
        """Of those, how many an earlier pass removed as a box's lines (a "Related" heading, a
        card's date, a comment form's field: :func:`cleaner.engine.guard.heads_box`) just before
        each block (None: none), past the article's end as that pass's guard followed it: the
        article ended there while the line was in view, so the lines right under that place are no
        list it closes with, and a paragraph past it is no paragraph of the article going on."""

    @cached_property
    def keys(self) -> Sequence[str]:
        """Each block's comparison key (:func:`cleaner.engine.blocks.normalize`), given or computed."""
        return self._keys if self._keys is not None else [normalize(block.text) for block in self.blocks]

    @cached_property
    def key_counts(self) -> Counter[str]:
        """How often each comparison key occurs on the page: what it prints more than once."""
        return Counter(self.keys)

    @cached_property
    def core(self) -> range:
        """The heaviest stretch of prose in the page as it stands, before any rule has spoken
        (see :func:`heaviest_stretch`), where the lines of the runs that trail the article
        (:attr:`trailers`: a comment thread, story cards) weigh as chrome, prose too: a thread of
        long comments is no part of the article however much prose it holds. Rules never take a
        listing's or a menu's lines inside it on shape alone; before it, a listing ends where it
        starts. Where the headline is printed inside that stretch (:attr:`Headline.inside`: a
        mega-menu's teasers outweigh a short article), it starts at the headline's first paragraph:
        what stands over the headline is the masthead's."""
        core, headline = self.heaviest, self.headline
        if headline is None or not headline.inside:
            return core
        start = next(index for index in range(headline.index + 1, core.stop) if self.blocks[index].is_prose)
        return range(start, core.stop)

    @cached_property
    def heaviest(self) -> range:
        """The heaviest stretch of prose with the trailing runs weighed as chrome (see :attr:`core`)."""
        dated, _, core = self._dated
        return core if len(self.trailers) == len(dated) else heaviest_stretch(self.blocks, outside=self.trailing)

    @cached_property
    def _dated(self) -> tuple[list[Trailer], frozenset[int], range]:
        """The runs of dated units (:func:`cleaner.engine.trailers.dated_runs`: comment threads,
        dated story cards) and of signed comments (:func:`cleaner.engine.trailers.signed_runs`)
        outside them, their lines, and the heaviest stretch of prose with those lines weighed as
        chrome: where story cards are looked for."""
        dated = dated_runs(self.blocks, self.keys, self.key_counts)
        taken = frozenset(index for run in dated for index in run.lines)
        signed = [run for run in signed_runs(self.blocks, self.keys, self.key_counts) if taken.isdisjoint(run.lines)]
        dated = sorted([*dated, *signed], key=lambda run: run.lines.start)
        lines = frozenset(index for run in dated for index in run.lines)
        return dated, lines, heaviest_stretch(self.blocks, outside=lines)

    @cached_property
    def trailers(self) -> tuple[Trailer, ...]:
        """The runs the article ends before, in order: dated units (:attr:`_dated`), story cards
        after the core those leave (:func:`cleaner.engine.trailers.card_runs`), an author's bio
        under the author's name (:func:`cleaner.engine.trailers.bio_runs`), and the page's footer
        after them all (:func:`cleaner.engine.trailers.footer_runs`)."""
        dated, lines, core = self._dated
        cards = [run for run in card_runs(self.blocks, self.keys, core) if lines.isdisjoint(run.lines)]
        taken = lines.union(index for run in cards for index in run.lines)
        bios = bio_runs(
            self.blocks, self._printed_once, taken, self._heaviest_without, self.bio_subjects, self.removed_before
        )
        runs = sorted([*dated, *cards, *bios], key=lambda run: run.lines.start)
        return tuple([*runs, *footer_runs(self.blocks, self.site, max((run.lines.stop for run in runs), default=0))])

    def _printed_once(self, index: int) -> bool:
        """Whether line ``index`` is printed once on the page."""
        return self.key_counts[self.keys[index]] == 1

    def _heaviest_without(self, chrome: frozenset[int]) -> range:
        """The heaviest stretch of prose with the ``chrome`` lines weighed as chrome."""
        return heaviest_stretch(self.blocks, outside=chrome)

    @cached_property
    def threads(self) -> frozenset[int]:
        """The lines of the signed comment threads among the :attr:`trailers`
        (:func:`cleaner.engine.trailers.signed_runs`): the article does not go on past one
        (:meth:`_resumes`), not even at a short sentence ("Comments are closed.")."""
        return frozenset(index for run in self.trailers if run.kind == "signed" for index in run.lines)

    @cached_property
    def trailing(self) -> frozenset[int]:
        """The lines of the :attr:`trailers`."""
        return frozenset(index for run in self.trailers for index in run.lines)

    @cached_property
    def described_menus(self) -> tuple[range, ...]:
        """The mega-menus before the article: :data:`DESCRIBED_ITEMS` or more items in a row, each
        one or two short lines without a sentence end (a product, a section, a guide's title)
        followed by a one-sentence description ("Cloud Hosting" / "Fast, secure hosting for
        growing teams."), ending :data:`HEAD_LINES` lines before the core at the latest: a run
        that goes on into the lines over the core may be the list the article opens with (key
        terms and what they mean), and goes whole. The descriptions read as sentences, so the
        article must not be taken to start among them; a headline and its dek are one such pair,
        a table of contents has no descriptions. By shape alone, in any language that ends its
        sentences with a full stop. A description right over a paragraph printed once is no
        menu's: it is the article's one-sentence lede under its headline (the run's last "item"),
        and the run ends before that headline."""
        last = self.core.start - HEAD_LINES
        if last < 2 * DESCRIBED_ITEMS:
            return ()
        shapes = "".join(_menu_shape(block) for block in self.blocks[: self.core.start])
        runs = []
        for found in _DESCRIBED_MENU.finditer(shapes):
            if self.opens_paragraph(found.end(), right_under=False):  # the last pair heads the article
                found = _DESCRIBED_MENU.match(shapes, found.start(), found.end() - 1)
            if found is not None and found.end() <= last:
                runs.append(range(*found.span()))
        return tuple(runs)

    @cached_property
    def card_heads(self) -> frozenset[int]:
        """The first card's head in each run of story cards found by their shape
        (:attr:`cleaner.engine.trailers.Trailer.head`): a headline picked among the lines over a
        teaser, and the labels, dates or bylines under it. They may as well be the last items of a
        list the article ends with ("2012" / "Special Jury Prize, Animation Days" over an author's
        box, whose heading, name and role over a bio read as a card's head): the article's list runs
        on over them (:meth:`article_with_tail`) to the first line a rule names or the first teaser.
        So does the column of short lines over the page's footer notice (a run of kind ``"footer"``)."""
        return frozenset(index for run in self.trailers for index in run.head)

    def false_cards(self, chrome: Collection[int]) -> frozenset[int]:
        """The lines of story cards found by their shape that are none once rules have named lines
        as what they are (``chrome``: a photo caption or credit, title case as headlines are, a
        breadcrumb, a cross-reference, "Main article: …"; a listing's entry may be a card's
        headline): a unit whose headline is such a line is that line set between the article's
        paragraphs, over its next paragraph or section, not a card. Where the run's first unit is
        one, its lines (the run's other cards may follow); where fewer than
        :data:`~cleaner.engine.trailers.RUN_UNITS` of the run's units are cards, the run's lines:
        it is no run. The article's model (:meth:`article_with_tail`) reads it with the lines
        that interrupt the article (a caption, a credit), the guard with every line so named."""
        lines: set[int] = set()
        for run in self.trailers:
            if run.kind != "cards" or not run.headlines:
                continue
            if sum(headline not in chrome for headline in run.headlines) < RUN_UNITS:
                lines.update(run.lines)
            elif run.headlines[0] in chrome:
                lines.update(range(run.lines.start, run.head.stop + 1))
        return frozenset(lines)

    def teasers_under_boxes(self, named: Collection[int]) -> frozenset[int]:
        """The teaser of each run's first story card found by its shape whose head stands right under
        a line rules name (``named``: a "Related Articles" box's heading): a box of one headline
        set into the article prints the article's next paragraph where its card's teaser would
        stand, and that paragraph is the article's as likely as the listing's."""
        return frozenset(
            run.head.stop  # the first card's teaser, right under its head
            for run in self.trailers
            if run.kind == "cards" and run.head and run.head.start - 1 in named and self.blocks[run.head.stop].is_prose
        )

    @cached_property
    def core_is_card_row(self) -> bool:
        """Whether the :attr:`core` is a row of headlines over one paragraph each
        (:func:`cleaner.engine.trailers.card_row`): sections or story cards, after which a short
        article may stand before it (:meth:`article_from_before`)."""
        return card_row(self.blocks, self.keys, self.core)

    @cached_property
    def core_is_row(self) -> bool:
        """Whether the :attr:`core`'s prose is a row of :data:`ROW_UNITS` paragraphs or more, each
        alone between lines that are not prose: units of a short line or two over one paragraph
        (story cards, comments or quotes each under a name, sections of one paragraph), whatever
        their heads look like. Such a row may outweigh a one-paragraph article above it, which
        then opens the page on its own (:meth:`_opening`)."""
        blocks, core = self.blocks, self.core
        prose = [index for index in core if blocks[index].is_prose]
        return len(prose) >= ROW_UNITS and all(later - earlier > 1 for earlier, later in itertools.pairwise(prose))

    @cached_property
    def core_is_body(self) -> bool:
        """Whether the core holds two prose blocks or more: a body, rather than one paragraph
        that may be a card. Worked out once, however many headings ask."""
        return sum(self.blocks[index].is_prose for index in self.core) >= 2

    @cached_property
    def echoed(self) -> frozenset[int]:
        """Prose blocks whose key the page's prose prints more than once (a syndicated card), in
        view or in the chrome removed before the rules ran (:attr:`chrome_prose`)."""
        counts = Counter(key for block, key in zip(self.blocks, self.keys, strict=True) if block.is_prose)
        return frozenset(
            block.index
            for block, key in zip(self.blocks, self.keys, strict=True)
            if block.is_prose and (counts[key] > 1 or key in self.chrome_prose)
        )

    @cached_property
    def teasers(self) -> dict[int, int]:
        """Block index -> the following block it is a truncated copy of (see :func:`truncated_copies`)."""
        return truncated_copies(self.keys)

    @cached_property
    def printed_once(self) -> list[int]:
        """The prose blocks printed once (teasers aside), in order: the article's own text."""
        counts = self.key_counts
        return [
            i
            for i, block in enumerate(self.blocks)
            if block.is_prose and counts[self.keys[i]] == 1 and i not in self.teasers
        ]

    @cached_property
    def between_paragraphs(self) -> frozenset[int]:
        """The lines of a list glued into one line (:func:`is_glued_list`: a table's header row, an
        infobox, a cast list) and of the heading over it, standing right between two paragraphs
        printed once (:attr:`printed_once`) with no other line around them: a list set between
        the article's paragraphs. Wherever the article's model ends (past a box a rule names, a
        paragraph may be a teaser), two paragraphs printed once around such a list are a body's,
        and the list's shape alone says nothing of what it is (a menu glued into one line stands
        among the page's other menus, not between two of its paragraphs)."""
        blocks = self.blocks
        return frozenset(
            index
            for earlier, later in itertools.pairwise(self.printed_once)
            if 1 < later - earlier <= BETWEEN_LINES + 1
            and is_glued_list(blocks[later - 1])
            and not any(blocks[index].is_prose for index in range(earlier + 1, later))
            for index in range(earlier + 1, later)
        )

    @cached_property
    def span(self) -> range:
        """From the first to the last prose block printed once (teasers aside): the article's own
        text. Empty when every prose block is printed again: then nothing tells the article from
        its copies."""
        unique = self.printed_once
        return range(unique[0], unique[-1] + 1) if unique else range(0)

    @cached_property
    def after_paragraphs(self) -> int:
        """The first line past both the article (:attr:`article`) and the page's last paragraph
        printed once (:attr:`span`): where nothing the page writes as its own text follows."""
        return max(self.article.stop, self.span.stop)

    @cached_property
    def article(self) -> Article:
        """The article as the page's lines show it: the core, widened over the halves of a sentence
        broken across its edges, and over interruptions of at most :data:`INTERRUPTION_LINES`
        lines after which a paragraph printed once (or a short sentence) goes on; with the runs of
        other lines between its paragraphs. The lines of a dated run (:attr:`trailing`) count as
        named chrome: the article goes on past a comment thread only where a rule would let it go
        on past a named box."""
        return self._widened(self.core, self.trailing)

    def _widened(self, core: range, trailing: Collection[int]) -> Article:
        """The article from a ``core``, as :attr:`article` widens it, with the ``trailing`` lines
        counted as named chrome."""
        blocks = self.blocks
        if not core:
            return Article(0, 0)
        start, stop = core.start, core.stop
        while True:
            start = self._sentence_start(start)
            floor = self._menu_floor(start)
            resumed = self._resumes(range(start - 1, max(floor - 1, start - 2 - INTERRUPTION_LINES), -1), trailing)
            if resumed is None:
                break
            start = resumed
        stop = self._forward(stop, trailing)
        return Article(start, stop, _interruptions(blocks, start, stop))

    def _sentence_start(self, line: int) -> int:
        """Where the sentence line ``line`` opens starts: back over the first halves of a sentence
        broken across lines, whose shape (a few words, no sentence end) is a headline's."""
        blocks = self.blocks
        while line > 0 and broken_sentence(blocks[line - 1], blocks[line]):
            line -= 1
        return line

    def _forward(
        self,
        stop: int,
        named: Collection[int] = frozenset(),
        number: int | None = None,
        interrupting: Collection[int] = frozenset(),
        runs: Collection[int] = frozenset(),
    ) -> int:
        """Where the article's paragraphs end, going on from line ``stop``: over the second half of
        a sentence broken across lines, and over interruptions (:meth:`_ahead`) after which the
        article goes on (:meth:`_resumes`, with the ``runs`` it reads). Where it goes on at its
        next numbered item, the item after that is the next to go on at ("3. Bake" after "2. Mix"
        after "1. Preheat")."""
        blocks = self.blocks
        while True:
            while stop < len(blocks) and broken_sentence(blocks[stop - 1], blocks[stop]):
                stop += 1
            resumed = self._resumes(self._ahead(stop, named), named, number, interrupting, runs, ahead=True)
            if resumed is None:
                return stop
            text = blocks[resumed].text
            if (item := _ITEM_NUMBER.match(text)) and (number is not None or _FIRST_ITEM.match(text)):
                number = int(item.group(1))
            stop = resumed + 1

    def _ahead(self, stop: int, named: Collection[int]) -> list[int]:
        """The lines from ``stop`` on where the article may go on after an interruption: at most
        :data:`INTERRUPTION_LINES` + 1 unmarked lines, and any ``named`` lines among them: a
        "Related" box a rule names is one interruption however many headlines it lists."""
        lines: list[int] = []
        index, unnamed = stop, 0
        while index < len(self.blocks) and unnamed <= INTERRUPTION_LINES:
            lines.append(index)
            unnamed += index not in named
            index += 1
        return lines

    @cached_property
    def headline(self) -> Headline | None:
        """The document's headline on this view: the one given (:func:`carried_headline`: a
        document's headline is found once, on the view its first cleaning pass sees, and an earlier
        pass removing lines never makes another line the page's title), else the one found here
        (:func:`cleaner.engine.headline.search_headline`)."""
        return search_headline(self) if self._headline is Search.ON_VIEW else self._headline

    @cached_property
    def under_title(self) -> range:
        """The paragraph the page may open its article on right under its title (a first line that
        is no prose, or prose only as a headline that asks:
        :func:`cleaner.engine.headline.reads_as_headline`), past at most :data:`HEAD_LINES` menu
        words (short lines that end no sentence, or lines an earlier pass removed there): one
        printed once that reads as sentences
        (:meth:`opens_paragraph`), with a short sentence printed once right over it (a one-sentence
        lede). Empty where none stands there. One such paragraph may as well be a promotion over the
        masthead's menus (:meth:`_opening_paragraphs` asks for more)."""
        blocks = self.blocks
        if len(blocks) < 2 or not reads_as_headline(blocks[0]):
            return range(0)
        line = 1
        while line <= HEAD_LINES and line < len(blocks) and self._menu_word(line):
            line += 1
        removed = self.removed_before or [0] * len(blocks)
        if line - 1 + sum(removed[1 : line + 1]) > HEAD_LINES:  # an earlier pass took a longer masthead
            return range(0)
        start = line
        if line + 1 < len(blocks) and self._short_sentence(line):
            line += 1
        if line >= len(blocks) or not self.opens_paragraph(line, right_under=line > start):
            return range(0)
        return range(start, self._paragraph_end(line))

    def _paragraph_end(self, line: int) -> int:
        """The line after the paragraph opening at ``line``: past the second half of a sentence broken there."""
        blocks = self.blocks
        return line + 2 if line + 1 < len(blocks) and broken_sentence(blocks[line], blocks[line + 1]) else line + 1

    def opened_before(self, copy: int) -> bool:
        """Whether the page opens its article under its title before line ``copy`` (which prints
        the headline again): :data:`OPENING_PARAGRAPHS` paragraphs in a row there
        (:meth:`_opening_paragraphs`), with no headline over them."""
        return self._opening_paragraphs(copy) >= OPENING_PARAGRAPHS

    def _opening_paragraphs(self, copy: int) -> int:
        """How many paragraphs in a row the page opens its article on under its title (from
        :attr:`under_title`, each right under the one before, a short sentence closing it among
        them: "He declined to comment.", "Will the council listen?") before line ``copy``, which prints the
        headline again. At :data:`OPENING_PARAGRAPHS` the article has begun there, with no headline
        over it: the line printing it further down is a card repeating the page's title, and the
        lines over it are the article's, not a masthead."""
        opening = self.under_title
        if not opening or opening.stop > copy:
            return 0
        count = 2 if self._short_sentence(opening.start) else 1
        line = opening.stop
        while line < copy and (self.opens_paragraph(line) or self._closing_line(line)):
            count += 1
            line = self._paragraph_end(line)
        return count

    def _closing_line(self, index: int) -> bool:
        """Whether line ``index``, right under a paragraph, closes it as the article's own short
        sentence: a statement (:meth:`_short_sentence`), or a question or exclamation printed once
        and written as a sentence (:func:`sentence_case`: "Will the council listen?", where a
        teaser asks "Is Your Attic Insulation Wasting Money?") under a paragraph that states, ending
        in a full stop: under a promotion's call ("Up to 30% off … Shop Now!") it is another call.
        What stands under it does not count: on a page opening under its title the article's last
        line is as often followed by a date, a feed notice or a box's card as a card's headline is."""
        if self._short_sentence(index):
            return True
        block = self.blocks[index]
        return (
            self.key_counts[self.keys[index]] == 1
            and _closing_sentence(block, further_on=False)
            and not ends_full_stop(block.text)
            and sentence_case(block.text)
            and ends_full_stop(self.blocks[index - 1].text)
        )

    def _menu_word(self, index: int) -> bool:
        """Whether line ``index`` is a menu's word or item: a short line, no prose, that ends no sentence."""
        block = self.blocks[index]
        return not block.is_prose and block.words <= MENU_ITEM_WORDS and not holds_sentence_end(block.text)

    def _short_sentence(self, index: int) -> bool:
        """Whether line ``index`` is one short sentence printed once, no prose, that states
        ("Nobody was hurt."), not calls out ("Take your next trip with us!")."""
        block = self.blocks[index]
        return (
            not block.is_prose
            and block.words >= 2
            and block.text.rstrip().endswith(_LEDE_END)
            and self.key_counts[self.keys[index]] == 1
        )

    def opens_paragraph(self, index: int, *, right_under: bool = True) -> bool:
        """Whether line ``index`` opens a paragraph printed once right under the line before it
        (nothing removed between them; anything, without ``right_under``): prose that reads as
        sentences (an image tag or a list glued into one long line does not), alone or as the
        first half of a sentence broken across lines."""
        blocks = self.blocks
        if index >= len(blocks) or self.key_counts[self.keys[index]] > 1:
            return False
        if right_under and self.removed_before is not None and self.removed_before[index]:
            return False
        first = blocks[index]
        if first.is_prose:
            return holds_sentence_end(first.text)
        following = index + 1
        if following >= len(blocks) or not broken_sentence(first, blocks[following]):
            return False
        second = blocks[following]
        text = f"{first.text} {second.text}"
        return looks_like_prose(text, first.words + second.words) and holds_sentence_end(text)

    def article_past(
        self,
        box: Collection[int],
        named: Collection[int] = frozenset(),
        interrupting: Collection[int] = frozenset(),
        runs: Collection[int] = frozenset(),
    ) -> Article:
        """The article when the lines of a ``box`` a heading names (a bio, comments) are not its
        own: found as :attr:`article` is, with those lines weighed as chrome besides the trailing
        runs, and followed to its real end as :meth:`article_with_tail` does with them and the
        ``named`` lines named (the ``interrupting`` ones and the ``runs`` read as it reads them)."""
        chrome = self.trailing.union(box)
        core = heaviest_stretch(self.blocks, outside=chrome)
        return self.article_with_tail(chrome.union(named), self._widened(core, chrome), interrupting, runs)

    def article_with_tail(
        self,
        named: Collection[int],
        article: Article | None = None,
        interrupting: Collection[int] = frozenset(),
        runs: Collection[int] = frozenset(),
    ) -> Article:
        """The article to its real end, once rules have named chrome lines (``named``: lines
        marked by evidence that says what they are). From :attr:`article` on, the article goes on
        over what a body that is not one run of prose holds: its paragraphs, and interruptions of
        at most :data:`INTERRUPTION_LINES` unmarked lines after which it goes on (a section's
        heading, a short list: :meth:`_resumes`; past a named box only at a short sentence or its
        next numbered item); a list or table of its own (at least
        :data:`TAIL_MIN_LINES` lines, one with a letter: "0" and "17" after the article are
        counters, "Awards" and "2018" a list) up to the first prose or named line, over
        :data:`TAIL_LINES` lines while its lines keep the shapes it has shown (:func:`keeps_rhythm`:
        a ranking, a shopping list under its headings); and on after such a list, at a paragraph
        printed once or after an interruption. A listicle, a guide of many sections and a checklist
        under headings are one article this way. It ends where that rhythm stops: at a named line
        (a "Related" heading, a share bar, an author box), or where neither a paragraph nor a list
        of its own goes on. From ``article`` instead, where given (see :meth:`article_past`). Among
        the ``named`` lines, the ``interrupting`` ones (a photo caption, a credit) interrupt the
        article as an unmarked line does: it goes on past them at a paragraph printed once; the
        ``runs`` go on with the box of the named line over them (:meth:`_one_box`)."""
        blocks, article = self.blocks, self.article if article is None else article
        if not article:
            return article
        if self.trailing:
            named = (self.trailing - self.card_heads - self.false_cards(interrupting)).union(named)
        stop, seen, number = article.stop, article.start, None

        def last_number(upto: int) -> int | None:  # of the items read so far (read once)
            nonlocal seen, number
            number, seen = self._last_number(range(seen, upto), number), max(seen, upto)
            return number

        while True:
            stop = self._forward(stop, named, last_number(stop), interrupting, runs)
            # Gone on at its next numbered item ("3 July, closing concert" after "2 eggs"), the
            # article is inside a list: the list goes on from that item.
            item = stop - 1 if stop and self._numbered_item(stop - 1) else stop
            end = self._list_end(item, named, interrupting)
            if end <= stop:
                break
            stop = end
            if self._goes_on(end, named):
                stop = end + 1  # a table or list longer than an interruption, and the article goes on after it
                continue
            # or after an interruption of the list
            resumed = self._forward(end, named, last_number(end), interrupting, runs)
            if resumed == end:
                break
            stop = resumed
        start = self._backward(article.start, named)
        if stop == article.stop and start == article.start:
            return article
        return Article(start, stop, _interruptions(blocks, start, stop))

    def article_from_before(
        self,
        article: Article,
        named: Collection[int],
        taken: Collection[int] = frozenset(),
        interrupting: Collection[int] = frozenset(),
        runs: Collection[int] = frozenset(),
    ) -> Article:
        """The ``article`` (:meth:`article_with_tail`, with the ``runs`` it reads) started back at
        the page's last paragraph printed once before it that no rule takes (``taken``: a feed
        notice, a boilerplate sentence) when the :attr:`core` is a row of headlines over one
        paragraph each (:attr:`core_is_card_row`) and the article followed from that paragraph alone reaches it:
        over a short sentence after a named heading, and a list of its own however long (an awards
        list, and unnamed lines after it). Such a row is the heaviest prose, sections or story
        cards, yet need not be where the article starts: a short article and its closing list may
        stand before it, further than an interruption's length. Lines ``named`` as chrome stop the
        article going back as they stop it going on (the ``interrupting`` ones aside, as there).
        Whatever the core, the article starts back at the paragraphs the page opens with
        (:meth:`_opening`) when, followed from there, it reaches the core: a short article and its
        closing list may stand before heavier story cards or a comment box that no rule has told
        apart yet."""
        if not article:
            return article
        if self.core_is_card_row:
            earlier = self._paragraph_before(article.start, taken)
        else:
            earlier = self._opening(named, taken, interrupting, runs)
        if earlier is None or earlier >= article.start:
            return article
        earlier = self._sentence_start(earlier)
        reach = self.article_with_tail(named, Article(earlier, earlier + 1), interrupting, runs).stop
        if reach <= article.start and not self._named_up_to_row(reach, article.start, named):
            return article
        return Article(earlier, article.stop, _interruptions(self.blocks, earlier, article.stop))

    def _named_up_to_row(self, stop: int, start: int, named: Collection[int]) -> bool:
        """Whether only lines rules name as chrome (an author's box, a headline run) stand from
        ``stop`` to the row of units the :attr:`core` is (:attr:`core_is_row`), starting at
        ``start``, but for its first unit's head (at most :data:`UNIT_HEAD_LINES` lines that are no
        prose): the short article above ends where that chrome begins, and the row under it is
        chrome too (story cards, a comment thread), not the article the chrome would have to be part of."""
        if not self.core_is_row:
            return False
        head = start
        while (
            head > stop
            and start - head < UNIT_HEAD_LINES
            and not self.blocks[head - 1].is_prose
            and head - 1 not in named
        ):
            head -= 1
        return all(index in named for index in range(stop, head))

    def _opening(
        self, named: Collection[int], taken: Collection[int], interrupting: Collection[int], runs: Collection[int]
    ) -> int | None:
        """The line the page opens its article on, or None: a paragraph printed once that no rule
        takes (``taken``) on its first line, or on the second under a first line that is no
        paragraph (the headline), that reads as sentences (:meth:`opens_paragraph`) and goes on
        at :data:`OPENING_PARAGRAPHS` paragraphs or more before anything else (past an
        interruption, as :meth:`_forward` follows the article). One prose line at the top may be
        the page's title or a promotion over its menus; paragraphs in a row are its writing. Where
        the core is a row of units (:attr:`core_is_row`: story cards, a thread whose dates a pass
        has taken, quotes each under a name), one paragraph does: a one-paragraph article and its
        closing list stand before such a row as often as a promotion over menus before an article."""
        blocks = self.blocks
        opening = 1 if blocks and not blocks[0].is_prose else 0
        removed = self.removed_before or [0] * len(blocks)
        if opening + sum(removed[: opening + 1]) > 1 or opening in taken:  # its line on the page is further down
            return None
        if not self.opens_paragraph(opening, right_under=False):
            return None
        stop = self._forward(opening + 1, named, None, interrupting, runs)
        paragraphs = sum(blocks[index].is_prose and index not in taken for index in range(opening, stop))
        return opening if paragraphs >= (1 if self.core_is_row else OPENING_PARAGRAPHS) else None

    def _paragraph_before(self, line: int, taken: Collection[int]) -> int | None:
        """The page's last paragraph printed once before ``line`` that is not ``taken``, or None."""
        once = self.printed_once
        position = bisect_left(once, line)
        return next((once[at] for at in range(position - 1, -1, -1) if once[at] not in taken), None)

    def _backward(self, start: int, named: Collection[int]) -> int:
        """Where the article starts once rules have named chrome: from line ``start`` back over
        interruptions of at most :data:`INTERRUPTION_LINES` unmarked lines, a box a rule names
        (a "Related" listing, an ad) counting as one, to a paragraph printed once before them: the
        article's own, which the box interrupts. A paragraph the page prints twice (a card, a feed
        notice) names its box as a rule's mark does (see :meth:`_resumes`), and lines an earlier
        pass removed (:attr:`removed_before`) count as such a box: once a pass has removed an
        author's box under the article's closing list, the article still goes back from the bio
        left, over that list, to its last paragraph. Past such a box the article goes on back as
        from its core (:meth:`_widened`), over unmarked interruptions too, to its earlier
        paragraphs: a subheading or a list between them is the article's, however far down its
        heaviest prose stands (past a listing whose cards print the page's title again)."""
        blocks = self.blocks
        removed = self.removed_before or [0] * len(blocks)
        jumped = False
        while True:
            index, unnamed, found = start - 1, 0, None
            floor = self._menu_floor(start)
            while index >= floor and unnamed <= INTERRUPTION_LINES:
                if index not in named:
                    if blocks[index].is_prose and index not in self.echoed and index not in self.teasers:
                        found = index
                        break
                    unnamed += 1
                index -= 1
            if found is None:
                return start
            between = range(found + 1, start)
            boxed = any(i in named or i in self.echoed or i in self.teasers for i in between)
            if not boxed and not jumped and not any(removed[i] for i in range(found + 1, start + 1)):
                return start
            start, jumped = self._sentence_start(found), True

    def _menu_floor(self, start: int) -> int:
        """The first line after the last mega-menu (:attr:`described_menus`) ending before line
        ``start`` (0 when none does): the article does not start back among its descriptions, nor
        above the headline it starts under (:attr:`Headline.over`), however many paragraphs printed
        once (a promo, a menu's descriptions) stand over that."""
        headline = self.headline
        floor = headline.index + 1 if headline is not None and headline.over and headline.index < start else 0
        return max(floor, max((menu.stop for menu in self.described_menus if menu.stop <= start), default=0))

    def _last_number(self, lines: range, before: int | None = None) -> int | None:
        """The number of the last item among ``lines`` that a number opens ("4. Foldable bench"),
        else ``before`` (the last one found earlier): the article's items go on at the next one."""
        for index in reversed(lines):
            if found := _ITEM_NUMBER.match(self.blocks[index].text):
                return int(found.group(1))
        return before

    def _numbered_item(self, index: int) -> bool:
        """Whether line ``index`` is an item a number opens ("4. Foldable bench"), not a paragraph."""
        block = self.blocks[index]
        return not block.is_prose and _ITEM_NUMBER.match(block.text) is not None

    def numbering_goes_on(self, lines: range) -> bool:
        """Whether the article's numbered items ("4. Foldable bench") go on among ``lines`` with the
        number after the last one between the article's start and them: a listicle's item under a
        heading named like a box ("Comments"), not a box."""
        number = self._last_number(range(self.article.start, lines.start))
        return number is not None and any(
            (found := _ITEM_NUMBER.match(self.blocks[index].text)) and int(found.group(1)) == number + 1
            for index in lines
        )

    def closing_list(
        self,
        named: Collection[int],
        article: Article,
        taken: Collection[int] = frozenset(),
        interrupting: Collection[int] = frozenset(),
    ) -> range:
        """The list or table right after the page's last paragraph printed once that no rule
        takes (``taken``: a feed notice, a boilerplate sentence), up to the first ``named`` line
        (see :meth:`_list_end`), when that paragraph lies past the ``article``
        (:meth:`article_with_tail`, which follows a list after any paragraph it holds): the
        article's closing list when that paragraph is its last, even where a named box (a
        "Related" listing, a caption) stands between it and the rest of the article. So too when
        that paragraph lies before an ``article`` holding no paragraph printed once (an author's
        bio printed twice, left once a pass has removed the box around it): such prose is no
        article's own text, and the page's last paragraph of its own may close in a list longer
        than an interruption before it. Empty otherwise."""
        last = self._last_paragraph(taken)
        if last is None or (last < article.stop and self._holds_own_paragraph(article)):
            return range(0)
        return range(last + 1, self._list_end(last + 1, named, interrupting))

    def _holds_own_paragraph(self, article: Article) -> bool:
        """Whether the ``article`` holds a paragraph printed once (:attr:`printed_once`)."""
        once = self.printed_once
        position = bisect_left(once, article.start)
        return position < len(once) and once[position] < article.stop

    def list_before_box(
        self, article: Article, named: Collection[int], interrupting: Collection[int] = frozenset()
    ) -> range:
        """The list or table right after the ``article``'s end (see :meth:`_list_end`) when a
        ``named`` line ends it (a box's heading, not prose): the article's closing list before that
        box, which the article model may have left out where a run found by its rhythm (a comment
        thread) read the list's heading and date as its first unit's head. Empty otherwise."""
        stop = article.stop
        end = self._list_end(stop, named, interrupting)
        return range(stop, end) if stop < end < len(self.blocks) and end in named else range(0)

    def last_list(self, named: Collection[int], taken: Collection[int] = frozenset()) -> range:
        """The list or table right after the page's last paragraph printed once that no rule takes
        (``taken``), up to the first ``named`` line (see :meth:`_list_end`), wherever that paragraph
        stands: the article's closing list when that paragraph is its last. Empty when there is none."""
        last = self._last_paragraph(taken)
        return range(0) if last is None else range(last + 1, self._list_end(last + 1, named))

    def _last_paragraph(self, taken: Collection[int]) -> int | None:
        """The page's last paragraph printed once that is not ``taken``, or None."""
        return next((index for index in reversed(self.printed_once) if index not in taken), None)

    def _list_end(self, stop: int, named: Collection[int], interrupting: Collection[int] = frozenset()) -> int:
        """Where a list or table of the article's own that starts at line ``stop`` ends: at the
        first prose line or ``named`` line, or after :data:`TAIL_LINES` lines; ``stop`` itself when
        there is none (fewer than :data:`TAIL_MIN_LINES` lines, or none with a letter). A named
        line among the ``interrupting`` ones (a photo caption or credit between a listicle's items,
        or between the last paragraph and the checklist the article closes with) ends no list: the
        list goes on past it, and it counts as none of the list's lines. Ending the list there
        handed a closing checklist's sections after a credit to the shape rules (a footer under a
        caption stays instead: a line left in is the lesser harm)."""
        blocks = self.blocks

        def open_at(index: int) -> bool:
            return (index not in named or index in interrupting) and not blocks[index].is_prose

        if stop < len(blocks) and self._box_before(stop):
            return stop  # the article ended at the box there, when it was in view
        limit, end = min(len(blocks), stop + TAIL_LINES), stop
        while end < limit and open_at(end):
            end += 1
        if end == limit:  # a long list goes on while its lines keep the shapes it has shown
            shapes = {line_shape(blocks[index]) for index in range(stop, end) if index not in interrupting}
            while end < len(blocks) and open_at(end):
                if end not in interrupting and not keeps_rhythm(line_shape(blocks[end]), shapes):
                    break
                end += 1
        items = [index for index in range(stop, end) if index not in interrupting]
        if len(items) < TAIL_MIN_LINES or all(letterless(blocks[index]) for index in items):
            return stop
        return end

    def _box_before(self, index: int) -> bool:
        """Whether an earlier pass removed a box's line right before line ``index`` (:attr:`boxes_before`)."""
        return self.boxes_before is not None and self.boxes_before[index] > 0

    def _goes_on(self, index: int, named: Collection[int]) -> bool:
        """Whether the article goes on at line ``index`` after a list or table of its own: a
        paragraph printed once that no rule named."""
        return (
            index < len(self.blocks)
            and self.blocks[index].is_prose
            and index not in named
            and index not in self.echoed
            and index not in self.teasers
        )

    def _resumes(
        self,
        lines: Sequence[int],
        named: Collection[int] = frozenset(),
        number: int | None = None,
        interrupting: Collection[int] = frozenset(),
        runs: Collection[int] = frozenset(),
        *,
        ahead: bool = False,
    ) -> int | None:
        """The line at which the article goes on after an interruption of ``lines`` (walked away
        from the article): prose printed once, or a short sentence ("He declined to comment.").
        Unmarked chrome may sit in between: an ad slot is an interruption, and a paragraph printed
        once after it is the article's. After a line some rule ``named`` as chrome the article goes
        on only at a short sentence (its closing line after a "Related" box, and the list it
        introduces) or at its next numbered item (``number`` + 1: "5. Rowing machine" after "4.
        Foldable bench" and an ad), or where no item has been read yet at the first of a numbered
        list that goes on (:meth:`_opens_numbering`): a paragraph there, printed once or twice, may
        as well be a box's teaser, an author's bio or a comment, so the article neither goes on at
        it nor ends before the closing sentence past it. A card printed twice (or a teaser of the article)
        names its listing as a rule's mark does: once a pass has removed the listing's heading,
        the cards left still say the article may go on past them. Its next numbered item resumes
        it after any interruption, a caption as well as a box. A named line among the
        ``interrupting`` ones (a photo caption, an ad slot naming its advertiser, a cross-reference:
        its rule's role, :class:`cleaner.rule_api.Role`) heads no box: the article goes on past it
        as if it were not there. Going on ``ahead``, a short line that asks or calls ("Is Your Attic
        Insulation Wasting Money?", "Your submission has been received!") resumes it only right
        after its last line: further on, past a share bar or a "Related" heading, it is a teaser's
        headline or a form's message, and the article goes on only at a paragraph or a statement
        past it (a guide's question heading goes on with its paragraph, which resumes it there; a
        table of contents printed again after the article names the article's headings and goes).
        Right past lines that interrupt the article (a caption and its credit), however many, or
        past one box of other ``named`` lines (a heading the article's own subheading prints,
        "Comments", and the line under it saying the box is empty: :meth:`_one_box`), a question or
        exclamation the article asks (:meth:`_asks_as_article`) resumes it as a statement does,
        where a share bar or a box's buttons run to several lines."""
        after_named = interrupted = False
        walked: list[int] = []  # the lines walked past, but for those that interrupt the article
        threads = self.threads
        for position, index in enumerate(lines):
            block = self.blocks[index]
            if ahead and self._box_before(index):
                after_named = True  # a box an earlier pass removed stood here
            if index in threads and index in named:
                return None  # an article does not go on after its signed comment thread
            if index in named and index in interrupting:
                interrupted = True  # a caption, an ad slot: the article goes on past it as if it were not there
                continue
            if index in named or (block.is_prose and (index in self.echoed or index in self.teasers)):
                after_named = True  # a card printed twice names its listing as a rule's mark does
                walked.append(index)
                continue
            if block.is_prose:
                if after_named:  # a teaser, a bio or a comment inside or after a listing is not the article's
                    walked.append(index)
                    continue
                return index
            asked = self._one_box(walked, named, runs) and self._asks_as_article(index)
            if _closing_sentence(block, further_on=ahead and bool(walked or interrupted) and not asked):
                return index
            found = _ITEM_NUMBER.match(block.text) if number is not None else None
            if found and int(found.group(1)) == number + 1:
                return index
            if number is None and ahead and after_named and self._opens_numbering(lines, position):
                return index
            walked.append(index)
        return None

    def _one_box(self, walked: Sequence[int], named: Collection[int], runs: Collection[int]) -> bool:
        """Whether the lines ``walked`` past after the article's last line are at most one box a
        rule names: its heading ("Comments") or the first line of a run one rule's one finding
        names (a menu's items: the ``runs`` are the run's other lines), and under it the message
        that states what the box holds ("No comments yet...", "No comments yet. Be the first!": an
        empty box holds nothing more) or the one paragraph it holds under a heading no rule names
        ("Jane Doe" over her bio). A share bar's button over a row of networks, or a box's buttons
        under its heading, state nothing and are several findings: past them a question is as
        likely a teaser's headline or a box's prompt."""
        walked = [line for line in walked if line not in runs]
        if len(walked) <= 1:
            return all(line in named for line in walked)
        if len(walked) > 2:
            return False
        heading, message = walked
        blocks = self.blocks
        return (heading in named or not blocks[heading].is_prose) and message in named and _states(blocks[message].text)

    def _opens_numbering(self, lines: Sequence[int], position: int) -> bool:
        """Whether line ``lines[position]`` is the item numbered 1 of a list whose item numbered 2
        follows among the ``lines`` after it ("1. Squat rack" / its facts / "2. Dumbbells"): where no
        item has been read yet, the article's numbered list opens there past a line a rule named (an
        ad slot, a photo's copyright credit under its introduction), as its next item goes on past
        one further down."""
        if not _FIRST_ITEM.match(self.blocks[lines[position]].text):
            return False
        return any(
            (found := _ITEM_NUMBER.match(self.blocks[index].text)) and found.group(1) == "2"
            for index in lines[position + 1 :]
        )

    def _asks_as_article(self, index: int) -> bool:
        """Whether line ``index`` asks or exclaims as the article's own sentence, not as a card's
        headline: written as a sentence (:func:`sentence_case`: "Will the council listen?", where a
        teaser asks "Is Your Attic Insulation Wasting Money?"), with no teaser or date line under it
        (:func:`is_stamp`) as a card's head has."""
        blocks = self.blocks
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        card_head = below is not None and (below.is_prose or is_stamp(below))
        text = blocks[index].text
        return not ends_full_stop(text) and sentence_case(text) and not card_head

    @cached_property
    def outside(self) -> frozenset[int]:
        """HTML only: lines the extractor left out that the page also puts in chrome (see
        :func:`outside_article`); empty for text."""
        if self.facts is None:
            return frozenset()
        return outside_article(self.facts, self.blocks, self.container, self.cited)

    @cached_property
    def container(self) -> frozenset[str]:
        """HTML only: the landmarks and class words of the article's own container (see
        :func:`article_container`); empty for text."""
        return article_container(self.facts, self.blocks) if self.facts is not None else frozenset()

    @cached_property
    def in_place(self) -> frozenset[int]:
        """HTML only: prose the extractor left out in the place of the prose it keeps (see
        :func:`in_article_place`); empty for text."""
        return in_article_place(self.facts, self.blocks) if self.facts is not None else frozenset()

    @cached_property
    def cited(self) -> frozenset[int]:
        """HTML only: the web addresses the article lists as its sources (see
        :func:`cited_addresses`), given (found once on the whole page, as its chrome is settled)
        or found on this view; empty for text."""
        if self._cited is not None:
            return self._cited
        return cited_addresses(self.facts, self.blocks) if self.facts is not None else frozenset()

    @cached_property
    def kept_span(self) -> range:
        """HTML only: from the first to the last line the extractor keeps; empty for text."""
        return kept_span(self.facts) if self.facts is not None else range(0)

    def core_given(self, chrome: Collection[int]) -> range:
        """The core once rules have named the ``chrome`` among the non-prose lines: a listing of
        marked lines then separates the body from teasers after it, and echoed prose adds nothing,
        since a body is written once. On an HTML page, lines :attr:`outside` the article weigh as
        chrome, prose too, so a comment thread under an article does not join it. This is the body
        the guard protects from listing rules."""
        return heaviest_stretch(self.blocks, chrome, self.echoed, self.outside | self.trailing, self.chrome_before)

    def article_given(self, core: range) -> range:
        """Where the extractor's marks may not take what it left out: the ``core``, the span of
        what it keeps, and the prose running on from them that the page does not put in chrome
        (where an extractor stops early, the article's next paragraphs follow its last line)."""
        span = core if not self.kept_span else _union(core, self.kept_span)
        start, stop = span.start, span.stop
        prose, before = self.blocks, self.chrome_before or [0] * len(self.blocks)
        while start > 0 and prose[start - 1].is_prose and start - 1 not in self.outside and not before[start]:
            start -= 1
        while stop < len(prose) and prose[stop].is_prose and stop not in self.outside and not before[stop]:
            stop += 1
        return range(start, stop)


_NUMBER = regex.compile(r"\d+(?:[.,:/-]\d+)*")
_ITEM_NUMBER = regex.compile(r"\s*(\d{1,3})[.):]?\s+\S")
_FIRST_ITEM = regex.compile(r"\s*1[.)]\s+\S")
"""A list's first item ("1. Squat rack", "1) Preheat"), its number closed by a point or a parenthesis:
"1 Comment" or "1 min read" opens no list."""
"""A number opening a line, as a listicle's item or a step: "4. Foldable bench", "12) Dry the pan"."""
Shape = tuple[int, int, bool]
"""A line's shape (:func:`line_shape`)."""


def line_shape(block: Block) -> Shape:
    """A line's shape as a list's rhythm sees it, whatever its words and language: how many
    numbers it holds (none, one, more), its length in words on a doubling scale, and whether a
    number opens it (a rank, a step)."""
    numbers = min(len(_NUMBER.findall(block.text)), 2)
    return numbers, min(block.words.bit_length(), 5), block.text.lstrip()[:1].isdigit()


def keeps_rhythm(shape: Shape, shapes: Collection[Shape]) -> bool:
    """Whether a line of this :func:`line_shape` goes on with a list whose lines showed ``shapes``:
    as many numbers and opened alike as one of them, and about as long (one step of the doubling
    scale either way: "Dairy" among "Vegetables" and "Meat and eggs")."""
    numbers, length, ranked = shape
    return any((numbers, ranked) == (seen[0], seen[2]) and abs(length - seen[1]) <= 1 for seen in shapes)


def _union(first: range, second: range) -> range:
    """The smallest range covering both (either may be empty)."""
    if not first:
        return second
    return range(min(first.start, second.start), max(first.stop, second.stop))


def heaviest_stretch(
    blocks: Sequence[Block],
    chrome: Collection[int] = frozenset(),
    echoed: Collection[int] = frozenset(),
    outside: Collection[int] = frozenset(),
    chrome_before: Sequence[int] | None = None,
) -> range:
    """The heaviest stretch of prose: prose adds its words, other lines subtract.

    A short unmarked line (a subheading, a caption) costs little, so it does not split a body;
    a line some rule marked as ``chrome`` costs more, so a listing of them separates the body from
    teasers after it. Prose the page prints more than once (``echoed``) adds nothing; prose the
    page puts ``outside`` the article costs like chrome, and so does chrome removed before the
    block (``chrome_before``, each block's weight of it).
    """
    best, best_range = 0, range(0)
    running, start = 0, 0
    for block in blocks:
        if chrome_before is not None and chrome_before[block.index]:
            running -= chrome_before[block.index]
        if block.index in outside:
            weight = -(10 + block.words)
        elif block.is_prose:
            weight = 0 if block.index in echoed else block.words
        elif block.index in chrome:
            weight = -(10 + block.words)
        else:
            weight = -(3 + block.words // 2)
        if running <= 0:
            running, start = 0, block.index
        running += weight
        if running > best:
            best, best_range = running, range(start, block.index + 1)
    return best_range


def truncated_copies(keys: Sequence[str]) -> dict[int, int]:
    """Block index -> the following block it is a truncated copy of: cut with an ellipsis or inside a word.

    Inside a word means the teaser ends in a letter or digit and the full text goes on without a
    space ("— U" before "— U.S. Defense"). A teaser that ends its own sentence where a longer
    version goes on ("... laborum." then "... laborum. Sed ...") is a complete text, not a cut.
    """
    found: dict[int, int] = {}
    for indices in _shared_openings(keys).values():  # a teaser and its full text open alike
        for position, index in enumerate(indices):
            key = keys[index]
            teaser = key.rstrip(".…").rstrip()
            if len(teaser) < TEASER_MIN_CHARS:
                continue
            cut_marked = key.endswith(("…", "..."))
            for next_position in range(position + 1, len(indices)):
                later = indices[next_position]
                if later > index + TEASER_LOOKAHEAD:
                    break
                full = keys[later]
                if (
                    len(full) > len(teaser)
                    and full.startswith(teaser)
                    and (
                        cut_marked
                        or (teaser[-1].isalnum() and not full[len(teaser)].isspace() and not key.endswith("."))
                    )
                ):
                    found[index] = later
                    break
    return dict(sorted(found.items()))


def _shared_openings(keys: Sequence[str]) -> dict[str, list[int]]:
    """The lines of :data:`TEASER_MIN_CHARS` characters or more by their opening, for the openings
    two or more such lines share. They are counted at once (a key shorter than that is its own
    opening and never equals a longer one's), so most lines, whose opening no other line has, are
    passed over by a set lookup: this runs on every view of every pass."""
    openings = [key[:TEASER_MIN_CHARS] for key in keys]
    shared = {opening for opening, count in Counter(openings).items() if count > 1 and len(opening) == TEASER_MIN_CHARS}
    by_opening: dict[str, list[int]] = {}
    if shared:
        for index, opening in enumerate(openings):
            if opening in shared:
                by_opening.setdefault(opening, []).append(index)
    return by_opening


def _interruptions(blocks: Sequence[Block], start: int, stop: int) -> tuple[range, ...]:
    """Runs of lines that are not prose between two prose lines of ``blocks[start:stop]``."""
    runs: list[range] = []
    last_prose = None
    for index in range(start, stop):
        if blocks[index].is_prose:
            if last_prose is not None and index - last_prose > 1:
                runs.append(range(last_prose + 1, index))
            last_prose = index
    return tuple(runs)
