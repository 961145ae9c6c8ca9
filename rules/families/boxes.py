"""Boxes a heading names after the article: its comments, the author's box, related stories, a
newsletter sign-up, a call to sign up, try or buy ("Start your free trial") over its terms.

The article's model (:meth:`cleaner.engine.body.Body.article_with_tail`) runs on over what a box
prints after the article. A heading that names a box ("Leave a reply", "About the author", "Das
könnte Sie auch interessieren", "Newsletter"), in the languages the phrase lists cover, says
where the article ends when it stands past the article's last line: the lines under it are the
box's, up to the next box, the page's end, or the first line that may be the article's own text
(a paragraph, a sentence of its own: see :func:`_own_text`; under a call to sign up, a short
sentence the calls list names is the box's terms), which stays with the line right over it and what follows it
(:func:`_box_end`). A
heading inside the article ("Comments" over a section that goes on with the article's
paragraphs) is no box: the article as the body follows it with the box's lines weighed as chrome
still runs past it, or the article's numbered items go on under it. The guard lets these marks
(``Evidence.BOX``) take lines that are not prose, and only past the article's end.

A bio, a comment or a teaser under such a heading is prose printed once, as the article's last
paragraph is: on the dev pages, taking it too raised text F1 by 0.008 to 0.024 more, but the golds
keep an author's bio or a blog's comments as often as not, and a paragraph after a heading named
like a box ("Leggi anche" over a teaser the article goes on after) can be the article's. What
tells them apart is left to evidence of its own.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from cleaner.rule_api import Block, Evidence, Family, Page, detector, ends_in_terminal, is_glued_list, phrase_labels

family = Family("boxes")
PHRASES = Path(__file__).with_name("phrases")

BOX_HEADING_WORDS = 8
"""A box's heading is short; a longer line is a sentence or a headline, not a box's name."""

_SIGN_UP = "promo"
"""The category of a sign-up box's lines: a newsletter's, a trial's or a sales call's."""
AUTHOR = "metadata"
"""The category of an author box's lines: what the page says of its author, as a byline is."""
_KINDS = (
    ("comments", PHRASES / "comment_headings.txt"),
    (AUTHOR, PHRASES / "author.txt"),
    ("related", PHRASES / "related.txt"),
    ("related", PHRASES / "related_cjk.txt"),
    (_SIGN_UP, PHRASES / "newsletter.txt"),
    (_SIGN_UP, PHRASES / "calls.txt"),
)
"""The kinds of box, by the category their lines go under, and the labels that name them."""
_LABEL = phrase_labels(*(source for _, source in _KINDS))
_REGION_KINDS = {
    "related.section": "related",
    "related.section_phrases": "related",
    "related.section_phrases_cjk": "related",
    "extracted.other_articles": "related",
    "extracted.author_box": AUTHOR,
}
"""Region headings (matched by their rules' patterns) that name a box of these kinds too."""
LABELS = "boxes.labels"
"""The note (:attr:`Page.document`) where each line key's label is kept: it depends on the key
alone, and each pass asks again about the lines the last one kept."""
_DIGITS = regex.compile(r"\d+")
"""A count in a label ("11 comments"): a label printed again with another count is a counter
under each item of a list, not the heading of a box."""

@dataclass(frozen=True, slots=True)
class Box:
    """A box past the article's end: its kind (a category), its heading line, and its lines
    (heading included)."""

    category: str
    heading: str
    lines: range


_FOUND: weakref.WeakKeyDictionary[Page, list[Box]] = weakref.WeakKeyDictionary()
"""Each page's boxes, found once for the detectors of every kind."""


def boxes(page: Page) -> list[Box]:
    """The boxes past the article's end on this page (see the module's docstring)."""
    found = _FOUND.get(page)
    if found is None:
        found = _FOUND[page] = _find_boxes(page)
    return found


def _find_boxes(page: Page) -> list[Box]:
    """The boxes of a text page; an HTML page's markup says where its boxes are (the extractor's
    verdict, landmarks and class words), so none are looked for there."""
    blocks, keys, body = page.blocks, page.keys, page.body
    core = body.core
    if not core or page.facts is not None:
        return []
    heads: dict[int, str] = {}
    labels: dict[str, int | None] = page.document.setdefault(LABELS, {})  # type: ignore[assignment]
    for index in range(core.start + 1, len(blocks)):
        block = blocks[index]
        if block.is_prose or block.words > BOX_HEADING_WORDS:
            continue
        key = keys[index]
        label = labels[key] if key in labels else labels.setdefault(key, _LABEL(key))
        kind = _KINDS[label][0] if label is not None else _REGION_KINDS.get(page.headings.get(index, ""))
        if kind is not None:
            heads[index] = kind
    calls = frozenset(index for index, kind in heads.items() if kind == _SIGN_UP)
    counted = Counter(_DIGITS.sub("0", keys[index]) for index in heads if _repeats(heads[index], keys[index]))
    heads = {index: kind for index, kind in heads.items() if counted[_DIGITS.sub("0", keys[index])] <= 1}
    if not heads:
        return []
    bounds = sorted({*heads, *(index for index in page.headings if index > core.start), len(blocks)})
    candidates: list[Box] = []
    inside = -1  # the end of the last box read: its own labels ("Reply", "Cancel reply") open none
    for heading, kind in heads.items():
        if heading < inside:
            continue
        inside = next(bound for bound in bounds if bound > heading and heads.get(bound) != kind)
        lines = range(heading, _box_end(blocks, heading, inside, calls if kind == _SIGN_UP else frozenset()))
        candidates.append(Box(kind, blocks[heading].text.strip(), lines))
    # Where the article ends with every candidate's lines weighed as chrome, as the guard sees it.
    end = body.article_past(frozenset(index for box in candidates for index in box.lines)).stop
    return [
        box
        for box in candidates
        if box.lines.start >= end and not body.numbering_goes_on(box.lines)
    ]


def _repeats(kind: str, key: str) -> bool:
    """Whether a label that opens a box of this ``kind`` opens none when the page prints it again
    past the article's start: one with a count ("11 comments"), a counter under each item of a list
    when printed again with another count; a call to sign up ("Start now"), the control under each
    item of a list (a course's lessons) when printed again at all."""
    return kind == _SIGN_UP or _DIGITS.search(key) is not None


SENTENCE_WORDS = 3
"""A line of this many words or more that ends its sentence reads as one ("He writes about food.")."""


def _box_end(blocks: Sequence[Block], heading: int, bound: int, terms: frozenset[int]) -> int:
    """Where the box under the heading at ``heading`` ends, at ``bound`` (the next box) at the
    latest: after a list glued into one line, which holds the whole listing, or before the first
    line that may be the article's own text (:func:`_own_text`) and the line right over it, which
    may be that paragraph's subheading (the article going on after a box that interrupts it). The
    ``terms`` are lines that read as a sentence and are the box's all the same: under a call to
    sign up, the terms and messages the calls list names ("No credit card required.", "Your
    submission has been received!"); a sentence no list names there ("He declined to comment.")
    may still be the article's, going on past a call that interrupts it."""
    for index in range(heading + 1, bound):
        if is_glued_list(blocks[index]):
            return index + 1
        if index not in terms and _own_text(blocks[index]):
            return max(heading + 1, index - 1)
    return bound


def _own_text(block: Block) -> bool:
    """Whether a line may be the article's own text, where a box ends: prose (a paragraph after a
    heading named like a box may be the article going on, as a teaser, a bio or a comment may be,
    and the list after it may be the article's closing list) or a sentence of its own ("He
    declined to comment.": the article's closing line after a "Related" box)."""
    if block.is_prose:
        return True
    return block.words >= SENTENCE_WORDS and ends_in_terminal(block.text)


def _box_lines(page: Page, category: str):
    for box in boxes(page):
        if box.category == category:
            why = f"under {box.heading!r}, past the article's end"
            for index in box.lines:
                yield index, why


@detector("comments", why="comment box after the article", evidence=Evidence.BOX, name="comment_box")
def comment_box(page: Page):
    """The lines under a comment section's heading ("Leave a reply", "Kommentare") past the article's end."""
    yield from _box_lines(page, "comments")


@detector("metadata", why="author box after the article", evidence=Evidence.BOX, name="author_box")
def author_box(page: Page):
    """The lines under an author box's heading ("About the author", "Über den Autor") past the article's end."""
    yield from _box_lines(page, AUTHOR)


@detector("related", why="related-content box after the article", evidence=Evidence.BOX, name="related_box")
def related_box(page: Page):
    """The lines under a related-content heading ("You may also like", "Mehr zum Thema") past the article's end."""
    yield from _box_lines(page, "related")


@detector("promo", why="newsletter or sign-up box after the article", evidence=Evidence.BOX, name="newsletter_box")
def newsletter_box(page: Page):
    """The lines under a newsletter box's heading ("Newsletter", "Newsletter abonnieren") or a call
    to sign up, try or buy ("Start your free trial", "Demo anfordern") past the article's end."""
    yield from _box_lines(page, _SIGN_UP)


rules = [comment_box, author_box, related_box, newsletter_box]

must_drop: list[str] = []
must_keep = [
    "Comments from the minister were published on Friday, a week after the vote.",
    "Newsletter sales rose by 12 percent in the third quarter, the publisher said on Tuesday.",
]
