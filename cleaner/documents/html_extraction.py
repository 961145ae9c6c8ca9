"""trafilatura's extraction of a page, run on the tree cleaner parsed, without the copies it makes.

``bare_extraction`` copies a tree handed to it before it starts, and its cascade copies the raw
tree once more for the comparison with readability and jusText, which ``favor_recall`` skips
whenever trafilatura's own extraction is long enough (most pages). cleaner reads the tree before
trafilatura (the visible text, the metadata) and never after, so this runs trafilatura's steps
(``trafilatura_sequence`` and the end of ``bare_extraction``, as of trafilatura 2.3) for the
settings HTML mode asks for (:data:`~cleaner.documents.html.EXTRACTION`: ``favor_recall``, no
comments, no deduplication, no language filter) on the tree itself, and copies the raw tree only
when the comparison runs; it also finds the elements of the raw tree's prune faster
(:func:`prune_raw`). The same text as ``bare_extraction`` on the 614 dev pages, in 38 / 21 / 27%
less of its time (scrapinghub / readability / wcxb, process time, one run on a busy machine).
What it leaves out of the cascade only runs for other settings: the comment capture, the
precision prune, the balanced mode's recall retry.
"""

from __future__ import annotations

import re
from copy import copy
from functools import cache
from typing import Any


def extracted_text(tree: Any, options: Any) -> str:
    """The text trafilatura extracts from ``tree`` (``bare_extraction(tree, options=options).text``,
    "" where it returns nothing) with HTML mode's ``options``. The tree is pruned and cut on the way."""
    from trafilatura.baseline import baseline
    from trafilatura.core import _forum_thread_page, _prepare_tree
    from trafilatura.external import compare_extraction
    from trafilatura.main_extractor import extract_content
    from trafilatura.xml import xmltotxt

    try:  # bare_extraction's guard: a page its steps reject gives no text
        prune_raw(tree, comments=not _forum_thread_page(tree))
        cleaned, backup = _prepare_tree(tree, options, options.url)
        body, text = extract_content(cleaned, options)
        compared = tree if len(text) > options.min_extracted_size * 10 else copy(tree)  # else unread
        body, text = compare_extraction(backup, compared, body, text, options)
        if len(text) < options.min_extracted_size:
            rescue, rescued, length = baseline(tree)
            if length > len(text):
                body, text = rescue, rescued
        if len(text) < options.min_output_size:
            return ""
    except (TypeError, ValueError):
        return ""
    return xmltotxt(body, options.formatting)


SCROLLS = frozenset({"div", "section", "aside"})
"""Elements trafilatura's raw-tree prune takes for an infinite scroll's appended stories or a share bar."""
COMMENTS = frozenset({"div", "list", "section", "details", "ol", "ul"})
"""Elements its comment prune takes for a comment thread (a list only by its own comment names)."""
_PRUNABLE = tuple(SCROLLS | COMMENTS)
_SCROLL = re.compile("mvp-post-add-(?:box|wrap)|infinite-?scroll")
_APPENDED = re.compile("mvp-post-add-(?:box|wrap)")
_SHARE = "elementor-share-buttons"


@cache
def _comment_names() -> tuple[Any, Any, Any]:
    """trafilatura's patterns of a comment thread's id, a comment list's id, a thread's class."""
    from trafilatura.xpaths import _COMMENTS_CLASS, _COMMENTS_ID

    return (
        re.compile(f"^(?:{_COMMENTS_ID}|disqus_thread|dsq-comments)"),
        re.compile(f"^(?:{_COMMENTS_ID})"),
        re.compile(_COMMENTS_CLASS),
    )


def prune_raw(tree: Any, *, comments: bool) -> None:
    """trafilatura's prune of the raw tree (``RAW_TREE_PRUNE_XPATH``, then, unless the page is a
    forum thread, ``REMOVE_COMMENTS_AND_LISTS_XPATH``): the same elements, deleted in the same
    order with their tails kept, found in one pass over the elements that can match. The
    expressions test class and id with regular expressions that lxml hands to Python for every
    such element, three times over: 1.9 ms a dev page against 0.4 here, a sixth of trafilatura's
    favor_recall extraction. What the expressions test does not change as elements go, so finding
    all before deleting any finds what they find, but for elements inside others deleted before
    them, whose deletion then changes only what is gone already."""
    from trafilatura.xml import delete_element

    thread_id, list_id, thread_class = _comment_names()
    scrolls: list[Any] = []
    shares: list[Any] = []
    threads: list[Any] = []
    for element in tree.iterdescendants(*_PRUNABLE):
        tag, ident, names = element.tag, element.get("id") or "", element.get("class") or ""
        if tag in SCROLLS:
            if (_SCROLL.search(ident) or _SCROLL.search(names)) and (
                element.find(".//h1") is None or _APPENDED.search(ident) or _APPENDED.search(names)
            ):
                scrolls.append(element)
            if _SHARE in names:
                shares.append(element)
        if (
            comments
            and tag in COMMENTS
            and (thread_id.search(ident) or thread_class.search(names))
            and (tag not in ("ol", "ul") or list_id.search(ident) or thread_class.search(names))
        ):
            threads.append(element)
    for element in (*scrolls, *shares, *threads):
        delete_element(element)
