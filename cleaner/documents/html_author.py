"""The author an HTML page names in its markup, found as trafilatura finds it, at a third of the cost.

trafilatura's author search copies the whole tree, prunes comment threads, sidebars, dates and
figures from the copy, then runs three XPath expressions whose class and id tests are regular
expressions, each over every element of the page. On the benchmark's dev pages that was two
thirds of the metadata time. Here one walk over the elements sorts the candidates of the three
expressions (in their order of preference, each in document order); an element's attribute
values are first searched for a word every candidate has, which most elements lack. Whether a
candidate sits in a pruned element, and which of its descendants are pruned, is asked of those
elements alone, their text skipped instead of cut out of a copy. Same authors on the
614 dev pages (``bench/html_metadata_bench.py``). Two differences by construction: where a pruned
element sat inside an author element, trafilatura joined its tail to the text before it without
a space, and its test for a child element ``<rel>`` reading "me" (not the attribute) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

LENGTH_LIMIT = 120
"""trafilatura's limit on an author field's length (characters)."""


_HINT = re.compile(
    "uthor|zuozhe|bianji|xiaobian|channel-name|submitted-by|posted-by|journalist-name|byl|BBL|username"
    "|screenname|writer|Byline"
)
"""A word every attribute value that one of the author expressions selects contains: most elements
have none in any attribute, and all of an element's values are searched in one go (a link's address
may hold one too: :func:`_level` then tells). ``uthor`` stands for "author" and "Author": a pattern
of plain words only is searched in a third of the time one opening with a character class takes."""
_LEVEL_ONE_TAGS = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_LEVEL_TWO_TAGS = frozenset({"a", "div", "h3", "h4", "p", "span"})
_PRUNED_TAGS = frozenset({"a", "div", "section", "span"})
_PRUNED_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)"
    "|print|category|meta-date|meta-reviewer"
)
_PRUNED_ID = re.compile("^comments|comment-?list|ProductReviews")


def _level(tag: str, get: Any) -> int | None:
    """Which of trafilatura's three author expressions (0, 1, 2) first selects an element, if any
    (asked of the elements with a :data:`_HINT` word or the tag ``author``)."""
    css, ident, prop = get("class") or "", get("id") or "", get("itemprop") or ""
    if tag == "author" or (
        tag in _LEVEL_ONE_TAGS
        and (
            get("rel") == "author"
            or ident == "author"
            or css == "author"
            or prop == "author name"
            or get("data-testid") in ("AuthorCard", "AuthorURL")
            or any(word in css for word in ("authorname", "author-name", "AuthorName", "authorName"))
        )
    ):
        return 0
    if tag in _LEVEL_TWO_TAGS and (
        css in ("byline", "username", "byl", "BBL")
        or "author" in prop
        or any(word in ident for word in ("author", "zuozhe", "bianji", "xiaobian"))
        or any(
            word in css
            for word in (
                "author",
                "channel-name",
                "zuozhe",
                "bianji",
                "xiaobian",
                "submitted-by",
                "posted-by",
                "journalist-name",
            )
        )
    ):
        return 1
    if (
        "Byline" in (get("data-component") or "")
        or "author" in prop
        or "author" in ident
        or "Author" in ident
        or any(word in css for word in ("author", "Author", "screenname", "writer", "byline", "Byline"))
    ):
        return 2
    return None


def _pruned(tag: str, get: Any) -> bool:
    """Whether trafilatura's author search cuts the element out first (comments, sidebars, dates, figures)."""
    if tag in ("time", "figure"):
        return True
    if tag not in _PRUNED_TAGS:
        return False
    css, ident = get("class") or "", get("id") or ""
    return (
        css in ("comments", "title", "date")
        or (bool(ident) and _PRUNED_ID.search(ident) is not None)
        or (bool(css) and _PRUNED_CLASS.search(css) is not None)
        or "Figure" in (get("data-component") or "")
    )


def find_author(tree: Any) -> str | None:
    """The first author element's text outside the pruned parts, normalised as trafilatura does."""
    from lxml.etree import Element
    from trafilatura.json_metadata import normalize_authors

    candidates: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
    for element in tree.iter(Element):
        values = element.values()
        if (values and _HINT.search(" ".join(values)) is not None) or element.tag == "author":
            level = _level(element.tag, element.get)
            if level is not None:
                candidates[level].append(element)
    for elements in candidates:
        for element in elements:
            if _is_pruned(element) or any(_is_pruned(ancestor) for ancestor in element.iterancestors()):
                continue
            content = " ".join(" ".join(_texts(element)).split())
            if content and 2 < len(content) < LENGTH_LIMIT:
                return normalize_authors(None, content)
    return None


def _is_pruned(element: Any) -> bool:
    return isinstance(element.tag, str) and _pruned(element.tag, element.get)


def _texts(element: Any) -> Iterator[str]:
    """``element.itertext()`` without the pruned elements' own text (their tails stay)."""
    if element.text and isinstance(element.tag, str):
        yield element.text
    for child in element:
        if not _is_pruned(child) and isinstance(child.tag, str):
            yield from _texts(child)
        if child.tail:
            yield child.tail
