"""An HTML page as the text a reader sees: one line per block element, each with its DOM facts.

This is what HTML mode cleans. Every visible piece of text is in it, so whatever cleaning takes
out is a removal with offsets into it, and kept text plus removals give back the page. Block
elements (paragraphs, headings, list items, table rows, divisions) start their own lines,
paragraph-like ones after a blank line as a text-mode scrape has them; inline elements run on,
white space collapses. Each line remembers what only the HTML knows: the element it sits in,
which landmark and structural ancestors surround it (``nav``, ``footer``, ``li``, ``h2``...),
the chrome words of its ancestors' class and id (``menu``, ``share``, ``comment``...) and how
much of it is link text. A walk over lxml's tree, the one trafilatura parses, costs a few
milliseconds a page (``bench/visible_text_bench.py`` compares it with the other converters).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any, NamedTuple

import regex

SKIPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "video",
        "audio",
    }
)
"""Elements whose text is not page text: code, head data, embedded media and their fallbacks.
Form controls stay: a page whose markup leaves a ``<button>`` open has its whole article inside it."""

HEADINGS = frozenset(f"h{level}" for level in range(1, 7))

PARAGRAPHS = HEADINGS | frozenset(
    {
        "p",
        "ul",
        "ol",
        "dl",
        "table",
        "blockquote",
        "pre",
        "figure",
        "form",
        "header",
        "footer",
        "nav",
        "aside",
        "article",
        "main",
        "section",
        "hr",
        "address",
        "fieldset",
    }
)
"""Block elements set off by a blank line."""

BLOCKS = PARAGRAPHS | frozenset(
    {
        "div",
        "li",
        "dt",
        "dd",
        "tr",
        "caption",
        "figcaption",
        "thead",
        "tbody",
        "tfoot",
        "details",
        "summary",
        "legend",
        "body",
        "html",
        "center",
        "dir",
        "menu",
        "noframes",
        "frameset",
        "frame",
        "option",
        "label",
    }
)
"""Elements that start and end a line of their own. Table cells do not: a row is one line, its
cells apart by a space, as a reader scans it (and a numeric cell never stands alone as a counter)."""

CELLS = frozenset({"td", "th"})

STRUCTURE = HEADINGS | frozenset(
    {
        "nav",
        "header",
        "footer",
        "aside",
        "article",
        "main",
        "li",
        "figcaption",
        "figure",
        "table",
        "form",
        "blockquote",
        "pre",
        "dl",
        "time",
        "address",
        "menu",
    }
)
"""Ancestors a line remembers: landmarks, lists, headings, captions, tables."""

CHROME_WORDS = (
    "menu",
    "nav",
    "breadcrumb",
    "share",
    "social",
    "related",
    "recommend",
    "popular",
    "trending",
    "comment",
    "reply",
    "promo",
    "cta",
    "advert",
    "sponsor",
    "newsletter",
    "subscribe",
    "signup",
    "cookie",
    "consent",
    "gdpr",
    "byline",
    "author",
    "bio",
    "footer",
    "header",
    "sidebar",
    "widget",
    "banner",
    "modal",
    "popup",
    "caption",
    "credit",
    "tag",
    "categor",
    "meta",
    "date",
    "toolbar",
    "pagination",
    "disclaimer",
    "copyright",
    "legal",
    "login",
    "account",
    "search",
    "hidden",
    "invisible",
    "btn",
    "sr-only",
    "visually-hidden",
    "skip",
    "ad",
    "ads",
    "content",
    "article",
    "post",
    "entry",
    "story",
    "body",
    "text",
)
"""Class and id words a line remembers (a class word counts when it starts with one of these)."""

CHROME_SYNONYMS = {
    "kommentar": "comment",
    "komentar": "comment",
    "comentari": "comment",
    "reactie": "comment",
    "teilen": "share",
    "compartir": "share",
    "compartilh": "share",
    "partage": "share",
    "condivid": "share",
    "udostepn": "share",
    "verwandt": "related",
    "relacionad": "related",
    "correlat": "related",
    "gerelateerd": "related",
    "recirc": "related",
    "empfehl": "recommend",
    "recomend": "recommend",
    "meistgelesen": "popular",
    "beliebt": "popular",
    "werbung": "advert",
    "publicidad": "advert",
    "pubblicit": "advert",
    "reklam": "advert",
    "fusszeile": "footer",
    "rodape": "footer",
}
"""Class-word stems of other languages (German, Dutch, the Nordic and Slavic languages, Spanish,
Portuguese, Catalan, French, Italian) and of the news trade (``recirc``, a newsroom's module of
other stories to read next), with the chrome word each means: a line under ``kommentare`` or
``compartir-redes`` is named as one under ``comments`` or ``share-bar``."""

_UNNAMED = frozenset({"html", "body", "main", "article"})
"""Elements whose class words describe the whole page or article (``has-sidebar``, ``comments-open``),
not the lines inside them."""
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")  # re: splits faster than regex
_CHROME_PREFIX = regex.compile(
    r"(?:" + "|".join(sorted((*CHROME_WORDS, *CHROME_SYNONYMS), key=len, reverse=True)) + r")"
)


class LineFacts(NamedTuple):
    """What the HTML says about one line of the visible text.

    A named tuple, like :class:`~cleaner.engine.blocks.Block`: a page has hundreds of lines, and
    the lines the extractor leaves out are looked up by their facts (the reason for each, the DOM
    rule that names each place), which a tuple hashes and compares without a Python call."""

    element: str
    """The block element the line sits in (``p``, ``li``, ``h2``, ``td``, ``div``...)."""
    ancestors: frozenset[str]
    """Structural elements around the line (see :data:`STRUCTURE`), the element itself included."""
    words: frozenset[str]
    """Chrome words of the class and id attributes on the way down (see :data:`CHROME_WORDS`)."""
    link_density: float
    """Share of the line's characters inside links."""
    hidden: bool = False
    """Whether the markup hides the line from the reader: its block element, or one around it, has
    a ``hidden`` attribute or an inline ``display: none`` or ``visibility: hidden`` style (tabs,
    accordions, a layout printed twice). Class names that hide through a style sheet
    (``hidden-xs``, ``sr-only``) are class words, as the style sheet is not read."""
    kept: bool = True
    """Whether the extractor keeps this line (set by :mod:`cleaner.documents.html`)."""
    titled: frozenset[str] = frozenset()
    """Chrome words of the ids on the way down that read as a phrase (:func:`reads_as_phrase`:
    ``schedule-and-related``, ``spending-as-a-share-of-income``): a section named by its subject, as a
    heading's slug, not by its role. Weak evidence, kept apart from :attr:`words`: it may name a
    short line the extractor dropped, never put prose out of the article."""

    def within(self, *tags: str) -> bool:
        return not self.ancestors.isdisjoint(tags)

    def named(self, *words: str) -> bool:
        return not self.words.isdisjoint(words)


_FactFields = tuple[str, frozenset[str], frozenset[str], float, bool, bool, frozenset[str]]
facts_of: Callable[[_FactFields], LineFacts] = partial(tuple.__new__, LineFacts)
"""A :class:`LineFacts` from the tuple of all its fields, in their order: one per line of a page,
built without the generated ``__new__`` that reads arguments in Python."""


@dataclass(frozen=True, slots=True)
class VisibleText:
    """The page's visible text and, for each of its non-blank lines in order, that line's facts."""

    text: str
    facts: list[LineFacts]


class _Context(NamedTuple):
    """What a piece of text inherits from the elements around it."""

    element: str
    ancestors: frozenset[str]
    words: frozenset[str]
    titled: frozenset[str]
    link: bool
    hidden: bool


_context_of: Callable[[tuple[str, frozenset[str], frozenset[str], frozenset[str], bool, bool]], _Context] = partial(
    tuple.__new__, _Context
)
"""A :class:`_Context` from the tuple of its fields, skipping the generated ``__new__`` (one per element)."""

_ROOT = _Context("body", frozenset(), frozenset(), frozenset(), False, False)


class _Lines:
    """Collects text pieces into lines, each line taking the context its first piece came with."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.facts: list[LineFacts] = []
        self.gaps: list[bool] = []
        self.pieces: list[str] = []
        """The open line's pieces (the walk asks whether there are any before it ends a line)."""
        self.gap = True
        """Whether a blank line goes before the next line."""
        self._linked = 0
        self._context: _Context | None = None

    def add(self, text: str, context: _Context) -> None:
        if not self.pieces:
            text = text.lstrip()
            if not text:
                return
            self._context = context
        self.pieces.append(text)
        if context.link:
            self._linked += len(text.strip())

    def end_line(self, gap: bool = False) -> None:
        if self.pieces:
            line = " ".join("".join(self.pieces).split())
            if line:
                context = self._context or _ROOT
                self.lines.append(line)
                self.gaps.append(self.gap)
                links = min(1.0, self._linked / len(line))
                self.facts.append(
                    facts_of(
                        (context.element, context.ancestors, context.words, links, context.hidden, True, context.titled)
                    )
                )
                self.gap = False
            self.pieces.clear()
            self._linked = 0
            self._context = None
        self.gap = self.gap or gap

    def text(self) -> str:
        parts: list[str] = []
        for line, gap in zip(self.lines, self.gaps, strict=True):
            if parts:
                parts.append("\n\n" if gap else "\n")
            parts.append(line)
        return "".join(parts)


def visible_text(tree: Any) -> VisibleText:
    """The visible text of a parsed page (an lxml tree), one line per block, with each line's facts."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    lines = _Lines()
    _walk(body if body is not None else tree, lines)
    lines.end_line()
    return VisibleText(lines.text(), lines.facts)


@lru_cache(maxsize=4096)
def _class_words(value: str) -> frozenset[str]:
    """The chrome words of a class value; pages repeat a few values many times, hence the cache."""
    return frozenset(chrome for word in _WORD_SPLIT.split(value.lower()) if (chrome := _chrome_word(word)))


@lru_cache(maxsize=4096)
def _named_words(named: str | None, ident: str) -> tuple[frozenset[str], frozenset[str] | None]:
    """The chrome words of an element's class and id values (:attr:`LineFacts.words`), with those
    of an id that reads as a phrase apart (:attr:`LineFacts.titled`, else None), in one lookup:
    the id's words are split once for both."""
    parts = _WORD_SPLIT.split(ident.lower())
    own = frozenset(chrome for word in parts if (chrome := _chrome_word(word)))
    words = _class_words(named) if named else frozenset()
    if reads_as_phrase(parts):
        return words, own
    return words | own, None


@lru_cache(maxsize=16384)
def _chrome_word(word: str) -> str | None:
    """The chrome word a class word starts with (``sharebar`` -> ``share``, ``kommentare`` ->
    ``comment``), if any; values are often unique to a page (``post-12345``), their words recur
    across pages, hence this cache too."""
    if word and (match := _CHROME_PREFIX.match(word)) is not None and (len(match.group()) > 2 or word == match.group()):
        return CHROME_SYNONYMS.get(match.group(), match.group())
    return None


PHRASE_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "of", "on", "or", "the", "to", "with"})
"""Function words that make an id read as a phrase. Not ``in``: ``sign-in``, ``slide-in``, ``opt-in``
name a role."""
PHRASE_LENGTH = 3
"""Words from which an id with a function word reads as a phrase rather than a compound name."""


def reads_as_phrase(parts: list[str]) -> bool:
    """Whether an id (its lower-cased words, ``parts``) reads as a phrase naming a section by its
    subject (a heading's slug such as ``spending-as-a-share-of-income``, a ``schedule-and-related``
    box, ``more-on-tram-related-articles``): three words or more, one of them a function word, the
    first not a chrome word (``skip-to-content``, ``related-products-and-services`` and
    ``newsletter-terms-of-service`` name their role first)."""
    return len(parts) >= PHRASE_LENGTH and not PHRASE_WORDS.isdisjoint(parts) and _chrome_word(parts[0]) is None


_HIDING_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def _walk(root: Any, lines: _Lines) -> None:
    """Depth-first over the element and its tail, as lxml's ``iterwalk`` reports it: an element's
    start (end the line before a block, read its text in its own context), its end (end its line,
    read its tail in the parent's context), a comment's place (its tail). The walk meets every
    element of the page, hence one loop without calls where a line has no pieces yet. Only block
    elements are asked whether the markup hides them (two attribute reads each, not on every
    inline element): a line hides with its block, or with a block around it."""
    from lxml.etree import iterwalk

    contexts = [_ROOT]  # the context of each open element, the innermost last
    push, pop, add, end_line, pieces = contexts.append, contexts.pop, lines.add, lines.end_line, lines.pieces
    walker = iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "end":
            pop()
            tag = node.tag
            if tag in BLOCKS or tag == "br":
                if pieces:
                    end_line(tag in PARAGRAPHS)
                elif tag in PARAGRAPHS:
                    lines.gap = True
            tail = node.tail  # lxml builds a new string at each read
            if tail:
                add(tail, contexts[-1])
            continue
        parent = contexts[-1]
        if event != "start":  # a comment or processing instruction: only its tail is text
            tail = node.tail
            if tail:
                add(tail, parent)
            continue
        tag = node.tag
        if tag in SKIPPED:
            walker.skip_subtree()
            push(parent)
            continue
        tag = tag.lower() if not tag.islower() else tag
        block = tag in BLOCKS
        if block or tag == "br":
            if pieces:
                end_line(tag in PARAGRAPHS)
            elif tag in PARAGRAPHS:
                lines.gap = True
        elif tag in CELLS:
            add(" ", parent)
        words = titled = None
        if tag not in _UNNAMED:
            named, ident = node.get("class"), node.get("id")
            if ident:
                words, titled = _named_words(named, ident)
            elif named:
                words = _class_words(named)
        context = parent
        hides = False
        if block:
            style = node.get("style")
            hides = node.get("hidden") is not None or (style is not None and _HIDING_STYLE.search(style) is not None)
        if block or tag in STRUCTURE or tag in CELLS or tag == "a" or words or titled:
            context = _context_of(
                (
                    tag if block or tag in STRUCTURE or tag in CELLS else parent.element,
                    parent.ancestors | {tag} if tag in STRUCTURE else parent.ancestors,
                    parent.words | words if words else parent.words,
                    parent.titled | titled if titled else parent.titled,
                    parent.link or tag == "a",
                    parent.hidden or hides,
                )
            )
        push(context)
        text = node.text
        if text:
            add(text, context)
