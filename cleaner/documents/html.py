"""HTML in: the page's visible text, each line with its DOM facts and the extractor's verdict.

HTML mode cleans the whole visible text of the page (:mod:`cleaner.documents.visible`), so every
line that goes is a removal with a rule and a reason, and kept text plus removals give back the
page. trafilatura runs on the same parsed tree as evidence: the lines its output covers
(:mod:`cleaner.documents.alignment`) are the ones it would keep, and the engine turns each line it
leaves out into a removal that the guard may refuse. Its metadata (title, author, date, site)
comes with it.
"""

from __future__ import annotations

import threading
from contextlib import suppress
from copy import copy
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from cleaner.documents.alignment import kept_lines
from cleaner.documents.html_extraction import extracted_text
from cleaner.documents.html_metadata import page_description, page_metadata
from cleaner.documents.visible import LineFacts, facts_of, visible_text

EXTRACTION = {
    "output_format": "python",
    "recall": True,
    "comments": False,
    "tables": True,
    "formatting": False,
    "links": False,
    "images": False,
    "dedup": False,
}
"""trafilatura settings (its ``Extractor``'s) for its verdict on each line: ``favor_recall``, tables,
and no comments, formatting, links, images or deduplication, chosen with ``bench/run_bench.py`` on
the dev pages with the guard in place. Pages truncated (recall < 0.9) on scrapinghub / readability /
wcxb: ``favor_recall`` 0.022 / 0.145 / 0.073, the default settings 0.033 / 0.145 / 0.069,
``favor_precision`` 0.022 / 0.164 / 0.101; F1 0.970 / 0.958 / 0.942, 0.966 / 0.958 / 0.942 and
0.976 / 0.959 / 0.936. ``favor_recall`` is never the worst on truncation and never more than
one page in 200 behind the best.

Dates come from the page's structured data only (htmldate without its extensive search): the
extensive search guesses from any date-like text, a copyright footer's year included, and took
half of the extraction time; a dateline in the text is found by cleaner's rules instead."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """An HTML page read for cleaning: its visible text, each non-blank line's facts, its metadata."""

    text: str
    facts: list[LineFacts]
    metadata: dict[str, Any]
    description: str | None = None
    """The page's description meta (:func:`~cleaner.documents.html_metadata.page_description`)."""

    @property
    def kept_text(self) -> str:
        """The lines the extractor keeps, one per line: what the extractor alone would return."""
        lines = [line for line in self.text.split("\n") if line]
        return "\n".join(line for line, facts in zip(lines, self.facts, strict=True) if facts.kept)


def extract(html: str, url: str | None = None) -> Extraction:
    """The page's visible text with each line's DOM facts and extractor verdict, plus its metadata
    (:mod:`cleaner.documents.html_metadata`).

    Raises ``ValueError`` when the input is not HTML that can be parsed. A page that parses but
    shows no text gives an empty text and whatever metadata the page head has.
    """
    from trafilatura.settings import set_date_params

    tree = parse(html)
    if tree is None:
        raise ValueError("could not parse the input as HTML" if html.strip() else "the HTML input is empty")
    visible = visible_text(tree)
    metadata = page_metadata(tree, url, set_date_params(extensive=False))
    description = page_description(tree)
    _drop_code(tree)
    extracted = extracted_text(tree, extractor_options(url))
    lines = [line for line in visible.text.split("\n") if line]
    verdicts = kept_lines(lines, extracted)
    facts = [
        line
        if kept
        else facts_of((line.element, line.ancestors, line.words, line.link_density, line.hidden, False, line.titled))
        for line, kept in zip(visible.facts, verdicts, strict=True)
    ]
    if "date" in metadata and year_only_guess(metadata["date"], html):
        del metadata["date"]
    return Extraction(visible.text, facts, metadata, description)


def extractor_options(url: str | None) -> Any:
    """trafilatura's settings for one page: :data:`EXTRACTION` and the page's URL, set on a copy
    of one ``Extractor`` as trafilatura's own command line does for each file. Building an
    ``Extractor`` reads eight values of its configuration and the date settings: a fifth of a
    millisecond, a fiftieth of the extraction's time on a page of the benchmark's dev sets."""
    options = copy(_extractor())
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")  # as Extractor sets it
    return options


@cache
def _extractor() -> Any:
    from trafilatura.settings import Extractor

    return Extractor(**EXTRACTION)


def _drop_code(tree: Any) -> None:
    """Take styles, scripts (but the JSON-LD ones, where trafilatura may find the article's body),
    ``noscript``, ``template`` and ``svg`` out of the tree, their tails kept, once the walk and the
    metadata have read it. trafilatura copies the whole tree more than once before it drops them
    itself; without them its extraction takes a seventh less time on the dev pages (a tenth with
    this step), with the same text on 613 of the 614 (one more closing line kept on the other)."""
    from lxml.etree import strip_elements

    strip_elements(tree, "style", "noscript", "template", "svg", with_tail=False)
    for script in list(tree.iter("script")):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            script.drop_tree()


def parse(html: str) -> Any:
    """The page as trafilatura's ``load_html`` parses it (its repairs, its parser settings, its
    test that the input is HTML at all; None where it finds none), but with elements of one class.

    lxml.html picks each element's Python class (forms, inputs, labels have their own) with a
    Python callback that runs whenever Python touches an element: every step of the visible-text
    walk and of trafilatura's extraction, seven per cent of HTML mode's time on the dev pages.
    A class chosen inside lxml costs nothing; no step here or in trafilatura uses the form classes.
    """
    from lxml.html import fromstring
    from trafilatura.utils import is_dubious_html

    beginning = html[:50].lower()
    html = _repaired(_early_end_tags(html), beginning)
    parser = _parser()
    tree = None
    with suppress(Exception):  # e.g. a Unicode string with an encoding declaration: parsed as bytes below
        tree = fromstring(html, parser=parser)
    if tree is None or len(tree) < 1:
        with suppress(Exception):  # trafilatura gives up on such input the same way
            tree = fromstring(html.encode("utf8", "surrogatepass"), parser=parser)
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


_INVALID_CHARACTERS = "".join(map(chr, (*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF)))
"""The characters trafilatura's repair takes out (its ``INVALID_XML_CHARS``): control characters
but tab and line ends, and two non-characters."""


def _repaired(html: str, beginning: str) -> str:
    """trafilatura's ``repair_faulty_html``: the characters libxml2 rejects taken out, a doctype
    that closes itself (``<!DOCTYPE html/>``) and a self-closing ``<html/>`` tag repaired. Its
    regular expression over the whole page costs 0.4 ms a dev page, though one page in 600 has
    such a character; looking for each of them first takes a quarter of that."""
    from trafilatura.utils import DOCTYPE_TAG, FAULTY_HTML, INVALID_XML_CHARS

    if any(character in html for character in _INVALID_CHARACTERS):
        html = INVALID_XML_CHARS.sub("", html)
    if "doctype" in beginning:
        first, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", first, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            return FAULTY_HTML.sub(r"\1>", html, count=1)
    return html


_END_TAG = regex.compile(r"</(?:body|html)\s*>", regex.IGNORECASE)
_MARKUP_AFTER = regex.compile(r"<[A-Za-z]")


def _early_end_tags(html: str) -> str:
    """The page without ``</body>`` and ``</html>`` end tags that markup follows.

    A browser puts what comes after such a tag into the body all the same (HTML's parsing rules
    ignore both end tags), and templates that print the page's shell before its content exist;
    lxml's parser drops everything after them, article included. The tags go only where an
    element follows, so a well-formed page is parsed from the same string."""
    first = _END_TAG.search(html)
    if first is None or _MARKUP_AFTER.search(html, first.end()) is None:
        return html
    return _END_TAG.sub("", html)


_PARSERS = threading.local()


def _parser() -> Any:
    """trafilatura's HTML parser settings, with lxml.html's element class in place of its lookup;
    one parser per thread, as lxml wants."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        from lxml.etree import ElementDefaultClassLookup
        from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction

        parser = HTMLParser(
            collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
        )
        parser.set_element_class_lookup(
            ElementDefaultClassLookup(
                element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
            )
        )
        _PARSERS.parser = parser
    return parser


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
