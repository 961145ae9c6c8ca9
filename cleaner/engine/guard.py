"""The guard: the one place that decides which marks stand, so the article body is never cut.

Rules only claim; the guard rules. Its policy, by the evidence a mark carries:

* a block that does not read like prose may be taken by any mark;
* a prose block may be taken only by strong evidence: a whole boilerplate sentence spelled out by
  a pattern (``SENTENCE``), a repeat of a block that stays (``REPEAT``), boilerplate learned
  across pages (``LEARNED``) or a detector's score over its threshold (``SCORED``);
* a ``REGION`` mark (a listing under "Related Articles") takes a prose block only when that block
  is a card the page prints more than once (a syndicated teaser), stands alone between non-prose
  lines, lies outside the article body, and the page has a body of at least two adjacent prose
  blocks elsewhere. A lone paragraph after a listing may be the article's last one, and a
  one-paragraph article is never a "teaser"; only the repetition tells a card apart;
* an ``EXTRACTOR`` mark (the HTML extractor left the line out) takes a line the page also puts in
  chrome (:attr:`Body.outside`: a landmark such as ``<nav>``, a container named for comments or
  sharing, a short link); any other line it takes only outside the article: the body core, the
  span from the extractor's first kept line to its last, and the prose running on from them
  (:meth:`Body.article_given`), and away from the place holding most of the prose it keeps
  (:attr:`Body.in_place`: the article's paragraphs past a share bar where it stopped; and
  :attr:`Body.cited`: the web addresses the article lists there as its sources). Article
  text the extractor dropped is the truncation cleaner exists to end. The lines in chrome go in
  any case, so they are settled before the page rules run (:func:`settle_outside`), and the
  rules and this guard work on the rest;
* a ``REPEAT`` mark stands only if the block it repeats is kept, so nothing is removed for
  repeating a block that was itself removed; on a figure (digits and no letter: a rank, a year, a
  price) it is weighed as a ``SHAPE`` mark (:attr:`_MarkedLines.marks`): a table's rank cell printing a
  number seen above is not a copy of it. A figure of :data:`IDENTIFIER_DIGITS` digits or more (a
  phone number) printed again is a copy all the same.
* a ``SHAPE`` mark (a bare number, a run of short lines, a first line shaped like a headline)
  takes no line inside the article, followed to its real end over sections, lists and tables
  (:meth:`cleaner.engine.body.Body.article_with_tail`), nor in the list right after the page's
  last paragraph when that paragraph lies past it (:meth:`cleaner.engine.body.Body.closing_list`),
  nor in the list right after the article's end that a line named by what it is ends (a box's
  heading: :meth:`cleaner.engine.body.Body.list_before_box`; a dated run may have read the list's
  heading and date as its first unit's head):
  there a subheading, a list item, a table row, a code line or half of a broken sentence has the
  same shape, so only evidence that names what a line is may take it. A line named only by rules
  whose role is to interrupt the article (:class:`cleaner.rule_api.Role`: a photo caption, a
  credit, an ad slot, a cross-reference), or by those and a box's notice found by its wording (a
  credit reading as a rights notice), does not end the article there: it goes on past it, as
  past an unmarked interruption. Where the page's heaviest prose is a row of headlines over one
  paragraph each (:attr:`cleaner.engine.body.Body.core_is_card_row`: sections or story cards), the
  article may start before it, at a short article whose closing list a run of headlines parts from
  the row: the article is taken to start there when, followed from that paragraph, it reaches the
  row (:meth:`cleaner.engine.body.Body.article_from_before`); and on any page it starts at the
  paragraphs the page opens with when, followed from them, it reaches the heaviest prose. Where
  no paragraph of the heaviest prose is the article's own (each is ``taken``, or stands under a
  line a ``BOX`` mark names: a feed notice, an author's bio), the article is found past them
  (:func:`_shape_article`). Nor does a ``SHAPE`` mark take half of a sentence broken across
  lines that, whole, reads like prose, wherever it stands: its first half has a headline's or a
  name's shape ("Defense Secretary Pete Hegseth" over "said on Monday that ..."), and a rule's
  model of the page (a masthead over a headline the title prints again) may place it outside the
  article.
* a ``SCORED`` mark does not take half of a sentence broken across lines: the score judged a
  paragraph that is not one.
* a ``TRAILER`` mark (a run whose rhythm says what it is: a comment thread, a list of story
  cards) takes any line of the run, prose too, but only past the article's end: the article
  followed to its real end (:meth:`cleaner.engine.body.Body.article_with_tail`) with every line
  such marks name counted as named but the first card's head of a run of story cards found by
  their shape (:attr:`cleaner.engine.body.Body.card_heads`: its headline may be the last item
  of a list the article ends with), from a core that weighs the page's trailing runs as chrome
  (:attr:`cleaner.engine.body.Body.core`); and only on a page whose article holds two paragraphs
  or more besides. Inside the article and before it, it takes nothing; nor does it take the
  teaser of a run's first story card standing right under a line a rule names
  (:meth:`cleaner.engine.body.Body.teasers_under_boxes`): a "Related Articles" box of one headline
  set into the article prints the article's next paragraph where its card's teaser would stand.
  Nor does it take a unit of story cards found by their shape whose headline a mark names as
  anything but a listing's entry (a photo credit, a breadcrumb, a cross-reference, "Main article:
  …": what stands between the article's paragraphs), nor any line of a run left with fewer than
  three cards besides such units (:meth:`cleaner.engine.body.Body.false_cards`).
* a ``HEAD`` mark (a line of the masthead over the headline the page's title prints again,
  :attr:`cleaner.engine.body.Body.headline`) takes any line, prose too, but only more than
  :data:`~cleaner.engine.headline.HEAD_LINES` lines over that headline (its kicker, dek and byline may
  stand there), outside the article as shape marks see it (it goes back above a headline printed
  alone, which a story card inside the article may repeat, but not above one the title names
  apart from the site's name: :attr:`cleaner.engine.headline.Headline.over`), and only on a page
  whose article under the headline holds two paragraphs printed once or more
  (:func:`_masthead_end`). On a line that is no prose (a menu's item) it is weighed as a ``SHAPE``
  mark. Where the page opens its article right under its title and the line printing the title
  again is an entry of a listing a heading names that goes on past it (``REGION`` marks: a "Most
  read" box repeating the title), that line is no headline, and a ``HEAD`` mark takes nothing
  (:func:`_listed_headline`).
* a ``BOX`` mark (a line of a box a heading names after the article: "Leave a reply", "About
  the author") takes a line that does not read like prose, only past the article's end as the
  body sees it with every line such marks name weighed as chrome
  (:meth:`cleaner.engine.body.Body.article_past`), and only on a page whose article there holds
  two paragraphs or more; nor does it take the list right after the page's last paragraph
  (:meth:`cleaner.engine.body.Body.last_list`), which may close the article past a box. Inside
  the article and before it, it takes nothing: a heading named like a box may be the article's
  own ("Comments" over the minister's comments), and its list items and subheadings have the
  shapes a box's lines have.

Every mark the guard refuses is returned as a veto, so rule authors see what was held back. The
line matcher asks :func:`takes_prose` which rules are worth trying on prose at all; the others
are tried there only when refusals are to be recorded (``explain``), and come here to be refused.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field

from cleaner.engine.blocks import Block, looks_like_prose
from cleaner.engine.body import Article, Body, broken_sentence, figure
from cleaner.engine.headline import HEAD_LINES
from cleaner.rule_api import Evidence, Mark, Role

_TAKES_PROSE = frozenset({Evidence.SENTENCE, Evidence.REPEAT, Evidence.LEARNED, Evidence.SCORED})
_PLACED = frozenset({Evidence.EXTRACTOR, Evidence.TRAILER, Evidence.HEAD})
"""Evidence that may take prose where :func:`decide` finds it outside the article."""
_UNNAMED = frozenset({Evidence.SHAPE, Evidence.TRAILER, Evidence.BOX, Evidence.HEAD})
"""Evidence that says where a line stands, not what it is: a line it marks is not named chrome
when the guard follows the article to its end."""
_PRIORITY = {
    Evidence.SENTENCE: 0,
    Evidence.PATTERN: 1,
    Evidence.LEARNED: 2,
    Evidence.REGION: 3,
    Evidence.TRAILER: 3,
    Evidence.BOX: 4,
    Evidence.SHAPE: 5,
    Evidence.HEAD: 5,
    Evidence.SCORED: 6,
    Evidence.REPEAT: 7,
    Evidence.EXTRACTOR: 8,
}
"""When several marks stand on one block, the most specific explains the removal: a line's shape
after what names the line ("Most read" is a related-content heading before it is a short line
after the article), a box's heading over its lines after what names the line itself (a listing's
headline), before a score or a repeat."""


def _half_sentence(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block is one half of a sentence broken across two lines."""
    return _with_neighbour(blocks, index, broken_sentence)


def _half_of_prose(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block is one half of a sentence broken across two lines that, whole, reads like
    prose (:func:`_broken_prose`)."""
    return _with_neighbour(blocks, index, _broken_prose)


def _with_neighbour(blocks: Sequence[Block], index: int, pair: Callable[[Block, Block], bool]) -> bool:
    """Whether the block and the one before it, or it and the one after it, are such a ``pair``."""
    return (index > 0 and pair(blocks[index - 1], blocks[index])) or (
        index + 1 < len(blocks) and pair(blocks[index], blocks[index + 1])
    )


def _broken_prose(first: Block, second: Block) -> bool:
    """Whether two lines are a sentence broken across them that, whole, reads like prose: its
    halves have a heading's or a name's shape ("Defense Secretary Pete Hegseth" over "said on
    Monday that ..."), the sentence they make a paragraph's. Each half holds words apart:
    addresses one a line ("https://example.com/...") open in lower case too, and make no sentence.
    The break is tested first (:func:`broken_sentence`, most lines open in upper case): the guard
    asks for every line a shape's mark would take."""
    return (
        broken_sentence(first, second)
        and len(first.text.split()) > 1
        and len(second.text.split()) > 1
        and looks_like_prose(f"{first.text} {second.text}", first.words + second.words)
    )


def _refused_anywhere(blocks: Sequence[Block], mark: Mark, prose: bool) -> str | None:
    """The refusals that hold wherever a line stands, also outside the article (for
    :func:`settle_outside` as for :func:`decide`): a score does not judge half of a sentence, and a
    line that reads like prose goes only to evidence that may take prose (the extractor's mark has
    its own test, and :func:`decide` weighs a listing's mark on prose further)."""
    if mark.evidence is Evidence.SCORED and _half_sentence(blocks, mark.block):
        return "a score judges a paragraph, and this line is half of a sentence broken across lines"
    if prose and not takes_prose(mark.evidence) and mark.evidence not in _PLACED:
        return f"a {mark.evidence.value} rule may not take a block that reads like prose"
    return None


def takes_prose(evidence: Evidence) -> bool:
    """Whether a mark with this evidence may take a block that reads like prose wherever it is
    (``REGION`` may, under the conditions :func:`decide` checks; ``PATTERN`` never may)."""
    return evidence in _TAKES_PROSE


@dataclass(frozen=True, slots=True)
class Veto:
    """A mark the guard refused, with the reason, for ``--explain`` and rule authors."""

    mark: Mark
    why: str


@dataclass(frozen=True, slots=True)
class Decision:
    """The guard's verdict on one page: the mark that removes each block (or None), and vetoes."""

    removals: list[Mark | None]
    vetoes: list[Veto]
    article_end: int | None = None
    """Where the article ends as the guard followed it for shape marks (None: no shape mark): a
    box's line removed past it ended the article (see :func:`heads_box`)."""


def settle_outside(
    blocks: Sequence[Block], outside: Collection[int], marks: Mapping[int, Sequence[Mark]]
) -> dict[int, Mark]:
    """The removal of each line the extractor left out that the page also puts in chrome
    (:attr:`Body.outside`), decided before any page rule runs.

    The guard lets the extractor's mark take such a line in any case (it is outside the
    article), so only the explanation is open: the most specific of the line's own marks that
    the guard would let stand outside the article (a mark repeating another line aside, which
    needs that line's fate), else the extractor's. Settled first, these lines stay out of the
    view every page rule and the guard then work on: most of a page's lines, so most of their
    cost.
    """
    settled: dict[int, Mark] = {}
    for index in sorted(outside):
        prose = blocks[index].is_prose
        for mark in sorted(marks.get(index, ()), key=lambda m: _PRIORITY[m.evidence]):
            if mark.ref is not None or _refused_anywhere(blocks, mark, prose) is not None:
                continue
            settled[index] = mark
            break
    return settled


MIN_BODY_PARAGRAPHS = 2
"""Paragraphs an article holds besides the lines a placed mark names before those lines may go
past its end: with fewer, they may be the page's only text."""
_CLOSING_LIST = "a list after the page's last paragraph may close the article"


def _with_body(article: Article, paragraphs: int) -> Article | None:
    """``article`` when it holds :data:`MIN_BODY_PARAGRAPHS` paragraphs or more, else None."""
    return article if article and paragraphs >= MIN_BODY_PARAGRAPHS else None


def _trailed_article(
    body: Body, named: Collection[int], interrupting: Collection[int], runs: Collection[int]
) -> Article | None:
    """The article a trailing run may follow: :meth:`Body.article_with_tail` with the run's lines
    among the ``named`` ones, past the ``interrupting`` ones (a photo credit) as past an unmarked
    line, when its core holds two paragraphs or more outside them."""
    article = body.article_with_tail(named, None, interrupting, runs)
    return _with_body(article, sum(body.blocks[index].is_prose for index in body.core if index not in named))


def _shape_article(
    body: Body,
    named: Collection[int],
    taken: Collection[int],
    boxed: Collection[int],
    interrupting: Collection[int],
    runs: Collection[int],
) -> Article:
    """The article shape marks may not take lines of: :meth:`Body.article_with_tail`, but where no
    paragraph of the core is the article's own (:func:`_core_not_the_article`), the article past
    them (:meth:`Body.article_past`): a feed notice and an author's bio under "About the author"
    outweighed a one-paragraph article, whose closing list ("Awards", "2018") went to shape marks."""
    paragraphs = _core_not_the_article(body, taken, boxed)
    if paragraphs:
        return body.article_past(paragraphs, named, interrupting, runs)
    return body.article_with_tail(named, None, interrupting, runs)


def _core_not_the_article(body: Body, taken: Collection[int], boxed: Collection[int]) -> frozenset[int]:
    """The core's paragraphs when none is the article's own, else none: each goes whatever else
    the guard decides (``taken``: a feed notice, learned boilerplate) but one at most, standing
    under a line of the core that a box's mark names (``boxed``: an author's bio under "About the
    author"). The core opens on a paragraph, so such a core opens on one that goes; two paragraphs
    under a heading named like a box are a section of the article ("Comments from the minister")."""
    core, blocks = body.core, body.blocks
    first_box = min((index for index in boxed if index in core), default=len(blocks))
    paragraphs = frozenset(index for index in core if blocks[index].is_prose)
    boxed_paragraphs = [index for index in paragraphs if index not in taken]
    if len(boxed_paragraphs) <= 1 and all(index > first_box for index in boxed_paragraphs):
        return paragraphs
    return frozenset()


def _boxed_article(body: Body, boxed: Collection[int], named: Collection[int]) -> Article | None:
    """The article the ``boxed`` lines may follow: :meth:`Body.article_past` with them weighed as
    chrome, when it holds two paragraphs or more."""
    article = body.article_past(boxed, named)
    return _with_body(article, sum(body.blocks[index].is_prose for index in range(article.start, article.stop)))


@dataclass(frozen=True, slots=True)
class _PastTheEnd:
    """Where marks that take lines only past the article's end (a trailing run's, a box's) may
    take them: past ``article``'s end (None: the page has no article of two paragraphs besides
    the lines they name, which may be it), and not in ``closing``, a list that may close the
    article whatever heading stands before it."""

    article: Article | None
    lines: str
    """What the marks name, as the reasons say it ("this run, so the run")."""
    what: str
    """What such a mark takes, as the reasons say it ("a run trailing the article")."""
    closing: range = range(0)

    def refusal(self, index: int) -> str | None:
        if self.article is None:
            return f"the page has no article of two paragraphs besides {self.lines} may be it"
        if index < self.article.stop:
            return f"{self.what} is taken only past the article's end"
        if index in self.closing:
            return f"{_CLOSING_LIST}, whatever heading stands before"
        return None


@dataclass(slots=True)
class _MarkedLines:
    """A page's marks as the guard weighs them, and the lines they name by what names them,
    gathered in one look at the marks."""

    marks: list[Mark] = field(default_factory=list)
    """The marks, a repeat of a :func:`figure` (a number, a rank, a year, a price: digits and no
    letter) weighed as a ``SHAPE`` mark: the same figure printed twice says nothing about what
    either line is, so inside the article's own list or table a rank cell is not a copy of a number
    above it, and it neither ends that list nor goes for repeating it. Outside the article a shape
    mark takes it as the repeat would. An identifier (:func:`_identifier`: a phone number) stays a
    repeat: a footer printing the masthead's phone number again is its copy."""
    chrome: set[int] = field(default_factory=set)
    """Lines that do not read like prose and carry a mark."""
    named: set[int] = field(default_factory=set)
    """Of those, the lines a mark names by what they are, not only by where they stand (:data:`_UNNAMED`)."""
    heading: set[int] = field(default_factory=set)
    """Lines (prose too) so named by a mark whose :class:`~cleaner.rule_api.Role` is to head a box:
    where the guard follows the article for shape marks, it goes on past the other named lines (a
    photo caption, an ad slot, a cross-reference) as past an unmarked one, at its next paragraph.
    A line such an interrupting rule names is none of them where only a box's notice found by its
    wording (``SENTENCE`` evidence) names it too: a photo's credit ("Photo: © 2024 Jane Roe") reads
    as a rights notice, and the rule that reads its whole line says what it is."""
    taken: set[int] = field(default_factory=set)
    """Paragraphs that go whatever else the guard decides: a whole boilerplate sentence, learned boilerplate."""
    trailing: set[int] = field(default_factory=set)
    boxed: set[int] = field(default_factory=set)
    runs: set[int] = field(default_factory=set)
    """Named lines that go on with the run of the named line over them: one rule names both for
    the same reason (one finding, a menu's items), so they are one box where the article is
    followed past it (:meth:`Body.article_with_tail`)."""
    listed: set[int] = field(default_factory=set)
    """Lines a ``REGION`` mark names as an entry of a listing under a heading ("Most read"): the
    only named lines that may be a story card's headline (a credit, a breadcrumb or a cross-reference
    set into the article heads no card: :meth:`Body.false_cards`)."""
    shaped: bool = False
    headed: bool = False
    """Whether a ``HEAD`` mark is among them."""

    @classmethod
    def of(cls, marks: Sequence[Mark], blocks: Sequence[Block], prose: Sequence[bool]) -> _MarkedLines:
        found = cls()
        weighed = found.marks
        findings: dict[int, tuple[str, str]] = {}
        interrupts: set[int] = set()  # lines an interrupting rule names (a photo's credit)
        notices: set[int] = set()  # lines a box's notice names by its wording (a rights notice)
        boxes: set[int] = set()  # lines a box's rule names otherwise
        for mark in marks:
            index, evidence = mark.block, mark.evidence
            if evidence is Evidence.REPEAT and figure(blocks[index]) and not _identifier(blocks[index]):
                mark = mark._replace(evidence=Evidence.SHAPE)
                evidence = Evidence.SHAPE
            weighed.append(mark)
            if not prose[index]:
                found.chrome.add(index)
            if evidence not in _UNNAMED:
                if not prose[index]:
                    found.named.add(index)
                    findings.setdefault(index, (mark.rule, mark.reason))
                if heads_box(mark):
                    found.heading.add(index)
                    (notices if evidence is Evidence.SENTENCE else boxes).add(index)
                else:
                    interrupts.add(index)
            elif evidence in (Evidence.SHAPE, Evidence.HEAD):
                found.shaped = True
                if evidence is Evidence.HEAD:
                    found.headed = True
            elif evidence is Evidence.TRAILER:
                found.trailing.add(index)
            elif evidence is Evidence.BOX:
                found.boxed.add(index)
            if evidence is Evidence.REGION:
                found.listed.add(index)
            if prose[index] and evidence in (Evidence.SENTENCE, Evidence.LEARNED):
                found.taken.add(index)
        found.runs = {index for index in found.named if findings[index] == findings.get(index - 1)}
        found.heading -= (interrupts & notices) - boxes  # a photo's credit that reads as a rights notice
        return found


def heads_box(mark: Mark) -> bool:
    """Whether ``mark`` names its line as a box's (a "Related" heading, a comment form's field, a
    syndication notice): by what the line is (not :data:`_UNNAMED` evidence), with a rule whose
    role is not to interrupt the article (:class:`~cleaner.rule_api.Role`). The article has ended
    where such a line stands, in a later pass too, once the line has gone."""
    return mark.evidence not in _UNNAMED and mark.role is not Role.INTERRUPTS


def _masthead_end(body: Body) -> int | None:
    """The first line a ``HEAD`` mark may not take: :data:`HEAD_LINES` lines over the headline the
    page's title prints again (its kicker, dek or byline may stand there), where the article under
    it holds two paragraphs printed once or more. None otherwise: no headline, or a one-paragraph
    article that a misplaced headline could take."""
    headline = body.headline
    if headline is None:
        return None
    article = body.article
    if article.start <= headline.index or sum(i in article for i in body.printed_once) < 2:
        return None
    return headline.index - HEAD_LINES


def _listed_headline(body: Body, listed: Collection[int]) -> bool:
    """Whether the line the body takes for the headline the page's title prints again is a card of a
    listing (a "Most read" box repeating the title): an entry of a listing a heading names
    (``listed``, lines a ``REGION`` mark names) that goes on past it, on a page that opens its
    article right under its title (:attr:`Body.under_title`). A listing opened in a masthead
    reaches the headline over the article too, but ends at it, where the article starts, or has
    menus under the title."""
    headline = body.headline
    return (
        headline is not None
        and headline.index in listed
        and headline.index + 1 in listed
        and bool(body.under_title)
    )


IDENTIFIER_DIGITS = 9
"""Digits from which a figure is an identifier (a phone number, an account or a registration
number), not a measure, a rank, a year or a date, as a table's cell is."""


def _identifier(block: Block) -> bool:
    """Whether a figure line holds :data:`IDENTIFIER_DIGITS` digits or more: printed twice, such a
    line is a copy (a footer printing the phone number the masthead printed), not a cell of the
    article's table printing the same value as a line above."""
    return sum(character.isdigit() for character in block.text) >= IDENTIFIER_DIGITS


def decide(body: Body, marks: Sequence[Mark]) -> Decision:
    """Decide which marks stand on the page ``body`` belongs to; blocks are settled in order so
    repeats can check what they repeat."""
    blocks = body.blocks
    prose = [block.is_prose for block in blocks]
    lines = _MarkedLines.of(marks, blocks, prose)
    marks = lines.marks
    echoed = body.echoed
    core = body.core_given(lines.chrome)
    core_has_body = sum(prose[i] for i in core) >= MIN_BODY_PARAGRAPHS
    named, taken = frozenset(lines.named), frozenset(lines.taken)
    # Named lines that head no box: one named only by rules whose role is to interrupt the article
    # (a photo caption, an ad slot, a cross-reference) does not end it.
    interrupting, runs = named - lines.heading, frozenset(lines.runs)
    shape_article = (
        body.article_from_before(
            _shape_article(body, named, taken, frozenset(lines.boxed), interrupting, runs),
            named,
            taken,
            interrupting,
            runs,
        )
        if lines.shaped
        else None
    )
    closing_list = (
        body.closing_list(named, shape_article, taken, interrupting) if shape_article is not None else range(0)
    )
    boxed_list = body.list_before_box(shape_article, named, interrupting) if shape_article is not None else range(0)
    article = body.article_given(core) if body.facts is not None else core
    # A listing's entry may be a story card's headline; a line named as anything else heads no card.
    false_cards = body.false_cards(named - lines.listed) if lines.trailing else frozenset()
    boxed_teasers = body.teasers_under_boxes(lines.heading) if lines.trailing else frozenset()
    trailed = _PastTheEnd(
        _trailed_article(body, named | (lines.trailing - body.card_heads - false_cards), interrupting, runs)
        if lines.trailing
        else None,
        "this run, so the run",
        "a run trailing the article",
    )
    boxed_article = _boxed_article(body, lines.boxed, named) if lines.boxed else None
    boxed = _PastTheEnd(
        boxed_article,
        "the boxes, so a box",
        "a box a heading names",
        body.last_list(named, taken) if boxed_article is not None else range(0),
    )
    outside = body.outside
    masthead_end = _masthead_end(body) if lines.headed else None
    listed_headline = lines.headed and _listed_headline(body, lines.listed)
    between = body.between_paragraphs if lines.shaped else frozenset()
    removals: list[Mark | None] = [None] * len(blocks)
    vetoes: list[Veto] = []
    deferred: list[Mark] = []

    def shape_refusal(index: int) -> str | None:
        """Why a mark that says where a line stands or what shape it has, not what it is, may not take it."""
        if shape_article is not None and index in shape_article:
            return "inside the article a line is taken by evidence naming what it is, not by its shape"
        if index in closing_list or index in boxed_list:
            return f"{_CLOSING_LIST}: shape alone does not take it"
        if _half_of_prose(blocks, index):
            return "half of a sentence broken across lines that reads like prose: shape alone does not take it"
        if index in between:
            return "right between two paragraphs printed once, a line is the body's: shape alone does not take it"
        return None

    def refusal(mark: Mark) -> str | None:
        index = mark.block
        if mark.ref is not None and removals[mark.ref] is not None:
            return f"block {mark.ref}, which it repeats, is itself removed"
        if mark.evidence is Evidence.EXTRACTOR:
            if index in outside:
                return None
            if index in article:
                return "a line of the article, in no page chrome, that the extractor left out"
            if index in body.in_place:
                return "prose the extractor left out, in the same place as the article's paragraphs it keeps"
            if index in body.cited:
                return "a web address the article lists as a source, in the place of the paragraphs the extractor keeps"
            return None
        if mark.evidence is Evidence.TRAILER:
            if index in false_cards:
                return "a headline a rule names as what it is (a credit, a breadcrumb, a cross-reference) heads no card"
            if index in boxed_teasers:
                return "a paragraph under a box a rule names may be the article's next one, not the box card's teaser"
            return trailed.refusal(index)
        if mark.evidence is Evidence.HEAD:
            if listed_headline:
                return "the line printing the page's title again is an entry of a listing a heading names, no headline"
            if not prose[index]:
                return shape_refusal(index)
            if masthead_end is None:
                return "no headline the page's title prints again stands over an article of two paragraphs under it"
            if index >= masthead_end:
                return "the lines just over the headline may be its kicker, dek or byline"
            if shape_article is not None and index in shape_article:
                return "the article as the body sees it goes back over this line, above the headline printed again"
            return None
        if mark.evidence is Evidence.BOX:
            if prose[index]:
                return "a box's line that reads like prose may be the article's own paragraph"
            return boxed.refusal(index)
        if mark.evidence is Evidence.SHAPE and (why := shape_refusal(index)) is not None:
            return why
        why = _refused_anywhere(blocks, mark, prose[index])
        if why is None or mark.evidence is not Evidence.REGION:
            return why
        # A listing's mark on prose: only a card the page prints again, alone, outside the body.
        if index not in echoed:
            return "prose printed once may be the article's own paragraph, not a listing card"
        if index in core:
            return "prose inside the article body"
        if not core_has_body:
            return "the page has no other body, so this prose may be the article"
        if (index > 0 and prose[index - 1]) or (index + 1 < len(blocks) and prose[index + 1]):
            return "prose next to prose is a body, not a listing teaser"
        return None

    # Block by block, each block's marks most specific first (a stable sort: ties keep their order).
    for mark in sorted(marks, key=lambda m: (m.block, _PRIORITY[m.evidence])):
        index = mark.block
        if mark.ref is not None and mark.ref > index:
            deferred.append(mark)
            continue
        if removals[index] is not None:
            continue  # the block goes for a more specific mark: whether this one would stand says nothing
        why = refusal(mark)
        if why is None:
            removals[index] = mark
        else:
            vetoes.append(Veto(mark, why))
    for mark in deferred:
        why = refusal(mark)
        if why is None:
            removals[mark.block] = removals[mark.block] or mark
        else:
            vetoes.append(Veto(mark, why))
    return Decision(removals, vetoes, shape_article.stop if shape_article is not None else None)
