"""The HTML extractor's verdict as evidence: a line it leaves out is a mark the guard decides on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from cleaner.documents.visible import LineFacts
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


@lru_cache(maxsize=4096)
def where(line: LineFacts) -> str:
    """The line's place in the page in a few words: its element, landmarks, class words, links.
    A page's lines share a few places (every entry of a menu), hence the cache."""
    parts = [f"<{line.element}>"]
    landmarks = sorted(line.ancestors - {line.element})
    if landmarks:
        parts.append("inside " + ", ".join(f"<{tag}>" for tag in landmarks))
    if line.words:
        parts.append("class/id " + ", ".join(sorted(line.words)))
    if line.link_density:
        parts.append(f"{line.link_density:.0%} link text")
    return "; ".join(parts)
