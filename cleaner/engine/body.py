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
from dataclasses import dataclass, replace
from enum import Enum
from functools import cached_property

import regex

from cleaner.documents.visible import HEADINGS, LineFacts
from cleaner.engine.blocks import Block, count_words, looks_like_prose, normalize
from cleaner.engine.sentence_ends import (
    SENTENCE_OR_LABEL_END,
    STATEMENT_END,
    ends_full_stop,
    ends_sentence_after_letter,
    holds_sentence_end,
    leaves_sentence_open,
)
from cleaner.engine.trailers import Trailer, card_row, card_runs, dated_runs, footer_runs, signed_runs

TEASER_LOOKAHEAD = 3
"""A teaser stands just before the block it abbreviates; look this many blocks ahead."""
TEASER_MIN_CHARS = 12
"""Shorter prefixes ("The", a one-word heading) say nothing about truncation."""
INTERRUPTION_LINES = 12
"""Lines an interruption of the article (an ad slot, a caption, a list of its own) may run to
before the article's paragraphs go on; the heaviest stretch of prose alone splits there."""
SENTENCE_MIN_WORDS = 3
"""A line of fewer words ending in a full stop ("Next.", "Read more.") is a control, not a sentence."""
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
HEAD_LINES = 4
"""Lines just before the article's core that belong to it whatever their shape: its headline, dek,
byline and date. A menu before the body ends before them."""

_MARKED_SEPARATOR = regex.compile(r"\s+[|\-–—•·»:]{1,2}\s+")
"""Where a page's title joins the headline to the site's or section's name: "Headline | Site"."""
_TITLE_SEPARATOR = regex.compile(rf"{_MARKED_SEPARATOR.pattern}|\s*[|｜]\s*|(?<=\w)(?::\s+|：\s*)")
"""The same in plain text, where the page's title is the text's first line: "Headline | Site",
"Site: Headline", "見出し｜サイト"; a bar joins names with or without spaces, a colon follows a word.
An HTML page's first line in view may be any heading ("Ultralight Backpacking: Don't Pack Your
Fears"), whose part after a colon a later subheading prints."""
_KICKER_COLON = regex.compile(r"[:：]\s*")
"""A separator that is a colon right after a word: "Site: Headline", "Kicker: Headline"."""
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")
_ELLIPSIS = ("...", "…")
TITLE_LIKENESS = 0.75
"""The share of words a line and the page's title share (of the longer one's words) from which the
line prints the title's headline in another form ("The Best Scooters of 2025" for "Best Scooters
of 2025 | Site"): an article, a word added or left out, a year changed."""
TITLE_MIN_WORDS = 2
"""A one-word "headline" ("News | Site") names a section, not an article."""
HEADLINE_WORDS = range(3, 26)
"""A headline has a few words and at most a long sentence's worth."""
HEADLINE_PART_WORDS = 4
"""A part of the page's title this long, or longer than the rest, is its headline rather than the
site's name ("Accounting Seed", printed again in the article as an item of its list)."""

_LETTER = regex.compile(r"\p{L}")
_CONTINUES = regex.compile(r"""^\s*["'“‘(]?\p{Ll}""")
"""A line opening in lower case goes on with the sentence of the line before it."""
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


@dataclass(frozen=True, slots=True)
class Headline:
    """The article's headline as the page's head shows it: the page's title on its first line
    (``"Headline | Site"``), and the lines (``copies``, in order) where the headline alone is
    printed again before the article starts. Everything between the title and the first copy is
    the page's masthead."""

    title: str
    copies: tuple[int, ...]
    inside: bool = False
    """Whether the headline is printed inside the page's heaviest stretch of prose (under a
    mega-menu's teasers), which then starts at it."""
    named: bool = False
    """Whether the title joins the headline to another name ("Headline | Site"): the page's own
    title tag, printed again as the headline over the article, which does not go back above it."""

    @property
    def over(self) -> bool:
        """Whether the article starts under this headline at the earliest: it is printed inside
        the heaviest prose, or the title names it apart from the site. A first line printed again
        alone may as well be repeated by a story card inside the article."""
        return self.inside or self.named

    @property
    def index(self) -> int:
        """The first line printing the headline alone."""
        return self.copies[0]


def headline_shaped(block: Block) -> bool:
    """Whether a line is shaped as a headline: no prose, :data:`HEADLINE_WORDS` words, and no
    sentence's or label's end."""
    return (
        not block.is_prose
        and block.words in HEADLINE_WORDS
        and not block.text.rstrip().endswith((".", ":", ",", ";"))
    )


def title_parts(title: str, *, plain: bool = False) -> list[str]:
    """A page title and what it may print the headline as: the text before and after each
    separator ("Headline | Site", "Section | Headline - Site"), of at least two words. In
    ``plain`` text (the title on the text's first line) also a bar without spaces and a colon right
    after a word (:data:`_TITLE_SEPARATOR`); such a colon ("Site: Headline", "Headline:
    Subtitle") has a headline before it only from :data:`HEADLINE_PART_WORDS` words: a shorter one
    is a site's name or a kicker ("Fact Check: ...", "Impeachment hearings: ..."), printed over the
    headline."""
    cuts = list((_TITLE_SEPARATOR if plain else _MARKED_SEPARATOR).finditer(title))
    befores = (
        title[: cut.start()]
        for cut in cuts
        if not _KICKER_COLON.fullmatch(cut.group()) or count_words(title[: cut.start()]) >= HEADLINE_PART_WORDS
    )
    parts = [title, *befores, *(title[cut.end() :] for cut in cuts)]
    return [part for part in parts if count_words(part) >= TITLE_MIN_WORDS]


def headline_key(text: str) -> str:
    """A line or a page title as headlines are compared: its comparison key
    (:func:`cleaner.engine.blocks.normalize`) with its punctuation folded into spaces, so that a
    headline printed in capitals or with another dash, colon or quote is the title's."""
    return " ".join(_NOT_WORD.sub(" ", normalize(text)).split())


def title_form(title: str) -> tuple[str, str | None]:
    """A page title or a part of it as :func:`title_likeness` compares lines with it: its
    :func:`headline_key`, and what a line opening with the title cut short opens with, where the
    title tag cut it with an ellipsis ("Council approves the new bud…", its last word then left
    out, as it may be cut too); None where the title is not cut."""
    key = headline_key(title)
    if title.rstrip().endswith(_ELLIPSIS):
        key = " ".join(key.split()[:-1])
        return key, key
    return key, None


def title_likeness(title: tuple[str, str | None], line: str) -> float:
    """How much ``line`` (a :func:`headline_key`) prints the headline ``title`` (a
    :func:`title_form`): 1.0 where it is the title, or opens with a title cut short, else the share
    of words the two share, of the longer one's."""
    key, opening = title
    if line == key or (opening is not None and line.startswith(opening)):
        return 1.0
    title_words, line_words = Counter(key.split()), Counter(line.split())
    shared = sum((title_words & line_words).values())
    return shared / max(title_words.total(), line_words.total(), 1)


def _joins_another_name(title: str) -> bool:
    """Whether a page title joins another name to its headline by a separator other than a colon
    ("Headline | Site", "Headline - Section"): a title tag's mark. A line without one (a colon
    joins a headline to its subtitle) may be any first line, the article's first once the title
    went to the metadata: compared in another form, it would find its headline in a sibling
    ("Homes for Sale in Lake Keowee" over "Homes for Sale in Lake Hartwell")."""
    return any(":" not in cut.group() and "：" not in cut.group() for cut in _TITLE_SEPARATOR.finditer(title))


def title_ends(title: str) -> list[tuple[str, str]]:
    """What a page title may name at either end, and the rest: ``(name, rest)`` for the text after
    its last separator and before its first ("Headline | Site", "Site - Headline"), where the rest
    has at least two words."""
    cuts = list(_TITLE_SEPARATOR.finditer(title))
    if not cuts:
        return []
    last, first = cuts[-1], cuts[0]
    ends = [(title[last.end() :], title[: last.start()]), (title[: first.start()], title[first.end() :])]
    return [(name.strip(), rest.strip()) for name, rest in ends if count_words(rest) >= TITLE_MIN_WORDS]


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


def broken_sentence(first: Block, second: Block) -> bool:
    """Whether ``second`` goes on with a sentence ``first`` left open: adjacent lines (no blank line
    between), the first ending mid-sentence, the second opening in lower case."""
    return not second.gap_before and leaves_sentence_open(first.text) and bool(_CONTINUES.match(second.text))


class Search(Enum):
    """A :class:`Body`'s headline not given but to be searched for (:meth:`Body.search_headline`)."""

    ON_VIEW = "on view"
    """Searched for on the view itself: a cleaning's passes search until one finds it or the
    page's title goes (see :class:`cleaner.engine.cleaner.Cleaner`)."""


def carried_headline(headline: Headline | None, found_on: Sequence[int], view: Sequence[int]) -> Headline | None:
    """The document's ``headline``, found on the view of the document's blocks ``found_on``, on a
    later view of blocks ``view``: its lines still in view, renumbered. None where the title line
    it was found under left the view (it went to the metadata, or as chrome): the headline went
    with it, and a later pass has nothing to take, as a cleaning of the cleaned text has not. A
    line that an earlier pass left first is not the page's title for that."""
    if headline is None or not view or view[0] != found_on[0]:
        return None
    place = {block: index for index, block in enumerate(view)}
    copies = tuple(place[found_on[copy]] for copy in headline.copies if found_on[copy] in place)
    return replace(headline, copies=copies) if copies else None


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
    ) -> None:
        self.blocks = blocks
        self._headline = headline
        """The document's headline on this view as an earlier pass decided it (None: none), or
        :attr:`Search.ON_VIEW`."""
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
        core, headline = self._heaviest, self.headline
        if headline is None or not headline.inside:
            return core
        start = next(index for index in range(headline.index + 1, core.stop) if self.blocks[index].is_prose)
        return range(start, core.stop)

    @cached_property
    def _heaviest(self) -> range:
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
        after the core those leave (:func:`cleaner.engine.trailers.card_runs`), and the page's
        footer after them all (:func:`cleaner.engine.trailers.footer_runs`)."""
        dated, lines, core = self._dated
        cards = [run for run in card_runs(self.blocks, self.keys, core) if lines.isdisjoint(run.lines)]
        runs = sorted([*dated, *cards], key=lambda run: run.lines.start)
        return tuple([*runs, *footer_runs(self.blocks, self.site, max((run.lines.stop for run in runs), default=0))])

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
            if self._opens_paragraph(found.end(), right_under=False):  # the last pair heads the article
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

    def credited_cards(self, interrupting: Collection[int]) -> frozenset[int]:
        """The lines of each run's first story card found by its shape whose headline is a line
        rules name as interrupting the article (``interrupting``: a photo caption or credit, title
        case as headlines are): no card, but a credit over the article's next paragraph, which the
        run's other cards may follow."""
        return frozenset(
            index
            for run in self.trailers
            if run.kind == "cards" and run.head and run.head.start in interrupting
            for index in range(run.lines.start, run.head.stop + 1)
        )

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
    ) -> int:
        """Where the article's paragraphs end, going on from line ``stop``: over the second half of
        a sentence broken across lines, and over interruptions (:meth:`_ahead`) after which the
        article goes on (:meth:`_resumes`). Where it goes on at its next numbered item, the item
        after that is the next to go on at ("3. Bake" after "2. Mix" after "1. Preheat")."""
        blocks = self.blocks
        while True:
            while stop < len(blocks) and broken_sentence(blocks[stop - 1], blocks[stop]):
                stop += 1
            resumed = self._resumes(self._ahead(stop, named), named, number, interrupting, ahead=True)
            if resumed is None:
                return stop
            if number is not None and (item := _ITEM_NUMBER.match(blocks[resumed].text)):
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
        (:meth:`search_headline`)."""
        return self.search_headline() if self._headline is Search.ON_VIEW else self._headline

    def search_headline(self) -> Headline | None:
        """The headline, when the first line is the page's title (the headline, alone or joined
        to the site's name by a separator: "Headline | Site", "Site - Headline") and the headline
        alone follows before the article's core: the repeat is the evidence (a page prints its
        title in its head, then the headline over the article). Of several parts printed again,
        the longest is the headline, and of two as long the one printed nearer the article (a
        site's name may be printed again too, in the masthead). None otherwise, and None when the
        first line is the headline alone right over a paragraph printed once (:meth:`_opens_paragraph`):
        the article starts right under it, so a copy further down (a story card, a "Most read"
        entry printing the title again) stands below the article's first paragraph, not above it,
        however much heavier the prose after it is than the article."""
        blocks, core = self.blocks, self._heaviest
        if len(blocks) < 3 or blocks[0].is_prose or not core:
            return None
        later: dict[str, list[int]] = {}
        for index in range(1, core.start):
            if not blocks[index].is_prose:
                later.setdefault(self._headline_key(self.keys[index]), []).append(index)
        text = blocks[0].text.strip()
        plain = self.facts is None
        found = [
            (count_words(part), part.strip(), copies)
            for part in title_parts(text, plain=plain)
            if (copies := later.get(self._headline_key(part)))
        ]
        if not found:
            return self._headline_inside(text) or (self._headline_like(text, later) if plain else None)
        _, title, copies = max(found, key=lambda item: (item[0], item[2][-1]))
        if title == text and self._opens_paragraph(1):
            return None
        if self._opening_paragraphs(copies[0]) >= OPENING_PARAGRAPHS:
            return None
        together = self._together(copies) if plain else tuple(copies)
        if any(self.keys[copy] != normalize(title) for copy in together) and self._headline_under(together[-1]):
            return None
        return Headline(title, together, named=title != text)

    @cached_property
    def under_title(self) -> range:
        """The paragraph the page may open its article on right under its title (a first line that
        is no prose), past at most :data:`HEAD_LINES` menu words (short lines that end no sentence,
        or lines an earlier pass removed there): one printed once that reads as sentences
        (:meth:`_opens_paragraph`), with a short sentence printed once right over it (a one-sentence
        lede). Empty where none stands there. One such paragraph may as well be a promotion over the
        masthead's menus (:meth:`_opening_paragraphs` asks for more)."""
        blocks = self.blocks
        if len(blocks) < 2 or blocks[0].is_prose:
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
        if line >= len(blocks) or not self._opens_paragraph(line, right_under=line > start):
            return range(0)
        return range(start, self._paragraph_end(line))

    def _paragraph_end(self, line: int) -> int:
        """The line after the paragraph opening at ``line``: past the second half of a sentence broken there."""
        blocks = self.blocks
        return line + 2 if line + 1 < len(blocks) and broken_sentence(blocks[line], blocks[line + 1]) else line + 1

    def _opening_paragraphs(self, copy: int) -> int:
        """How many paragraphs in a row the page opens its article on under its title (from
        :attr:`under_title`, each right under the one before, a short sentence closing it among
        them: "He declined to comment.") before line ``copy``, which prints the
        headline again. At :data:`OPENING_PARAGRAPHS` the article has begun there, with no headline
        over it: the line printing it further down is a card repeating the page's title, and the
        lines over it are the article's, not a masthead."""
        opening = self.under_title
        if not opening or opening.stop > copy:
            return 0
        count = 2 if self._short_sentence(opening.start) else 1
        line = opening.stop
        while line < copy and (self._opens_paragraph(line) or self._short_sentence(line)):
            count += 1
            line = self._paragraph_end(line)
        return count

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

    def _headline_key(self, text: str) -> str:
        """A line or a title's part as :meth:`search_headline` compares them: in plain text its
        :func:`headline_key`, punctuation folded; on an HTML page, whose first line in view need
        not be its title, its comparison key (:func:`cleaner.engine.blocks.normalize`)."""
        return headline_key(text) if self.facts is None else normalize(text)

    def _headline_like(self, text: str, later: dict[str, list[int]]) -> Headline | None:
        """The headline where the page's title ``text`` prints it in another form (a title tag
        written for search, cut short, or with the site's name): of the lines ``later`` (keyed by
        :func:`headline_key`: the lines no prose before the core), the one most like the title or
        a part of it (:func:`title_likeness`, from :data:`TITLE_LIKENESS` on), and of two as like
        it the one nearer the article. Only parts of :data:`HEADLINE_PART_WORDS` words or more that
        hold more than half the title's words are compared: the rest may name the site ("The Old
        Town Almanac"), which the masthead prints too. None where a paragraph opens right under the
        title, or where the article has begun over that line (:meth:`_opening_paragraphs`). The
        parts compared are those of a title that names another (:func:`_joins_another_name`), without that
        name, and a whole title cut with an ellipsis: a first line that is neither may be the
        article's or a listing's, which print lines like it; nor is a whole title opening a longer
        line cut short, as a headline opens its card's line ("... by Anna Berg")."""
        words, named = count_words(text), _joins_another_name(text)
        parts = [
            title_form(part)
            for part in title_parts(text, plain=True)
            if count_words(part) >= HEADLINE_PART_WORDS
            and 2 * count_words(part) > words
            and (part != text if named else part == text and text.rstrip().endswith(_ELLIPSIS))
        ]
        if not parts or self._opens_paragraph(1):
            return None
        like = (key for key in later if max(title_likeness(part, key) for part in parts) >= TITLE_LIKENESS)
        key = min(like, key=lambda key: later[key][0], default=None)
        if key is None or self._opening_paragraphs(later[key][0]) >= OPENING_PARAGRAPHS:
            return None
        copies = self._together(later[key])
        if self._headline_under(copies[-1]):
            return None
        return Headline(self.blocks[copies[0]].text.strip(), copies)

    def _headline_under(self, copy: int) -> bool:
        """Whether the line right under ``copy`` (a line printing the title in another form, not
        letter for letter) is shaped as a headline over a paragraph, right over it or over a line
        over it (a byline, a date): the article's first subheading,
        or the headline in a form of its own. Which of the two is the headline is then open, and
        once the title and the lines between went, the lower one would go as the headline the page
        opens with (``extracted.headline``), as it would from the cleaned text: the title is not
        taken to be printed again there."""
        blocks, under = self.blocks, copy + 1
        if under >= len(blocks) or not headline_shaped(blocks[under]):
            return False
        return any(block.is_prose for block in blocks[under + 1 : under + 3])

    def _together(self, copies: list[int]) -> tuple[int, ...]:
        """The lines printing the headline over the article: the first, and the copies after it
        until a paragraph; one past a paragraph is another's (a card, a comment's link back)."""
        prose = next((i for i in range(copies[0], copies[-1]) if self.blocks[i].is_prose), copies[-1] + 1)
        return tuple(index for index in copies if index < prose)

    def _headline_inside(self, text: str) -> Headline | None:
        """The headline printed inside the heaviest stretch of prose, where the page's title
        ``text`` joins it to the site's name ("Headline | Site") and it stands over the article:
        at most :data:`HEAD_LINES` lines over a paragraph printed once, with another after it in
        that stretch. A mega-menu's teasers may weigh more than a short article under them; a
        site's name printed in the article (an item of its list) is no headline, and neither is a
        page's first line printed again, which may as well be a story card repeating it."""
        blocks, core = self.blocks, self._heaviest
        words = count_words(text)
        parts = {
            self._headline_key(part)
            for part in title_parts(text, plain=self.facts is None)[1:]
            if count_words(part) >= HEADLINE_PART_WORDS or 2 * count_words(part) > words
        }
        if not parts:
            return None
        once = [index for index in self.printed_once if index in core]
        for index in core:
            if blocks[index].is_prose or self._headline_key(self.keys[index]) not in parts:
                continue
            after = [line for line in once if line > index]
            if len(after) >= 2 and after[0] <= index + HEAD_LINES + 1:
                if self._opening_paragraphs(index) >= OPENING_PARAGRAPHS:
                    return None
                key = self.keys[index]
                copies = tuple(line for line in range(core.start, index + 1) if self.keys[line] == key)
                return Headline(blocks[index].text.strip(), copies, inside=True, named=True)
        return None

    def _opens_paragraph(self, index: int, *, right_under: bool = True) -> bool:
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

    def article_past(self, box: Collection[int], named: Collection[int] = frozenset()) -> Article:
        """The article when the lines of a ``box`` a heading names (a bio, comments) are not its
        own: found as :attr:`article` is, with those lines weighed as chrome besides the trailing
        runs, and followed to its real end as :meth:`article_with_tail` does with them and the
        ``named`` lines named."""
        chrome = self.trailing.union(box)
        core = heaviest_stretch(self.blocks, outside=chrome)
        return self.article_with_tail(chrome.union(named), self._widened(core, chrome))

    def article_with_tail(
        self, named: Collection[int], article: Article | None = None, interrupting: Collection[int] = frozenset()
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
        article as an unmarked line does: it goes on past them at a paragraph printed once."""
        blocks, article = self.blocks, self.article if article is None else article
        if not article:
            return article
        if self.trailing:
            named = (self.trailing - self.card_heads - self.credited_cards(interrupting)).union(named)
        stop, seen, number = article.stop, article.start, None

        def last_number(upto: int) -> int | None:  # of the items read so far (read once)
            nonlocal seen, number
            number, seen = self._last_number(range(seen, upto), number), max(seen, upto)
            return number

        while True:
            stop = self._forward(stop, named, last_number(stop), interrupting)
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
            resumed = self._forward(end, named, last_number(end), interrupting)  # or after an interruption of the list
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
    ) -> Article:
        """The ``article`` (:meth:`article_with_tail`) started back at the page's last paragraph
        printed once before it that no rule takes (``taken``: a feed notice, a boilerplate sentence)
        when the :attr:`core` is a row of headlines over one paragraph each
        (:attr:`core_is_card_row`) and the article followed from that paragraph alone reaches it:
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
            earlier = self._opening(named, taken, interrupting)
        if earlier is None or earlier >= article.start:
            return article
        earlier = self._sentence_start(earlier)
        reach = self.article_with_tail(named, Article(earlier, earlier + 1), interrupting).stop
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

    def _opening(self, named: Collection[int], taken: Collection[int], interrupting: Collection[int]) -> int | None:
        """The line the page opens its article on, or None: a paragraph printed once that no rule
        takes (``taken``) on its first line, or on the second under a first line that is no
        paragraph (the headline), that reads as sentences (:meth:`_opens_paragraph`) and goes on
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
        if not self._opens_paragraph(opening, right_under=False):
            return None
        stop = self._forward(opening + 1, named, None, interrupting)
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
        *,
        ahead: bool = False,
    ) -> int | None:
        """The line at which the article goes on after an interruption of ``lines`` (walked away
        from the article): prose printed once, or a short sentence ("He declined to comment.").
        Unmarked chrome may sit in between: an ad slot is an interruption, and a paragraph printed
        once after it is the article's. After a line some rule ``named`` as chrome the article goes
        on only at a short sentence (its closing line after a "Related" box, and the list it
        introduces) or at its next numbered item (``number`` + 1: "5. Rowing machine" after "4.
        Foldable bench" and an ad): a paragraph there, printed once or twice, may as well be a
        box's teaser, an author's bio or a comment, so the article neither goes on at it nor ends
        before the closing sentence past it. A card printed twice (or a teaser of the article)
        names its listing as a rule's mark does: once a pass has removed the listing's heading,
        the cards left still say the article may go on past them. Its next numbered item resumes
        it after any interruption, a caption as well as a box. A named line among the
        ``interrupting`` ones (a photo caption) heads no box: past it the article goes on as past
        an unmarked line. Going on ``ahead``, a short line that asks or calls ("Is Your Attic
        Insulation Wasting Money?", "Your submission has been received!") resumes it only right
        after its last line: further on, past a share bar or a "Related" heading, it is a teaser's
        headline or a form's message, and the article goes on only at a paragraph or a statement
        past it (a guide's question heading goes on with its paragraph, which resumes it there; a
        table of contents printed again after the article names the article's headings and goes)."""
        after_named = False
        threads = self.threads
        for walked, index in enumerate(lines):
            block = self.blocks[index]
            if index in threads and index in named:
                return None  # an article does not go on after its signed comment thread
            if index in named:
                after_named = after_named or index not in interrupting
                continue
            if block.is_prose:
                if index in self.echoed or index in self.teasers:
                    after_named = True  # a card printed twice names its listing as a rule's mark does
                    continue
                if after_named:  # a teaser, a bio or a comment inside or after a listing is not the article's
                    continue
                return index
            if _closing_sentence(block, further_on=ahead and walked > 0):
                return index
            found = _ITEM_NUMBER.match(block.text) if number is not None else None
            if found and int(found.group(1)) == number + 1:
                return index
        return None

    @cached_property
    def outside(self) -> frozenset[int]:
        """HTML only: lines the extractor left out that the page also puts in chrome (see
        :func:`outside_article`); empty for text."""
        return outside_article(self.facts, self.blocks, self.container) if self.facts is not None else frozenset()

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
        :func:`cited_addresses`); empty for text."""
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
    by_opening: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if len(key) >= TEASER_MIN_CHARS:
            by_opening.setdefault(key[:TEASER_MIN_CHARS], []).append(index)
    found: dict[int, int] = {}
    for indices in by_opening.values():  # a teaser and its full text open alike
        if len(indices) < 2:
            continue
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


CHROME_LANDMARKS = ("nav", "header", "footer", "aside", "form", "figcaption")
CHROME_WORDS = (
    "comment",
    "reply",
    "related",
    "recommend",
    "share",
    "social",
    "newsletter",
    "subscribe",
    "cookie",
    "consent",
    "breadcrumb",
    "menu",
    "nav",
    "promo",
    "cta",
    "advert",
    "sponsor",
    "modal",
    "invisible",
    "popup",
    "banner",
    "sidebar",
    "author",
    "byline",
    "bio",
    "caption",
    "footer",
    "copyright",
)
"""Landmarks and class/id words that put a line the extractor dropped outside any article."""
CHROME_LIST_WORDS = ("tag", "categor", "popular", "trending", "signup", "login", "pagination", "btn")
"""Class/id words that put a line the extractor dropped outside the article when the line is not
prose: a tag or category list, a most-read box, a pager, a button (and so does a ``<time>`` element: a
date line). Publishers also print them on the
article's container (``tag-elections``, ``category-news``), where only a short line is chrome."""


LINK_LINE = 0.9
"""Share of link text from which a line is a link (a menu entry, a teaser headline)."""
OWN_LINKS = 0.5
"""Share of link text under which a paragraph is the page's own writing rather than a teaser."""


Place = tuple[frozenset[str], frozenset[str]]
"""Where a line sits in the page: its structural ancestors and the class/id words above it."""


def _kept_prose_places(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> Counter[Place]:
    """The words of prose the extractor keeps, by the place they sit in (a page's lines share a few)."""
    by_place: Counter[Place] = Counter()
    for line, block in zip(facts, blocks, strict=True):
        if line.kept and block.is_prose:
            by_place[line.ancestors, line.words] += block.words
    return by_place


def article_container(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[str]:
    """The landmarks and class words over most of the prose the extractor keeps: on this page they
    name the article's own container (a ``<header>`` or ``<form>`` wrapping the page's content, a
    layout's ``has-sidebar`` or ``modal-open`` class, an ``ads`` class on the post), not chrome."""
    by_place = _kept_prose_places(facts, blocks)
    weight: Counter[str] = Counter()
    for (ancestors, words), count in by_place.items():
        for name in ancestors | words:
            weight[name] += count
    total = sum(by_place.values())
    return frozenset(name for name, count in weight.items() if 2 * count >= total)


def outside_article(facts: Sequence[LineFacts], blocks: Sequence[Block], container: frozenset[str]) -> frozenset[int]:
    """Lines the extractor left out that sit in page chrome (a landmark such as ``<nav>`` or
    ``<footer>``, or a container named for comments, related stories, sharing...), that are
    short links through and through (but those the article carries: :func:`introduced_links`,
    :func:`interleaved_links`, :func:`cited_addresses`), that make up a run of cards
    (:func:`dropped_cards`) or that are machine data (:func:`machine_data`): two pieces of
    evidence agreeing that the line is not the article's. A link that reads like prose is left to
    the guard. The article's own ``container`` (:func:`article_container`) names no chrome."""
    landmarks = frozenset(CHROME_LANDMARKS) - container
    words = frozenset(CHROME_WORDS) - container
    lists = frozenset(CHROME_LIST_WORDS) - container
    cards = dropped_cards(facts)
    carried = introduced_links(facts, blocks) | interleaved_links(facts, blocks) | cited_addresses(facts, blocks)
    return frozenset(
        index
        for index, (line, block) in enumerate(zip(facts, blocks, strict=True))
        if not line.kept
        and (
            index in cards
            or machine_data(block, line)
            or not landmarks.isdisjoint(_landmarks(line, block))
            or not words.isdisjoint(line.words)
            or (
                not block.is_prose
                and (
                    (line.link_density >= LINK_LINE and index not in carried)
                    or not lists.isdisjoint(line.words)
                    or line.within("time")
                )
            )
        )
    )


def _landmarks(line: LineFacts, block: Block) -> frozenset[str]:
    """The landmarks around a line, but a ``<header>`` inside an ``<article>`` around a heading or
    a line that reads like prose: that is the article's own header (its headline and standfirst, a
    section's heading), not the page's banner, so such lines go through the page rules (the
    headline to the title, the standfirst to the metadata) and the guard, not out with the page's
    chrome. Its other lines (a byline, a date, a reading time) stay in chrome."""
    if line.within("article") and (block.is_prose or line.within(*HEADINGS)):
        return line.ancestors - {"header"}
    return line.ancestors


def introduced_links(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Links the extractor drops right under a line it keeps that ends in a colon ("In progress:",
    "Sources:", "My friends' favourite projects are:"), each a list item, paragraph or heading, in
    that line's place but for the item they are (:func:`_place`): the article introduces them, so
    being links through and through does not put them in chrome."""
    found: set[int] = set()
    for index, (line, block) in enumerate(zip(facts, blocks, strict=True)):
        if not line.kept or not block.text.rstrip().endswith(":"):
            continue
        place = _place(line)
        item = index + 1
        while (
            item < len(facts)
            and not facts[item].kept
            and facts[item].element in _LINE_ELEMENTS
            and facts[item].link_density >= LINK_LINE
            and _place(facts[item]) == place
            and not blocks[item].is_prose
        ):
            found.add(item)
            item += 1
    return frozenset(found)


ARTICLE_LINKS = 2
"""Link lines the extractor drops between two lines it keeps that may still be the article's own
(an item's linked heading and its "get it here" line); three or more there are a listing."""
_LINE_ELEMENTS = HEADINGS | {"p", "li"}
"""Elements of a line the article writes (a paragraph, a list item, a heading), not a button's."""


def _place(line: LineFacts) -> Place:
    """Where a line sits, but for the heading or list item it is: an item's heading sits where
    the item's paragraphs do."""
    return line.ancestors - _LINE_ELEMENTS, line.words


def interleaved_links(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Link lines the extractor drops between lines it keeps, in the place of the kept line right
    before or right after them: a paragraph, list item or heading (a listicle's item named by a
    link to it, a "grab the pattern here" line), where the extractor keeps the article on both
    sides and drops at most :data:`ARTICLE_LINKS` links in between. A run of more links there is
    a listing, and a link in another element (a ``<div>`` or ``<a>`` button) a call to action."""
    found: set[int] = set()
    start = 0
    while start < len(facts):
        if facts[start].kept:
            start += 1
            continue
        stop = start
        while stop < len(facts) and not facts[stop].kept:
            stop += 1
        links = [i for i in range(start, stop) if facts[i].link_density >= LINK_LINE and not blocks[i].is_prose]
        if start > 0 and stop < len(facts) and len(links) <= ARTICLE_LINKS:
            around = (_place(facts[start - 1]), _place(facts[stop]))
            found.update(i for i in links if facts[i].element in _LINE_ELEMENTS and _place(facts[i]) in around)
        start = stop
    return frozenset(found)


_DATA_START = ('{"', '[{"')
_DATA_END = ("}", "]")
DATA_FIELDS = 3
"""Quoted keys (``"name":``) from which a line shaped as a JSON object is data, not a sentence."""


def machine_data(block: Block, line: LineFacts) -> bool:
    """Whether the line is a JSON object or array printed into the page (a widget's settings in a
    hidden element), not a code sample in ``<pre>`` that an article shows its reader."""
    text = block.text
    return (
        text.startswith(_DATA_START)
        and text.endswith(_DATA_END)
        and text.count('":') >= DATA_FIELDS
        and not line.within("pre")
    )


def in_article_place(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Prose lines the extractor left out that sit in the very place (the same landmarks and class
    words, :data:`Place`) holding most of the prose it keeps, and that are mostly not link text: the
    article's own paragraphs, cut off from the rest by a share bar or a widget where the extractor
    stopped. A teaser printed there is a link through and through, and stays the extractor's."""
    by_place = _kept_prose_places(facts, blocks)
    if not by_place:
        return frozenset()
    home = by_place.most_common(1)[0][0]
    return frozenset(
        index
        for index, (line, block) in enumerate(zip(facts, blocks, strict=True))
        if not line.kept
        and block.is_prose
        and line.link_density < OWN_LINKS
        and line.ancestors == home[0]
        and line.words == home[1]
    )


_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+")


def cited_addresses(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Links printed as their own web address that the extractor left out, in the place of the
    prose it keeps but for the list item or heading they are (:func:`_place`): the sources an
    article lists after its last paragraph. A menu, a listing or a share bar names its links; a
    page's footer printing addresses stands in another place."""
    by_place = _kept_prose_places(facts, blocks)
    if not by_place:
        return frozenset()
    ancestors, words = by_place.most_common(1)[0][0]
    home = (ancestors - _LINE_ELEMENTS, words)
    return frozenset(
        index
        for index, (line, block) in enumerate(zip(facts, blocks, strict=True))
        if not line.kept
        and line.link_density >= LINK_LINE
        and _place(line) == home
        and _ADDRESS.fullmatch(block.text.strip()) is not None
    )


CARD_LINES = (2, 3, 4)
"""Lines of one card (a linked headline, its teaser, a date or a button), in the markup's order."""
CARD_RUN = 3
"""Cards in a row that make a listing rather than an article's repeated layout."""


def dropped_cards(facts: Sequence[LineFacts]) -> frozenset[int]:
    """Lines of runs of cards the extractor leaves out whole: a unit of a few lines, one of them a
    link and one not (a headline and its teaser), printed with the same markup (element, landmarks,
    class words, which line is the link) :data:`CARD_RUN` times or more in a row. A listing of
    other stories or products, in any language, wherever the page puts it."""
    linked = [line.link_density >= LINK_LINE for line in facts]
    if not any(linked):
        return frozenset()
    ids: dict[tuple[str, frozenset[str], frozenset[str], bool], int] = {}  # shapes as numbers: fast to compare
    shapes = [
        ids.setdefault((line.element, line.ancestors, line.words, link), len(ids))
        for line, link in zip(facts, linked, strict=True)
    ]
    following = [len(linked)] * (len(linked) + 1)  # the first linked line at or after each line
    for place in range(len(linked) - 1, -1, -1):
        following[place] = place if linked[place] else following[place + 1]
    found: set[int] = set()
    index = 0
    while index < len(shapes):
        if following[index] - index >= CARD_LINES[-1]:  # no link close enough for a card to start here
            index = following[index] - CARD_LINES[-1] + 1
            continue
        run = 0
        for size in CARD_LINES:
            unit = shapes[index : index + size]
            links = sum(linked[index : index + size])
            if len(unit) < size or links in (0, size):
                continue
            repeats = 1
            while shapes[index + repeats * size : index + (repeats + 1) * size] == unit:
                repeats += 1
            if repeats >= CARD_RUN and repeats * size > run:
                run = repeats * size
        if run and not any(line.kept for line in facts[index : index + run]):
            found.update(range(index, index + run))
            index += run
        else:  # no run here, or one the extractor keeps a line of: a run may start on the next line
            index += 1
    return frozenset(found)


def kept_span(facts: Sequence[LineFacts]) -> range:
    """From the first to the last line the extractor keeps (empty when it keeps none)."""
    kept = [index for index, line in enumerate(facts) if line.kept]
    return range(kept[0], kept[-1] + 1) if kept else range(0)
