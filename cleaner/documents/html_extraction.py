"""trafilatura's extraction of a page, run on the tree cleaner parsed, without the copies it makes.

``bare_extraction`` copies a tree handed to it before it starts, and its cascade copies the raw
tree once more for the comparison with readability and jusText, which ``favor_recall`` skips
whenever trafilatura's own extraction is long enough (most pages). cleaner reads the tree before
trafilatura (the visible text, the metadata) and never after, so this runs trafilatura's steps
(``trafilatura_sequence`` and the end of ``bare_extraction``, as of trafilatura 2.3) for the
settings HTML mode asks for (:data:`~cleaner.documents.html.EXTRACTION`: ``favor_recall``, no
comments, no deduplication, no language filter) on the tree itself, and copies the raw tree only
when the comparison runs. The same text as ``bare_extraction`` on the 614 dev pages, in a seventh
less of its time (``bench/html_time_split.py``). What it leaves out of the cascade only runs
for other settings: the comment capture, the precision prune, the balanced mode's recall retry.
"""

from __future__ import annotations

from copy import copy
from typing import Any


def extracted_text(tree: Any, options: Any) -> str:
    """The text trafilatura extracts from ``tree`` (``bare_extraction(tree, options=options).text``,
    "" where it returns nothing) with HTML mode's ``options``. The tree is pruned and cut on the way."""
    from trafilatura.baseline import baseline
    from trafilatura.core import _forum_thread_page, _prepare_tree
    from trafilatura.external import compare_extraction
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.main_extractor import extract_content
    from trafilatura.xml import xmltotxt
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    try:  # bare_extraction's guard: a page its steps reject gives no text
        forum = _forum_thread_page(tree)
        prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
        if not forum:
            prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
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
