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

from dataclasses import dataclass
from functools import lru_cache
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
_WORD_SPLIT = regex.compile(r"[^a-z0-9]+")
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

    def within(self, *tags: str) -> bool:
        return not self.ancestors.isdisjoint(tags)

    def named(self, *words: str) -> bool:
        return not self.words.isdisjoint(words)


@dataclass(frozen=True, slots=True)
class VisibleText:
    """The page's visible text and, for each of its non-blank lines in order, that line's facts."""

    text: str
    facts: list[LineFacts]


@dataclass(frozen=True, slots=True)
class _Context:
    element: str
    ancestors: frozenset[str]
    words: frozenset[str]
    link: bool
    hidden: bool = False


_ROOT = _Context("body", frozenset(), frozenset(), False)


class _Lines:
    """Collects text pieces into lines, each line taking the context its first piece came with."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.facts: list[LineFacts] = []
        self.gaps: list[bool] = []
        self._pieces: list[str] = []
        self._linked = 0
        self._context: _Context | None = None
        self._gap = True

    def add(self, text: str, context: _Context) -> None:
        if not self._pieces:
            text = text.lstrip()
            if not text:
                return
            self._context = context
        self._pieces.append(text)
        if context.link:
            self._linked += len(text.strip())

    def end_line(self, gap: bool = False) -> None:
        if self._pieces:
            line = " ".join("".join(self._pieces).split())
            if line:
                context = self._context or _ROOT
                self.lines.append(line)
                self.gaps.append(self._gap)
                self.facts.append(
                    LineFacts(
                        context.element,
                        context.ancestors,
                        context.words,
                        min(1.0, self._linked / len(line)),
                        context.hidden,
                    )
                )
                self._gap = False
            self._pieces = []
            self._linked = 0
            self._context = None
        self._gap = self._gap or gap

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
    _walk(body if body is not None else tree, _ROOT, lines)
    lines.end_line()
    return VisibleText(lines.text(), lines.facts)


@lru_cache(maxsize=4096)
def _class_words(value: str) -> frozenset[str]:
    """The chrome words of a class or id value; pages repeat a few values many times, hence the cache."""
    return frozenset(chrome for word in _WORD_SPLIT.split(value.lower()) if (chrome := _chrome_word(word)))


@lru_cache(maxsize=16384)
def _chrome_word(word: str) -> str | None:
    """The chrome word a class word starts with (``sharebar`` -> ``share``, ``kommentare`` ->
    ``comment``), if any; values are often unique to a page (``post-12345``), their words recur
    across pages, hence this cache too."""
    if word and (match := _CHROME_PREFIX.match(word)) is not None and (len(match.group()) > 2 or word == match.group()):
        return CHROME_SYNONYMS.get(match.group(), match.group())
    return None


_HIDING_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def _walk(element: Any, context: _Context, lines: _Lines) -> None:
    """Depth-first over the element and its tail; each element is on the stack twice, to open it
    and to close it (end its line, read its tail in the parent's context). The walk runs once for
    every element of the page, hence one loop without calls where a line has no pieces yet.
    Only block elements are asked whether the markup hides them (two attribute reads each, not
    on every inline element): a line hides with its block, or with a block around it."""
    stack: list[tuple[Any, _Context, bool]] = [(element, context, False)]
    pop, push, add = stack.pop, stack.append, lines.add
    while stack:
        node, parent, entered = pop()
        tag = node.tag
        if entered or not isinstance(tag, str):  # closing, or a comment: only its tail is text
            if entered and (tag in BLOCKS or tag == "br"):
                lines.end_line(gap=tag in PARAGRAPHS)
            tail = node.tail  # lxml builds a new string at each read
            if tail:
                add(tail, parent)
            continue
        if tag in SKIPPED:
            push((node, parent, True))
            continue
        tag = tag.lower() if not tag.islower() else tag
        block = tag in BLOCKS
        if block or tag == "br":
            lines.end_line(gap=tag in PARAGRAPHS)
        elif tag in CELLS:
            add(" ", parent)
        named = ident = None
        if tag not in _UNNAMED:
            named = node.get("class")
            ident = node.get("id")
        words = _class_words(f"{named} {ident}" if ident and named else named or ident) if named or ident else None
        context = parent
        hides = False
        if block:
            style = node.get("style")
            hides = node.get("hidden") is not None or (style is not None and _HIDING_STYLE.search(style) is not None)
        if block or tag in STRUCTURE or tag in CELLS or tag == "a" or words:
            context = _Context(
                tag if block or tag in STRUCTURE or tag in CELLS else parent.element,
                parent.ancestors | {tag} if tag in STRUCTURE else parent.ancestors,
                parent.words | words if words else parent.words,
                parent.link or tag == "a",
                parent.hidden or hides,
            )
        push((node, parent, True))
        for child in reversed(node):
            push((child, context, False))
        text = node.text
        if text:
            add(text, context)
