"""The five metadata fields cleaner reports for an HTML page: title, author, date, site and URL.

trafilatura's ``extract_metadata`` also finds categories, tags, a licence and the host name, which
cleaner drops; on the benchmark's wcxb pages those steps were a third of its metadata time, and
the metadata a third of the extraction's. So this runs trafilatura's own steps for the five fields,
in its order and with its fallbacks, and the results are the same as its; the author search
is :mod:`cleaner.documents.html_author`'s, trafilatura's at a third of the cost.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from cleaner.documents.html_author import find_author

FIELDS = {"title": "title", "author": "author", "date": "date", "sitename": "site", "url": "url"}
"""trafilatura's name of a field -> cleaner's."""


def page_metadata(tree: Any, url: str | None, date_params: dict[str, Any]) -> dict[str, str]:
    """Title, author, date, site and URL of a parsed page (``date_params`` go to htmldate); a
    field the page does not give is left out."""
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    found = examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # a single word is a handle or a site, not a person
    with suppress(Exception):  # trafilatura guards its JSON-LD parser the same way
        found = extract_meta_json(tree, found)
    found.title = found.title or _headline_over_lone_h1(tree, extract_title(tree))
    found.author = found.author or find_author(tree)
    found.url = found.url or extract_url(tree, url)
    found.date = find_date(tree, **{**date_params, "url": found.url})
    if not found.sitename:
        found.sitename = extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
        if found.sitename and "." not in found.sitename and not found.sitename[0].isupper():
            found.sitename = found.sitename.title()
    elif found.url and (match := META_URL.match(found.url)):
        found.sitename = match[1]
    found.clean_and_trim()
    return {ours: value for theirs, ours in FIELDS.items() if (value := getattr(found, theirs))}


def _headline_over_lone_h1(tree: Any, title: str | None) -> str | None:
    """trafilatura's title, or the article's headline where it took a lone ``<h1>`` the page's
    ``<title>`` does not print: a site's or a section's name over a page whose ``<title>`` names
    the article ("Headline | Site") and a subheading (``<h2>``, ``<h3>``) prints that headline.
    Asked only where trafilatura's title is the page's one ``<h1>`` and no meta names a title."""
    from cleaner.engine.headline import title_parts

    heads = tree.findall(".//h1")
    named = tree.find(".//head/title")
    if title is None or len(heads) != 1 or named is None or not named.text:
        return title
    page_title = " ".join(named.text.split())
    if " ".join(heads[0].text_content().split()) != title or _squeezed(title) in _squeezed(page_title):
        return title
    parts = {_squeezed(part): part for part in title_parts(page_title)}
    for heading in tree.iter("h2", "h3"):
        printed = " ".join(heading.text_content().split())
        if _squeezed(printed) in parts:
            return printed
    return title


def _squeezed(text: str) -> str:
    """Text as titles are compared: case and white space aside."""
    return " ".join(text.split()).casefold()


_DESCRIPTIONS = 'meta[@name="description" or @property="og:description" or @name="twitter:description"]/@content'
"""Asked of the page's ``<head>`` alone: a search of the whole tree costs as much as the walk's reads."""


def page_description(tree: Any) -> str | None:
    """The page's own summary of its article (its description, Open Graph or Twitter card meta),
    white space collapsed: what a standfirst under the headline prints again. Not a field of the
    result's metadata; the rules read it to name that line."""
    head = tree.find("head")
    for content in head.xpath(_DESCRIPTIONS) if head is not None else ():
        text = " ".join(str(content).split())
        if text:
            return text
    return None
