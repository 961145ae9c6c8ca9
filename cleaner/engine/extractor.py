"""The HTML extractor's verdict as evidence: a line it leaves out is a mark the guard decides on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cleaner.documents.visible import LineFacts
from cleaner.engine.blocks import Block
from cleaner.rule_api import Evidence, Mark

RULE = "extractor.trafilatura"
CATEGORY = "boilerplate"


def extractor_marks(facts: Sequence[LineFacts]) -> Iterator[Mark]:
    """One mark for each line the extractor leaves out, its reason naming where the line sits."""
    for index, line in enumerate(facts):
        if not line.kept:
            yield Mark(
                index,
                RULE,
                CATEGORY,
                f"trafilatura leaves this line out of the article ({where(line)})",
                Evidence.EXTRACTOR,
            )


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
    "advert",
    "sponsor",
    "modal",
    "popup",
    "sidebar",
    "author",
    "byline",
    "bio",
    "caption",
)
"""Landmarks and class/id words that put a line the extractor dropped outside any article."""


LINK_LINE = 0.9
"""Share of link text from which a line is a link (a menu entry, a teaser headline)."""


def outside_article(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Lines the extractor left out that sit in page chrome (a landmark such as ``<nav>`` or
    ``<footer>``, or a container named for comments, related stories, sharing...), or that are
    short links through and through: two pieces of evidence agreeing that the line is not the
    article's. A link that reads like prose is left to the guard."""
    return frozenset(
        index
        for index, (line, block) in enumerate(zip(facts, blocks, strict=True))
        if not line.kept
        and (
            line.within(*CHROME_LANDMARKS)
            or line.named(*CHROME_WORDS)
            or (line.link_density >= LINK_LINE and not block.is_prose)
        )
    )


def kept_span(facts: Sequence[LineFacts]) -> range:
    """From the first to the last line the extractor keeps (empty when it keeps none)."""
    kept = [index for index, line in enumerate(facts) if line.kept]
    return range(kept[0], kept[-1] + 1) if kept else range(0)


def where(line: LineFacts) -> str:
    """The line's place in the page in a few words: its element, landmarks, class words, links."""
    parts = [f"<{line.element}>"]
    landmarks = sorted(line.ancestors - {line.element})
    if landmarks:
        parts.append("inside " + ", ".join(f"<{tag}>" for tag in landmarks))
    if line.words:
        parts.append("class/id " + ", ".join(sorted(line.words)))
    if line.link_density:
        parts.append(f"{line.link_density:.0%} link text")
    return "; ".join(parts)
