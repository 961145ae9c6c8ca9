"""HTML in: trafilatura extracts the main text and its metadata; cleaner's rules run after it.

trafilatura is asked for recall (``favor_recall``): it is better at finding the whole body than
at dropping the chrome around it, and dropping chrome line by line, with a reason for each line,
is cleaner's job. Its output keeps one paragraph, heading, list item or table row per line, so
each becomes one block. Formatting markup, links, images and comments are left out; its
deduplication stays off because it depends on the order in which pages are processed.
"""

from __future__ import annotations

from typing import Any

import regex

from cleaner.documents.html_metadata import page_metadata

EXTRACTION = {
    "favor_recall": True,
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "include_links": False,
    "include_images": False,
    "deduplicate": False,
}
"""trafilatura settings, chosen by F1 and truncation on the benchmark's dev pages (bench/): favor_recall
truncates fewest bodies on all three sets; tables off cut recall (wcxb F1 0.935 -> 0.925); ``fast``
(no fallback extractors) lost 0.008 F1 on wcxb.

Dates come from the page's structured data only (htmldate without its extensive search): the
extensive search guesses from any date-like text, a copyright footer's year included, and took
half of the extraction time; a dateline in the text is found by cleaner's rules instead."""

def extract(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """Main text with one paragraph per line, plus the page's metadata (:mod:`cleaner.documents.html_metadata`).

    Raises ``ValueError`` when the input is not HTML that can be parsed. A page that parses but
    holds no main text gives an empty text and whatever metadata the page head has.
    """
    from trafilatura import bare_extraction, load_html
    from trafilatura.settings import set_date_params

    tree = load_html(html)
    if tree is None:
        raise ValueError("could not parse the input as HTML" if html.strip() else "the HTML input is empty")
    # trafilatura extracts from a copy of the tree it is given, so this tree serves every step.
    document = bare_extraction(tree, url=url, with_metadata=False, **EXTRACTION)
    text = (document.text or "") if document is not None else ""
    if len(text) < SHORT_EXTRACTION * prose_chars(tree):
        text = max(text, _second_opinion(tree, url), key=len)
    metadata = page_metadata(tree, url, set_date_params(extensive=False))
    if "date" in metadata and year_only_guess(metadata["date"], html):
        del metadata["date"]
    return text, metadata


SHORT_EXTRACTION = 0.3
"""Share of a page's prose under which the favor_recall extraction gets a second opinion from
trafilatura's default settings, and the longer text is kept. favor_recall sometimes settles on a
small container (a teaser, a caption) of a long article: on 18 wcxb dev pages the default
settings recalled more of the gold body, on several ten times the text. Below 30% of the page's
prose (:func:`prose_chars`), the second extraction raised wcxb's F1 from 0.934 to 0.941 and cut
its truncated pages from 12% to 10.5%, changed nothing on the other two sets, and ran on 2% to 4%
of their pages; from 40% it swapped in worse text on news pages. Measured against all of the
page's text instead, it had to run on up to 43% of the pages for the same gain."""

_NOT_PROSE = frozenset({"a", "script", "style", "noscript", "template", "nav", "header", "footer", "aside"})


def prose_chars(tree: Any) -> int:
    """Characters of the page body's text outside links, scripts, navigation, headers, footers
    and asides, white space collapsed: roughly what an article on the page could be made of."""
    body = tree.find(".//body")
    stack = [body if body is not None else tree]
    count = 0
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag in _NOT_PROSE:
            continue  # a comment's or a skipped element's own text; its tail counts with its parent
        count += _collapsed_length(element.text)
        for child in element:
            count += _collapsed_length(child.tail)
            stack.append(child)
    return count


def _collapsed_length(text: str | None) -> int:
    return len(" ".join(text.split())) if text else 0


def _second_opinion(tree: Any, url: str | None) -> str:
    from trafilatura import bare_extraction

    document = bare_extraction(tree, url=url, with_metadata=False, **{**EXTRACTION, "favor_recall": False})
    return (document.text or "") if document is not None else ""


def year_only_guess(date: str, html: str) -> bool:
    """True for a January 1 date that the page never spells out.

    When a page carries no real date, trafilatura's date search falls back to a year (that of a
    "Copyright 2025" or "© 2025" footer, or a lone year in the text) and reports January 1 of
    it. Such a date says nothing about the article, so it is dropped, and a dateline the rules
    find in the text fills the field instead.
    """
    if not date.endswith("-01-01"):
        return False
    year = regex.escape(date[:4])
    jan = r"jan(?:uary)?\.?"
    spelled = (
        rf"{year}[-/.]0?1[-/.]0?1(?!\d)|(?<!\d)0?1[-/.]0?1[-/.]{year}"
        rf"|{jan}\s+1(?:st)?,?\s+{year}|(?<!\d)1(?:st)?\.?\s+(?:of\s+)?{jan},?\s+{year}"
    )
    return regex.search(spelled, html, regex.IGNORECASE) is None
