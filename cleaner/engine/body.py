"""Where the article body is: the heaviest stretch of prose on a page.

The guard uses it to protect the body from listing rules, and rules use it to tell chrome
around the article from lists inside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cleaner.engine.blocks import Block

if TYPE_CHECKING:
    from cleaner.rule_api import Page


def body_core(
    blocks: Sequence[Block],
    chrome: frozenset[int] = frozenset(),
    echoed: frozenset[int] = frozenset(),
    outside: frozenset[int] = frozenset(),
) -> range:
    """The heaviest stretch of prose: prose adds its words, other lines subtract.

    A short unmarked line (a subheading, a caption) costs little, so it does not split a body;
    a line some rule marked as ``chrome`` costs more, so a listing of them separates the body from
    teasers after it. Prose the page prints more than once (``echoed``: a syndicated card) adds
    nothing, since a body is written once. Lines the page's HTML puts outside any article
    (``outside``: see :func:`cleaner.engine.extractor.outside_article`) cost like chrome, prose too,
    so a comment thread under an article does not join its body. This is where the article body is; region rules never
    take prose from inside it.
    """
    best, best_range = 0, range(0)
    running, start = 0, 0
    for block in blocks:
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


def page_core(page: Page) -> range:
    """:func:`body_core` of a page from its own blocks, computed once however many rules ask."""
    return page.shared("guard.body_core", lambda page: body_core(page.blocks))
