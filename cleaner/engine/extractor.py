"""The HTML extractor's verdict as evidence: a line it leaves out is a mark the guard decides on."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from cleaner.documents.visible import LineFacts
from cleaner.rule_api import Evidence, Mark, default_role, mark_of

RULE = "extractor.trafilatura"
CATEGORY = "boilerplate"
ROLE = default_role(CATEGORY)


def extractor_marks(facts: Sequence[LineFacts]) -> Iterator[Mark]:
    """One mark for each line the extractor leaves out, its reason naming where the line sits."""
    for index, line in enumerate(facts):
        if not line.kept:
            yield mark_of((index, RULE, CATEGORY, _reason(line), Evidence.EXTRACTOR, None, (), ROLE))


@lru_cache(maxsize=4096)
def _reason(line: LineFacts) -> str:
    """Why the extractor's mark takes the line. A page's left-out lines share a few places (every
    entry of a menu), hence the cache, and marks built from their fields' tuple (:data:`mark_of`)."""
    return f"trafilatura leaves this line out of the article ({where(line)})"


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
