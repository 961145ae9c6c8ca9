"""The rule-writing API: what a module in ``rules/`` imports to describe a site's or a family's chrome.

A rule never edits text. It looks at a :class:`Page` and returns :class:`Mark` objects, each
naming one block, a category, the rule's id and a reason. The :mod:`cleaner.engine.guard` then decides
which marks stand, using the mark's :class:`Evidence` to know how much the rule may take.

Three kinds of rule cover almost every case and keep modules short:

* :func:`line`: a pattern that must match a whole block (full match, case-insensitive);
* :func:`region`: a heading line that opens a listing ("Related Articles"), taken with it;
* :func:`detector`: a function over the whole page, for repeats, scores and anything cross-block;
  it yields ``(block index, reason)`` pairs, or :func:`mark` for a finding that carries more.

On an HTML page, :func:`dom` names the lines the extractor left out by what the page's markup says
they are (``page.facts``: a caption, a share bar, a menu).

Every rule has an explicit ``name``, its stable id in everyone's output (``module.name``); a
detector's is its function's name unless ``name=`` says otherwise. A rule module imports from
this module only: the names in ``__all__`` are the whole API a rule needs.
"""

from __future__ import annotations

import enum
import functools
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import regex

from cleaner.documents.sites import site_labels, site_name
from cleaner.documents.visible import LineFacts
from cleaner.engine.blocks import Block, is_glued_list, normalize
from cleaner.engine.body import MENU_ITEM_WORDS, MENU_LINK_WORDS, Body, broken_sentence
from cleaner.engine.headline import HEAD_LINES, Headline, HeadlineKeys, Search, headline_shaped, title_ends, title_parts
from cleaner.engine.notice_search import need_search
from cleaner.engine.phrase_table import PhraseTable
from cleaner.engine.sentence_ends import (
    SENTENCE_OR_LABEL_END,
    ends_clause,
    ends_in_terminal,
    ends_sentence_after_word,
    has_sentence_inside,
)
from cleaner.engine.trailers import RIGHTS_RESERVED, RIGHTS_RESERVED_UNSPACED, BioSubjects
from cleaner.engine.trie import any_of
from cleaner.evidence.dates import AGE, DATE

__all__ = [
    "AGE",
    "CATEGORIES",
    "DATE",
    "HEAD_LINES",
    "MENU_ITEM_WORDS",
    "MENU_LINK_WORDS",
    "PATTERN_TIMEOUT",
    "RIGHTS_RESERVED",
    "RIGHTS_RESERVED_UNSPACED",
    "SENTENCE_OR_LABEL_END",
    "Block",
    "Body",
    "Evidence",
    "Family",
    "Finding",
    "Found",
    "Page",
    "Role",
    "Site",
    "any_of",
    "broken_sentence",
    "detector",
    "dom",
    "ends_clause",
    "ends_in_terminal",
    "ends_sentence_after_word",
    "has_sentence_inside",
    "headline_shaped",
    "is_glued_list",
    "line",
    "mark",
    "normalize",
    "notice",
    "phrase_labels",
    "phrase_pattern",
    "phrase_region",
    "phrases",
    "region",
    "site_labels",
    "title_ends",
    "title_parts",
]
"""What a rule module imports: scopes, the kinds of rule (phrase lists among them), the page and
its body (``page.body``), where a line's sentence ends (:mod:`cleaner.engine.sentence_ends`), the
names of the site in a page's address (:mod:`cleaner.documents.sites`), the date pattern and
the rights wording, the finding a detector reports and the timeout a detector's own patterns keep to."""

CATEGORIES = (
    "navigation",
    "promo",
    "social",
    "comments",
    "related",
    "syndication",
    "duplicate",
    "ai_filler",
    "metadata",
    "legal",
    "fragment",
    "boilerplate",
)
"""Every category a removal can carry; ``--keep`` and ``Cleaner(keep=...)`` take these names."""


PATTERN_TIMEOUT = 0.05
"""Seconds one pattern may spend on one block before the match counts as a recorded miss."""


class Evidence(enum.Enum):
    """How strong a mark's evidence is; the guard lets only strong evidence take article prose."""

    __hash__ = object.__hash__
    """A member is its one object: hashed by identity in C, not by its name in Python (the guard
    looks every mark's evidence up in sets and tables, several times a pass)."""

    PATTERN = "pattern"
    """A line pattern matched a short block. Never takes a prose block."""
    SENTENCE = "sentence"
    """A pattern that spells out a whole boilerplate sentence. May take prose."""
    REGION = "region"
    """Inside a listing opened by a heading. Takes prose only when isolated and outside the body."""
    REPEAT = "repeat"
    """The block repeats another block that is kept. May take prose."""
    LEARNED = "learned"
    """Boilerplate learned across many pages of a site. May take prose."""
    SCORED = "scored"
    """A scored detector above its threshold. May take prose."""
    SHAPE = "shape"
    """The line's shape and place alone (a bare number, a run of short lines, a tag list, a first
    line shaped like a headline): never takes prose, nor any line inside the article."""
    EXTRACTOR = "extractor"
    """An HTML extractor left the line out. Takes prose only outside the article body."""
    TRAILER = "trailer"
    """A run after the article whose rhythm says what it is (a comment thread's dated comments
    under the same button; story cards): takes any line of the run, prose too, but only past the
    article's end as the body sees it with the run named, never inside or before the article."""
    HEAD = "head"
    """A line of the masthead over the headline the page's title prints again over the article:
    takes prose too (a promo, a teaser, a cookie notice), but only more than four lines over that
    headline (its kicker and dek may stand there), on a page whose article under it holds two
    paragraphs or more, and never a line of the article as the body sees it (which goes back
    above a headline printed alone, as a story card may repeat it, but not above one the title
    names apart from the site's name)."""
    BOX = "box"
    """A line of a box a heading names after the article (its comments, the author's box, related
    stories, a newsletter form): never takes prose, and takes other lines only past the article's
    end as the body sees it with the boxes' lines weighed as chrome."""


class Role(enum.Enum):
    """What a line a rule names is to the article around it, where the article is followed to its
    end (:meth:`cleaner.engine.body.Body.article_with_tail`): a line that interrupts it, after which
    it goes on, or one that heads a box, where it has ended. Rules declare it (``role=``); each
    category has a default (:data:`CATEGORY_ROLES`)."""

    __hash__ = object.__hash__

    INTERRUPTS = "interrupts"
    """The article goes on after the line as after an unmarked one: an ad slot naming its
    advertiser, a photo caption or credit, a cross-reference set into the text ("Read more: …",
    "Main article: …"), a breadcrumb between the paragraphs. Only for lines that stand inside
    articles far more often than past their end: a list the article ends with runs on over them."""
    HEADS_BOX = "heads box"
    """The article has ended where the line stands: the heading or a line of a comment box, related
    stories, an author's box, a newsletter form. Past it the article goes on only at its closing
    sentence or its next numbered item, since a paragraph there may as well be a teaser, a bio or a
    comment."""


CATEGORY_ROLES: Mapping[str, Role] = {"fragment": Role.INTERRUPTS}
"""The role of a category's rules where a rule declares none: a fragment (a caption, an image's
leftover) interrupts the article, the lines of every other category head a box."""


def default_role(category: str) -> Role:
    """The role of a rule of ``category`` that declares none (:data:`CATEGORY_ROLES`)."""
    return CATEGORY_ROLES.get(category, Role.HEADS_BOX)


class Mark(NamedTuple):
    """A rule's claim that one block is noise; the guard decides whether it stands.

    A named tuple, like :class:`Block`: pages yield thousands, and each pass rebuilds the line
    rules' marks for its view of the page."""

    block: int
    rule: str
    category: str
    reason: str
    evidence: Evidence
    ref: int | None = None
    """For repeats: the index of the block this one repeats; the mark stands only if that one is kept."""
    metadata: tuple[tuple[str, str], ...] = ()
    """Facts the removed block carried (``("date", "2025-03-30")``), merged into the result."""
    role: Role = Role.HEADS_BOX
    """Whether the line interrupts the article or heads a box (:class:`Role`): the rule's."""


mark_of: Callable[[tuple[int, str, str, str, Evidence, int | None, tuple[tuple[str, str], ...], Role]], Mark] = (
    functools.partial(tuple.__new__, Mark)
)
"""A :class:`Mark` from the tuple of all its fields, in their order: the same mark as ``Mark(...)``
at a third of the cost, since it skips the generated ``__new__`` that reads arguments in Python."""


class Page:
    """What a rule sees: the blocks of one document, its URL and views derived from them once."""

    def __init__(
        self,
        blocks: Sequence[Block],
        url: str | None = None,
        settings: Mapping[str, object] | None = None,
        *,
        keys: list[str] | None = None,
        title: str | None = None,
        description: str | None = None,
        document: dict[str, object] | None = None,
        facts: Sequence[LineFacts] | None = None,
        chrome_before: Sequence[int] | None = None,
        chrome_prose: Collection[str] = frozenset(),
        notice_holds: Callable[[], dict[int, frozenset[str]]] | None = None,
        removed_before: Sequence[int] | None = None,
        headline: Headline | Search | None = Search.ON_VIEW,
        headline_keys: HeadlineKeys | None = None,
        cited: frozenset[int] | None = None,
        bio_subjects: BioSubjects | None = None,
        boxes_before: Sequence[int] | None = None,
    ) -> None:
        self.blocks = blocks
        self._headline = headline
        """The document's headline on this view, found on an earlier one (see :class:`Body`)."""
        self.boxes_before = boxes_before
        """How many of the lines an earlier pass removed just before each block were a box's (see
        :class:`Body`); None when none was."""
        self._headline_keys = headline_keys
        """The document's lines as the headline search compares them, kept across its passes."""
        self._bio_subjects = bio_subjects
        """The document's lines by the person each opens on as an author's bio does, kept across its passes."""
        self._cited = cited
        """For an HTML page, the web addresses the article lists as its sources, found once for
        the whole page (see :attr:`Body.cited`); None: found on this view."""
        self.facts = facts
        """For an HTML page, each block's DOM facts (element, ancestors, class words, link density,
        the extractor's verdict); None for text input."""
        self.chrome_before = chrome_before
        """For an HTML page, the weight of the page chrome removed up front just before each block
        (see :class:`Body`); None when nothing was."""
        self.chrome_prose = chrome_prose
        """The keys of the prose lines among that chrome (see :class:`Body`)."""
        self._notice_holds = notice_holds
        """The engine's answer, found once for the whole document, to which lines of this page hold
        strings notices need (see :attr:`notice_lines`); None: searched in this page's keys."""
        self.removed_before = removed_before
        """How many removed lines (an earlier pass's, or chrome removed up front) stood just before
        each block (see :class:`Body`); None when nothing was removed."""
        self.url = url
        self.title = title
        """The page's title when the source said it (HTML metadata), so rules need not guess it."""
        self.description = description
        """The page's description when the source said it (HTML metadata): a standfirst prints it."""
        self.settings: Mapping[str, object] = settings or {}
        """Tuning knobs a detector reads by name, e.g. ``ai_filler.sensitivity``; see ``Cleaner``."""
        if keys is not None:
            self.__dict__["keys"] = keys
        self.headings: dict[int, str] = {}
        """Block index -> id of the region rule whose heading that block is (filled by the engine,
        which matches every region heading in one pass)."""
        self.document: dict[str, object] = {} if document is None else document
        """Notes a rule keeps for the later passes over the same document. A pass sees what the
        previous one kept, a subset, so "this document holds no X" stays true and may be kept."""
        self.signals: list[tuple[str, str]] = []
        """Document-level facts a detector noticed without removing a block, such as
        ``("ai_generated_signals", "placeholder")``; they are listed in the result's metadata."""

    @cached_property
    def keys(self) -> list[str]:
        """Each block's comparison key (see :func:`normalize`), computed once per page (or given)."""
        return [normalize(block.text) for block in self.blocks]

    @cached_property
    def body(self) -> Body:
        """Where the article is on this page (core, span, echoed prose, teasers), worked out once
        however many rules ask; the guard decides this page's marks against the same body."""
        return Body(
            self.blocks,
            self.keys,
            self.facts,
            self.chrome_before,
            self.chrome_prose,
            self.removed_before,
            site=site_name(self.url),
            headline=self._headline,
            headline_keys=self._headline_keys,
            cited=self._cited,
            bio_subjects=self._bio_subjects,
            boxes_before=self.boxes_before,
        )

    @cached_property
    def notice_lines(self) -> dict[int, frozenset[str]]:
        """The lines where a :func:`notice` may stand, each with the strings notices need that it
        holds: lines that are not one of the article's paragraphs (around the body's stretch of
        prose, :attr:`Body.core`, or inside it where they do not follow a paragraph) and hold one
        or more. Worked out once however many notices ask; what each line holds is searched for
        once per document, all the strings at once (:mod:`cleaner.engine.notice_search`)."""
        if not _NOTICE_NEEDS:
            return {}
        if self._notice_holds is not None:
            holds = self._notice_holds()
        else:
            holds = need_search(frozenset(_NOTICE_NEEDS)).held(self.keys, NOTICE_MIN_CHARS)
        if not holds:
            return {}
        core, blocks = self.body.core, self.blocks
        start, stop = core.start, core.stop
        return {
            index: held
            for index, held in holds.items()
            if index < start or index >= stop or (index > 0 and not blocks[index - 1].is_prose)
        }

    @cached_property
    def dropped_lines(self) -> list[tuple[Block, LineFacts]]:
        """HTML only: the lines the extractor left out that do not read like prose, with their
        facts: the only lines a DOM rule may name (:class:`DomRule`), listed once for all of them."""
        if self.facts is None:
            return []
        return [
            (block, facts)
            for block, facts in zip(self.blocks, self.facts, strict=True)
            if not facts.kept and not block.is_prose
        ]

    @cached_property
    def key_counts(self) -> Counter[str]:
        """How often each comparison key occurs: what the page prints more than once (the body's
        count, made once for the rules and the body alike)."""
        return self.body.key_counts


class Rule:
    """Base of every rule: an id, a category, a sentence saying why, and :meth:`marks`."""

    def __init__(self, category: str, why: str, name: str | None = None, role: Role | None = None) -> None:
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r}; expected one of {', '.join(CATEGORIES)}")
        if not why.strip():
            raise ValueError("every rule needs a reason: pass why='...' saying what the rule removes")
        self.category = category
        self.why = why
        self.name = name
        """The rule's id within its module, given by its author so that editing ``why`` never changes
        it; the loader refuses a rule without one."""
        self.role = default_role(category) if role is None else role
        """Whether a line the rule names interrupts the article or heads a box (:class:`Role`)."""
        self.id = name or ""
        """Replaced by ``module.name`` when the loader registers the rule."""
        self.copies: Evidence | None = None
        """The evidence a later copy of a line this rule removed goes with, as what its original
        was (:mod:`cleaner.engine.copies`); None: the family's (:attr:`Family.copies`)."""

    def marks(self, page: Page) -> Iterable[Mark]:
        raise NotImplementedError

    def mark(
        self,
        block: int,
        evidence: Evidence,
        reason: str | None = None,
        *,
        ref: int | None = None,
        metadata: tuple[tuple[str, str], ...] = (),
    ) -> Mark:
        return mark_of((block, self.id, self.category, reason or self.why, evidence, ref, metadata, self.role))


class LineRule(Rule):
    """A pattern that must match a whole block; named groups ``date``, ``source``, ``author`` and
    ``title`` become metadata of the result."""

    def __init__(
        self,
        category: str,
        pattern: str,
        why: str,
        *,
        name: str | None = None,
        sentence: bool = False,
        shape: bool = False,
        case_sensitive: bool = False,
        max_chars: int = 400,
        needs: tuple[str, ...] = (),
        contains: str | None = None,
        role: Role | None = None,
    ) -> None:
        super().__init__(category, why, name, role)
        self.pattern = pattern
        self.flags = 0 if case_sensitive else regex.IGNORECASE
        self.compiled = regex.compile(pattern, self.flags | regex.V0)
        if sentence and shape:
            raise ValueError("a line rule spells out a sentence or describes a shape, not both")
        self.evidence = Evidence.SENTENCE if sentence else Evidence.SHAPE if shape else Evidence.PATTERN
        self.max_chars = max_chars
        self.needs = tuple(need.lower() for need in needs)
        """Every match contains one of these (lower case): lines without any are not tried."""
        self.find_need = any_of(self.needs).search if self.needs else None
        """Searches a lower-cased line for any of ``needs`` in one call (None: no needs)."""
        self.find_contained = regex.compile(contains, self.flags | regex.V0).search if contains else None
        """Searches a line for ``contains``, a pattern every match holds, with the rule's own flags
        (None: no such pattern); a line where it finds nothing is not tried."""
        self.captures = not set(METADATA_FIELDS).isdisjoint(self.compiled.groupindex)
        """Whether a match can carry facts into the metadata (named groups of :data:`METADATA_FIELDS`)."""
        self.read_needs: tuple[str, ...] = ()
        """For a rule without ``needs``, strings one of which every match holds, as the loader reads
        them from a built-in rule's pattern (:func:`cleaner.engine.pattern_needs.required`)."""
        self.unguarded_chars = 0
        """Lines up to this long are matched without the pattern timeout: the loader sets it for a
        built-in rule whose pattern provably cannot run away on them
        (:func:`cleaner.engine.pattern_cost.unguarded_chars`); 0, every line keeps the timeout."""

    def matches(self, text: str) -> regex.Match[str] | None:
        """Full match within the pattern timeout; raises ``TimeoutError`` on a runaway pattern."""
        if len(text) > self.max_chars:
            return None
        text = text.strip()
        if len(text) <= self.unguarded_chars:  # it cannot run away here (see pattern_cost)
            return self.compiled.fullmatch(text)
        return self.compiled.fullmatch(text, timeout=PATTERN_TIMEOUT)


METADATA_FIELDS = ("title", "page_title", "standfirst", "date", "updated", "author", "source")
"""Named groups of a line pattern that carry facts into the result's metadata (``source``: the
outlet a syndicated copy names, as opposed to ``site``, the site the page was taken from;
``updated``: the date of an update line, which fills ``date`` when the page gives no other;
``page_title``: the headline part of the page's own title line, which fills ``title`` when no
headline printed over the article gives one; ``standfirst``: the summary printed under the
headline)."""


def captured(match: regex.Match[str]) -> tuple[tuple[str, str], ...]:
    groups = match.groupdict()
    return tuple((key, groups[key].strip()) for key in METADATA_FIELDS if groups.get(key) and groups[key].strip())


HEADING_MAX_WORDS = 8
"""A section heading is short; longer lines are not tried against heading patterns at all."""


class RegionRule(Rule):
    """A heading line ("Related Articles") and the listing that follows it.

    A listing is made of title-like lines (link texts, outlet names, timestamps) and of cards the
    page prints more than once. It ends at the first line that reads like a sentence of its own
    (it ends with sentence punctuation, or is prose printed once): an article's paragraph, its
    short last line or a subheading's sentence is never part of a listing, nor is the first half
    of a sentence the next line finishes. A listing opened before the
    article (a "More stories" link in the masthead) also ends where the article starts
    (:attr:`cleaner.engine.body.Body.article`), so it cannot swallow the subheadings of an article
    whose paragraphs each follow one, nor half of its first sentence.
    """

    def __init__(
        self,
        category: str,
        heading: str | None,
        why: str,
        *,
        name: str | None = None,
        after_body: bool = False,
        only_after_body: bool = False,
    ) -> None:
        super().__init__(category, why, name)
        self.heading: LineRule | None = (
            LineRule(category, heading, why, name=self.name, max_chars=80) if heading is not None else None
        )
        """The heading's pattern; None where the headings are found otherwise (a phrase list)."""
        self.after_body = after_body
        """The heading opens a listing only after the article body, on a page with a body of two
        prose blocks or more; elsewhere the heading line alone goes (a comment count in the
        masthead, a table cell named "Comment")."""
        self.only_after_body = only_after_body
        """As ``after_body``, but elsewhere nothing goes, not even the heading: for headings an
        article prints as its own list item or subheading ("Keywords", "Topics")."""
        if only_after_body:
            self.after_body = True

    def marks(self, page: Page) -> Iterator[Mark]:
        blocks = page.blocks
        counts = page.key_counts
        core = page.body.core
        end_of_last = -1

        def goes_on(index: int) -> bool:
            """The first half of a sentence broken across lines is the article's: the next line ends it."""
            return index + 1 < len(blocks) and broken_sentence(blocks[index], blocks[index + 1])

        for heading in sorted(index for index, rule in page.headings.items() if rule == self.id):
            if heading <= end_of_last or (self.only_after_body and not self._after_body(page, heading)):
                continue
            block = blocks[heading]
            yield self.mark(block.index, Evidence.PATTERN)
            end = self._listing_end(page, block.index, core)
            index = block.index + 1
            reason = f"{self.why} (listing under {block.text.strip()!r})"
            while index < end and _lists(blocks[index], counts[page.keys[index]] > 1) and not goes_on(index):
                yield self.mark(index, Evidence.REGION, reason)
                index += 1
                if is_glued_list(blocks[index - 1]):
                    break  # the scraper glued the whole listing into that line: what follows is not its
            end_of_last = index - 1

    @staticmethod
    def _after_body(page: Page, index: int) -> bool:
        """Whether the line at ``index`` follows the article body, on a page with a body."""
        return page.body.core_is_body and index >= page.body.core.stop

    def _listing_end(self, page: Page, heading: int, core: range) -> int:
        """Where a listing under the heading at ``heading`` must stop at the latest: where the
        article starts, for a listing opened before it; right after the heading, for a listing
        that only follows the body (``after_body``) opened anywhere else."""
        if self.after_body:
            return len(page.blocks) if self._after_body(page, heading) else heading + 1
        start = page.body.article.start
        return start if heading < start else len(page.blocks)


def _lists(block: Block, printed_again: bool) -> bool:
    """Whether a block can be an item of a listing: a title-like line, or a card printed again."""
    if block.is_prose:
        return printed_again
    return printed_again or not ends_in_terminal(block.text)


def read_phrases(source: str | Path) -> list[tuple[str, str]]:
    """A phrase list file as ``(language, phrase)`` pairs.

    One phrase a line, under a ``[language]`` header (``[de]``, ``[ja]``); ``#`` starts a comment.
    A phrase that ends in sentence punctuation is a whole boilerplate sentence; any other is a
    label (a button, a heading, a link text).
    """
    path = Path(source)
    pairs: list[tuple[str, str]] = []
    language = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        if text.startswith("[") and text.endswith("]"):
            language = text[1:-1].strip()
            continue
        if language is None:
            raise ValueError(f"{path.name}:{number}: a phrase before any [language] header")
        pairs.append((language, text))
    if not pairs:
        raise ValueError(f"{path.name} holds no phrases")
    return pairs


class PhraseRule(Rule):
    """A list of phrases, in many languages, that make up chrome lines of one kind.

    A line is taken when it consists of these phrases and nothing else but numbers, punctuation
    and symbols ("Teilen | Drucken", "12 Kommentare"): a label, or a whole boilerplate sentence
    (which may take a prose line). A phrase inside a longer sentence takes nothing. All phrase
    rules of a cleaner are matched together, once per line (:mod:`cleaner.engine.phrases`).
    """

    def __init__(
        self, category: str, source: str | Path, why: str, *, name: str | None = None, role: Role | None = None
    ) -> None:
        super().__init__(category, why, name, role)
        self.source = Path(source)
        self.phrases = read_phrases(self.source)

    def marks(self, page: Page) -> Iterable[Mark]:
        raise TypeError("phrase rules are matched by the engine, all at once, not one by one")


class PhraseRegion(RegionRule):
    """A heading given as a phrase list ("Verwandte Artikel", "関連記事") and the listing after it.

    ``after_body``: the heading opens a listing only after the article body, on a page with a body
    of two prose blocks or more; elsewhere the heading line alone goes. For scripts whose lines
    may carry no sentence punctuation, where a story title and a line of the article look alike.
    ``only_after_body``: the same, and elsewhere the heading stays too.
    """

    def __init__(
        self,
        category: str,
        source: str | Path,
        why: str,
        *,
        name: str | None = None,
        after_body: bool = False,
        only_after_body: bool = False,
    ) -> None:
        super().__init__(category, None, why, name=name, after_body=after_body, only_after_body=only_after_body)
        self.source = Path(source)
        self.phrases = read_phrases(self.source)


@dataclass(frozen=True, slots=True)
class Finding:
    """A block a detector found, with what the detector's defaults do not say (see :func:`mark`)."""

    block: int
    reason: str
    evidence: Evidence | None = None
    """None: the detector's own evidence."""
    repeats: int | None = None
    """The index of the block this one repeats; the removal stands only while that one is kept."""
    metadata: tuple[tuple[str, str], ...] = ()


def mark(
    block: int, reason: str, *, evidence: Evidence | None = None, repeats: int | None = None, **metadata: str
) -> Finding:
    """What a detector yields for a block when ``(index, reason)`` does not say enough: the block it
    repeats (``repeats=``), evidence other than the detector's, or facts the block carries
    (``title=``, ``page_title=``, ``date=``, ``author=``, ``source=``) for the result's metadata::

        yield mark(0, "headline printed above the article body", title=text)
        yield mark(index, f"repeats block {first}", repeats=first)
    """
    unknown = sorted(set(metadata) - set(METADATA_FIELDS))
    if unknown:
        raise ValueError(f"unknown metadata field {unknown[0]!r}; expected one of {', '.join(METADATA_FIELDS)}")
    return Finding(block, reason, evidence, repeats, tuple(metadata.items()))


Found = tuple[int, str] | Finding
"""What a detector function yields for each block it marks."""


class DetectorRule(Rule):
    """A function over the whole page that yields ``(block index, reason)`` or :func:`mark` findings."""

    def __init__(
        self,
        function: Callable[[Page], Iterable[Found]],
        category: str,
        why: str,
        evidence: Evidence,
        name: str | None = None,
        copies: Evidence | None = None,
        role: Role | None = None,
    ) -> None:
        super().__init__(category, why, name or function.__name__, role)
        self.function = function
        self.evidence = evidence
        self.copies = copies

    def marks(self, page: Page) -> Iterator[Mark]:
        for found in self.function(page):
            if isinstance(found, Finding):
                evidence = found.evidence or self.evidence
                yield self.mark(found.block, evidence, found.reason, ref=found.repeats, metadata=found.metadata)
            elif isinstance(found, tuple):
                index, reason = found
                yield self.mark(index, self.evidence, reason)
            else:
                raise TypeError(f"detector {self.id} yielded {found!r}; yield (index, reason) or mark(index, ...)")


class DomRule(Rule):
    """Lines of an HTML page that the extractor left out and whose DOM facts say what they are
    (a caption, a share bar, a menu): the family's name for what the extractor dropped.

    A line matches when it sits inside one of ``within`` (elements, ``figcaption``) or under a
    class or id word of ``named`` (``share``; an id that reads as a phrase counts too, as
    :attr:`~cleaner.documents.visible.LineFacts.titled`: the rule never takes prose) and has at least
    ``links`` of its characters in link text. Class words alone are too loose to be evidence (a
    recipe site's "cookie", a "caption" class around a whole figure and its story), so the
    extractor must agree. The mark is a pattern's: it never takes a line that reads like prose.
    Text input has no DOM facts, so the rule finds nothing.
    """

    def __init__(
        self,
        category: str,
        why: str,
        *,
        name: str,
        within: tuple[str, ...] = (),
        named: tuple[str, ...] = (),
        links: float = 0.0,
        role: Role | None = None,
    ) -> None:
        super().__init__(category, why, name, role)
        self.within = frozenset(within)
        self.named = frozenset(named)
        self.links = links

    def marks(self, page: Page) -> Iterator[Mark]:
        container = page.body.container if page.dropped_lines else frozenset()
        for block, facts in page.dropped_lines:
            if self.claims(block, facts, container):
                yield self.mark(block.index, Evidence.PATTERN)

    def claims(self, block: Block, facts: LineFacts, container: frozenset[str] = frozenset()) -> bool:
        """Whether this line is one the rule names: left out by the extractor, not prose, and
        where the rule looks, unless that place is the article's own ``container`` (a landmark
        or class word over most of what the extractor keeps, see :attr:`Body.container`)."""
        if facts.kept or block.is_prose or facts.link_density < self.links:
            return False
        within, named = (self.within - container, self.named - container) if container else (self.within, self.named)
        return (
            not within.isdisjoint(facts.ancestors)
            or not named.isdisjoint(facts.words)
            or not named.isdisjoint(facts.titled)
        )


def dom(category: str, why: str, *, name: str, **where: object) -> DomRule:
    """HTML lines whose element, class/id words or link share say they are ``category`` (see :class:`DomRule`)."""
    return DomRule(category, why, name=name, **where)  # type: ignore[arg-type]


def line(category: str, pattern: str, why: str, *, name: str | None = None, **options: object) -> LineRule:
    """A block that fully matches ``pattern`` (case-insensitive) is noise of ``category``; ``name``
    is the rule's stable id in its module (the loader refuses a rule without one)::

        line("promo", r"download the .{1,40} app", why="app download pitch", name="app_download")

    Pass ``sentence=True`` only for a pattern that spells out a whole boilerplate sentence, such
    as "The post X appeared first on Y.": that lets it take a block that reads like prose. Pass
    ``shape=True`` for a pattern that names no chrome, only a shape (a bare number): the guard
    then lets it take lines outside the article only.
    A pattern that can start anywhere (``.{0,300}...``) is tried on most lines; give it
    ``needs=("words", ...)``, strings one of which every match contains, and lines without any
    of them are skipped before the pattern runs. Where plain strings can't say it (a match ends
    in "less"), ``contains=r"(?r)(?:less|more)\\Z"`` is a pattern every match holds, searched with
    the rule's own flags (``(?r)`` from the end): a part of ``pattern`` that every match goes
    through, copied out, is a safe choice.
    ``role=Role.INTERRUPTS`` says a line the rule names interrupts the article, which goes on
    after it (an ad slot, a cross-reference "Read more: …"), where the category's default
    (:func:`default_role`) would have it head a box, after which the article has ended.
    """
    return LineRule(category, pattern, why, name=name, **options)  # type: ignore[arg-type]


def region(
    category: str, heading: str, why: str, *, name: str | None = None, after_body: bool = False
) -> RegionRule:
    """A heading line matching ``heading`` and the listing after it are noise of ``category``;
    ``name`` is the rule's stable id in its module, as for :func:`line` (with ``after_body``,
    the listing only after the article body; see :class:`RegionRule`)."""
    return RegionRule(category, heading, why, name=name, after_body=after_body)


def phrases(
    category: str, source: str | Path, why: str, *, name: str | None = None, role: Role | None = None
) -> PhraseRule:
    """Lines made of the phrases listed in the file ``source`` are noise of ``category`` (``role``:
    as for :func:`line`)."""
    return PhraseRule(category, source, why, name=name, role=role)


def phrase_region(
    category: str,
    source: str | Path,
    why: str,
    *,
    name: str | None = None,
    after_body: bool = False,
    only_after_body: bool = False,
) -> PhraseRegion:
    """A heading line made of the phrases in ``source`` and the listing after it are noise of ``category``
    (with ``after_body``, the listing only after the article body; with ``only_after_body``, the
    heading too; see :class:`PhraseRegion`)."""
    return PhraseRegion(category, source, why, name=name, after_body=after_body, only_after_body=only_after_body)


def phrase_pattern(*sources: str | Path) -> str:
    """The phrases listed in the files ``sources`` as one alternation for a :func:`line` pattern
    (longest first, a space matching any run of spaces): for chrome that opens with a listed label
    and goes on in free text ("Main article: ...", "Hauptartikel: ...", "主条目：..."), where the
    labels are data in many languages and the rest of the line is the pattern's::

        line("related", rf"(?:{phrase_pattern(PHRASES / 'cross_reference.txt')})\\s*[:：]\\s*.{{2,200}}", ...)
    """
    listed = {phrase for source in sources for _, phrase in read_phrases(source)}
    ordered = sorted(listed, key=lambda phrase: (-len(phrase), phrase))
    return "|".join(regex.escape(phrase).replace(r"\ ", r"\s+") for phrase in ordered)


def phrase_labels(*sources: str | Path) -> Callable[[str], int | None]:
    """A test of a line's comparison key (:func:`normalize`) against the labels listed in the
    phrase files ``sources``, all matched in one pass: the position (in ``sources``) of the file
    whose label makes up the line, with others of any file ("Leave a reply Cancel reply", "0
    Kommentare"; the longest label decides), or None where labels do not make up the whole line
    or a whole boilerplate sentence is among them. For a detector that needs to know where a box a
    phrase list names begins (a heading), without taking the line itself: the files' own rules do
    that."""
    table = PhraseTable([PhraseRule("boilerplate", source, why="label", name="label") for source in sources])

    def labels(key: str) -> int | None:
        hit = table.find(key)
        return None if hit is None or hit.sentence else hit.rule

    return labels


def detector(
    category: str,
    why: str,
    *,
    evidence: Evidence = Evidence.PATTERN,
    name: str | None = None,
    copies: Evidence | None = None,
    role: Role | None = None,
) -> Callable[[Callable[[Page], Iterable[Found]]], DetectorRule]:
    """Decorator turning ``function(page) -> [(index, reason), ...]`` into a rule named ``name``
    (default: the function's name); yield :func:`mark` where a pair does not say enough.
    ``copies``: a later copy of a line it removed goes too, as that line
    did, with this evidence (see :attr:`Family.copies`). ``role``: as for :func:`line`."""

    def wrap(function: Callable[[Page], Iterable[Found]]) -> DetectorRule:
        return DetectorRule(function, category, why, evidence, name, copies, role)

    return wrap


_NOTICE_NEEDS: set[str] = set()
"""Every string some :func:`notice` needs (lower case): a line holding none of them is no notice."""


NOTICE_MIN_CHARS = 8
"""Shorter lines ("Home", "About us") are no notice: the shortest, a copyright line, has a sign, a
year and a name."""


NOTICE_ANSWERS = "notice.answers"
"""The note (:attr:`Page.document`) where notices keep, by pattern and line text, whether the
pattern matched: a line's answer depends on its text alone, and each pass asks again about the
lines the last one kept."""


def notice_needs() -> frozenset[str]:
    """Every string some :func:`notice` loaded so far needs (lower case)."""
    return frozenset(_NOTICE_NEEDS)


def notice(
    category: str, pattern: str, why: str, *, name: str, needs: tuple[str, ...], max_chars: int = 600
) -> DetectorRule:
    """A line that ``pattern`` matches whole (case-insensitively) is a boilerplate notice worded as
    sentences (a copyright or reuse notice, the terms a sign-up form says the reader accepts) and
    may be taken even where it reads like prose, but never as one of the article's paragraphs::

        notice("legal", r"this material may not be published\b.{0,300}", why="reuse notice",
               name="reuse", needs=("may not be",))

    Outside the body's stretch of prose (``page.body.core``) every such line goes; inside it (a
    footer's prose past a comment link can join the stretch) only one that does not follow a
    paragraph: the line right after a paragraph is the article's own (a syndicated story prints
    its agency's notice as its last paragraph, an article quotes a notice). ``needs``: strings of
    which every match holds one (in the line's comparison key, lower case), where a word starts
    unless the string opens with a sign or a CJK character; lines without any are not tried.
    """
    compiled = regex.compile(pattern, regex.IGNORECASE | regex.V0)
    lowered = tuple(need.lower() for need in needs)
    _NOTICE_NEEDS.update(lowered)
    wanted = frozenset(lowered)

    def find(page: Page) -> Iterator[Found]:
        blocks = page.blocks
        answers = page.document.setdefault(NOTICE_ANSWERS, {})  # a line's answer, for the later passes
        for index, held in page.notice_lines.items():
            text = blocks[index].text
            if len(text) > max_chars or wanted.isdisjoint(held):
                continue
            found = answers.get((compiled, text))
            if found is None:
                try:
                    match = compiled.fullmatch(text.strip(), timeout=PATTERN_TIMEOUT)
                except TimeoutError:
                    continue
                found = answers[compiled, text] = match is not None
            if found:
                yield index, "notice outside the article's paragraphs"

    return DetectorRule(find, category, why, Evidence.SENTENCE, name)


@dataclass(frozen=True)
class Family:
    """A family module applies to every document.

    ``copies``: a later copy of a line one of the family's rules removed, printed outside the
    article's paragraphs, goes too as what that line was (its rule, category and reason, saying it
    is a copy), judged by the guard with this evidence; None, the default: a copy is judged on its
    own (see :mod:`cleaner.engine.copies`). A menu printed in the header and again in the footer is
    navigation twice."""

    name: str
    copies: Evidence | None = None

    def applies(self, url_domain: str | None, text: str) -> bool:
        return True


@dataclass(frozen=True)
class Site:
    """A site module applies when the URL's domain is one of ``domains`` (or a subdomain), or,
    for text without a URL, when ``fingerprint`` is found near the head or tail of the text."""

    name: str
    domains: Sequence[str] = ()
    fingerprint: str | None = None
    _compiled: regex.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.fingerprint:
            object.__setattr__(self, "_compiled", regex.compile(self.fingerprint))

    def applies(self, url_domain: str | None, text: str) -> bool:
        if url_domain and any(url_domain == d or url_domain.endswith("." + d) for d in self.domains):
            return True
        if self._compiled is None:
            return False
        edges = text if len(text) <= 40_000 else text[:20_000] + "\n" + text[-20_000:]
        try:
            return self._compiled.search(edges, timeout=PATTERN_TIMEOUT * 4) is not None
        except TimeoutError:
            return False
