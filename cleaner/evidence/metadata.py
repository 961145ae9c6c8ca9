"""Facts found while cleaning: title, date, author and site, taken from the blocks a rule removed
(a byline, a dateline, a title printed twice) and from the page head, so nothing is thrown away."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cleaner.engine.blocks import Block
from cleaner.engine.body import broken_sentence
from cleaner.evidence.dates import parse_date
from cleaner.rule_api import Mark

_NOT_A_TITLE = frozenset({"navigation", "promo", "social", "comments", "fragment", "legal", "related", "metadata"})
"""Categories of removed lines that are never the page's title: chrome, and lines a rule read as
metadata (a byline, a dateline, a reading time), whose facts go to their own fields."""


def collect(
    blocks: Sequence[Block], removals: Sequence[Mark | None], site: str | None, *, guess_title: bool = True
) -> dict[str, Any]:
    """Merge what removed blocks captured with a title guessed from the head of the page (unless
    ``guess_title`` is off: an HTML page whose markup names its title needs no guess)."""
    found: dict[str, Any] = {}
    updated: str | None = None
    page_title: str | None = None
    for mark in removals:
        if mark is None:
            continue
        for key, value in mark.metadata:
            if key == "page_title":  # the page's own title line: a headline over the article comes first
                page_title = page_title or _unquote(value)
                continue
            if key in ("date", "updated"):
                parsed = parse_date(value)
                if parsed is None:
                    continue
                if key == "updated":  # a publication date, wherever it is on the page, comes first
                    updated = updated or parsed
                    continue
                value = parsed
            elif key == "title":
                value = _unquote(value)
            found.setdefault(key, value)
    if updated and "date" not in found:
        found["date"] = updated
    if page_title and "title" not in found:
        found["title"] = page_title
    if "title" not in found and guess_title:
        title = head_title(blocks, removals)
        if title:
            found["title"] = title
    if site and "site" not in found:
        found["site"] = site
    return found


def head_title(blocks: Sequence[Block], removals: Sequence[Mark | None]) -> str | None:
    """The first headline-shaped line before the first prose block, unless a rule called it chrome
    or it is the first half of a sentence the next line finishes. A line ending in a colon labels
    what follows ("Sie sind hier:", "In this article:"); it is no headline."""
    for index, (block, mark) in enumerate(zip(blocks, removals, strict=True)):
        if block.is_prose:
            return None
        if mark is not None and mark.category in _NOT_A_TITLE:
            continue
        if index + 1 < len(blocks) and broken_sentence(block, blocks[index + 1]):
            return None
        text = _unquote(block.text)
        if 3 <= block.words <= 25 and not text.endswith((".", ":", "：")) and parse_date(text) is None:
            return text
    return None


def _unquote(title: str) -> str:
    """Headlines are sometimes printed in quotes; the title itself is what is inside them."""
    return title.strip().strip("\"'“”‘’«»").strip()
