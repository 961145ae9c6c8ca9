"""The article's headline: where a page prints its title again over the article.

A page's first line in plain text is often its title ("Headline | Site"); the line printing the
headline alone before the article is the evidence that the lines between are the page's masthead.
The search runs on a :class:`cleaner.engine.body.Body` and is decided once per document
(:func:`carried_headline`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import NamedTuple, Protocol

import regex

from cleaner.documents.sites import NOT_LETTER_OR_DIGIT
from cleaner.documents.visible import LineFacts
from cleaner.engine.blocks import Block, count_words, normalize

HEAD_LINES = 4
"""Lines of a story's head over its first paragraph, whatever their shape: its headline, with a
kicker or label, a dek, a byline and a date. The article's head stands just before its core, and a
menu before the body ends before it; a story card's head stands over its teaser
(:mod:`cleaner.engine.trailers`)."""

_MARKED_SEPARATOR = regex.compile(r"\s+[|\-–—•·»:]{1,2}\s+")
"""Where a page's title joins the headline to the site's or section's name: "Headline | Site"."""
_TITLE_SEPARATOR = regex.compile(rf"{_MARKED_SEPARATOR.pattern}|\s*[|｜]\s*|(?<=\w)(?::\s+|：\s*)")
"""The same in plain text, where the page's title is the text's first line: "Headline | Site",
"Site: Headline", "見出し｜サイト"; a bar joins names with or without spaces, a colon follows a word.
An HTML page's first line in view may be any heading ("Ultralight Backpacking: Don't Pack Your
Fears"), whose part after a colon a later subheading prints."""
_KICKER_COLON = regex.compile(r"[:：]\s*")
"""A separator that is a colon right after a word: "Site: Headline", "Kicker: Headline"."""
_ASCII_NOT_LETTER_OR_DIGIT = re.compile(r"[^A-Za-z0-9]+")
""":data:`cleaner.documents.sites.NOT_LETTER_OR_DIGIT` on ASCII text, by the standard engine, which
finds it faster (nearly all the lines the search keys are ASCII)."""
_INVISIBLE = regex.compile(r"\p{Cf}+")
"""Format characters a page sets inside words (a zero-width space or joiner, a byte-order mark, a
soft hyphen): invisible on the page, so a headline printed with one is the title's."""
_ELLIPSIS = ("...", "…")
_ARTICLES_BY_LANGUAGE = {
    "en": "the a an",
    "de": "der die das den dem des ein eine einen einem einer eines",
    "fr": "le la les l un une",
    "es": "el la los las un una unos unas",
    "pt": "o a os as um uma",
    "it": "il lo la i gli le l un uno una",
    "nl": "de het een t",
}
ARTICLE_WORDS = frozenset(word for words in _ARTICLES_BY_LANGUAGE.values() for word in words.split())
"""The articles a headline may open with or without ("The Best Scooters of 2025" for "Best Scooters
of 2025"), as :func:`headline_key` spells them ("L'été" keys as "l été")."""
TITLE_LIKENESS = 0.75
"""The share of words a line and the page's title share (of the longer one's words) from which the
line prints the title's headline in another form ("The Best Scooters of 2025" for "Best Scooters
of 2025 | Site"): an article, a word added or left out, a year changed."""
TITLE_MIN_WORDS = 2
"""A one-word "headline" ("News | Site") names a section, not an article."""
HEADLINE_WORDS = range(3, 26)
"""A headline has a few words and at most a long sentence's worth."""
BYLINE_LINES = 2
"""Lines that may stand between a headline and its article's first paragraph: a byline, a date.
Where a title naming no site is printed in another form, a line shaped as a headline over them
(:func:`_headline_under`) leaves open which is the headline; a byline right under a headline
printed letter for letter or beside the site's name leaves nothing open."""
HEADLINE_PART_WORDS = 4
"""A part of the page's title this long, or longer than the rest, is its headline rather than the
site's name ("Accounting Seed", printed again in the article as an item of its list)."""


@dataclass(frozen=True, slots=True)
class Headline:
    """The article's headline as the page's head shows it: the page's title on its first line
    (``"Headline | Site"``), and the lines (``copies``, in order) where the headline alone is
    printed again before the article starts. Everything between the title and the first copy is
    the page's masthead."""

    title: str
    copies: tuple[int, ...]
    inside: bool = False
    """Whether the headline is printed inside the page's heaviest stretch of prose (under a
    mega-menu's teasers), which then starts at it."""
    named: bool = False
    """Whether the title joins the headline to another name ("Headline | Site"): the page's own
    title tag, printed again as the headline over the article, which does not go back above it."""
    kept: bool = False
    """Whether the last line printing the headline stays in the text: it prints the title in
    another form right over a line shaped as a headline over the article's first paragraph (a
    dek, the first subheading, the headline in a form of its own; :func:`_headline_under`). Which
    of the two is the headline is open, and once the title and that line went, the lower one
    would go as the headline the text then opens with (``extracted.headline``), as it would from
    the cleaned text; the masthead over them goes all the same."""

    @property
    def over(self) -> bool:
        """Whether the article starts under this headline at the earliest: it is printed inside
        the heaviest prose, or the title names it apart from the site. A first line printed again
        alone may as well be repeated by a story card inside the article."""
        return self.inside or self.named

    @property
    def index(self) -> int:
        """The first line printing the headline alone."""
        return self.copies[0]


def headline_shaped(block: Block) -> bool:
    """Whether a line is shaped as a headline: no prose, :data:`HEADLINE_WORDS` words, and no
    sentence's or label's end."""
    return (
        not block.is_prose
        and block.words in HEADLINE_WORDS
        and not block.text.rstrip().endswith((".", ":", ",", ";"))
    )


_ASKS = regex.compile(r"[?!？！]")
"""The marks a headline written as a question or a call ends a sentence with ("How Much Does a
Roof Cost in 2025?", "Finally Here!")."""


def asking_headline(block: Block) -> bool:
    """Whether a line that reads as prose is shaped as a headline that asks or calls: of
    :data:`HEADLINE_WORDS` words, with a question or exclamation mark and no full stop at its end
    ("How Much Does Hiring a Roofer Cost in 2025? | Site"). Ten words and a sentence's end make a
    line prose, and a page prints its title so; a statement's sentence ("The council voted.") is
    the article's."""
    text = block.text.rstrip()
    return block.is_prose and block.words in HEADLINE_WORDS and not text.endswith(".") and bool(_ASKS.search(text))


def reads_as_headline(block: Block) -> bool:
    """Whether a line may be a page's title or the headline printed again: no prose, or prose
    only as a headline that asks (:func:`asking_headline`)."""
    return not block.is_prose or asking_headline(block)


def title_parts(title: str, *, plain: bool = False) -> list[str]:
    """A page title and what it may print the headline as: the text before and after each
    separator ("Headline | Site", "Section | Headline - Site"), of at least two words. In
    ``plain`` text (the title on the text's first line) also a bar without spaces and a colon right
    after a word (:data:`_TITLE_SEPARATOR`); such a colon ("Site: Headline", "Headline:
    Subtitle") has a headline before it only from :data:`HEADLINE_PART_WORDS` words: a shorter one
    is a site's name or a kicker ("Fact Check: ...", "Impeachment hearings: ..."), printed over the
    headline."""
    cuts = list((_TITLE_SEPARATOR if plain else _MARKED_SEPARATOR).finditer(title))
    befores = (
        title[: cut.start()]
        for cut in cuts
        if not _KICKER_COLON.fullmatch(cut.group()) or count_words(title[: cut.start()]) >= HEADLINE_PART_WORDS
    )
    parts = [title, *befores, *(title[cut.end() :] for cut in cuts)]
    return [part for part in parts if count_words(part) >= TITLE_MIN_WORDS]


def headline_key(text: str) -> str:
    """A line or a page title as headlines are compared: its comparison key
    (:func:`cleaner.engine.blocks.normalize`) with its punctuation folded into spaces, so that a
    headline printed in capitals or with another dash, colon or quote is the title's, and one with
    an invisible character inside a word (:data:`_INVISIBLE`) too."""
    key = normalize(text)
    if key.isascii():
        return " ".join(_ASCII_NOT_LETTER_OR_DIGIT.sub(" ", key).split())
    return " ".join(NOT_LETTER_OR_DIGIT.sub(" ", _INVISIBLE.sub("", key)).split())


class HeadlineKeys(dict[str, str]):
    """A document's lines and title parts by their :func:`headline_key`, each keyed on first use.
    A headline is searched for on every cleaning pass until one finds it, over the same lines
    (passes remove lines, never rewrite one), so the document keeps one of these across its passes
    (:class:`cleaner.engine.body.Body`'s ``headline_keys``) as it keeps its headline."""

    def __missing__(self, text: str) -> str:
        key = self[text] = headline_key(text)
        return key


class TitleForm(NamedTuple):
    """A page title or a part of it as :func:`title_likeness` compares lines with it (:func:`title_form`)."""

    key: str
    """Its :func:`headline_key`."""
    opening: str | None
    """What a line opening with the title cut short opens with, where the title tag cut it with an
    ellipsis ("Council approves the new bud…", its last word then left out, as it may be cut
    too); None where the title is not cut."""
    words: Counter[str]
    """The key's words, counted once: every line the search compares is compared with them."""
    length: int
    """How many words the key has."""


def title_form(title: str) -> TitleForm:
    """A page title or a part of it as :func:`title_likeness` compares lines with it."""
    key = headline_key(title)
    words = key.split()
    if title.rstrip().endswith(_ELLIPSIS):
        words = words[:-1]
        key = " ".join(words)
        return TitleForm(key, key, Counter(words), len(words))
    return TitleForm(key, None, Counter(words), len(words))


def title_likeness(title: TitleForm, line: str) -> float:
    """How much ``line`` (a :func:`headline_key`) prints the headline ``title`` (a
    :func:`title_form`): 1.0 where it is the title, or opens with a title cut short, else the share
    of words the two share, of the longer one's (each word shared as often as both print it)."""
    key, opening, title_words, length = title
    if line == key or (opening is not None and line.startswith(opening)):
        return 1.0
    words = line.split()
    line_words = Counter(words)
    shared = sum(map(min, title_words.values(), map(line_words.__getitem__, title_words)))
    return shared / max(length, len(words), 1)


def _joins_another_name(title: str) -> bool:
    """Whether a page title joins another name to its headline by a separator other than a colon
    ("Headline | Site", "Headline - Section"): a title tag's mark. A line without one (a colon
    joins a headline to its subtitle) may be any first line, the article's first once the title
    went to the metadata: compared in another form, it would find its headline in a sibling
    ("Homes for Sale in Lake Keowee" over "Homes for Sale in Lake Hartwell")."""
    return any(":" not in cut.group() and "：" not in cut.group() for cut in _TITLE_SEPARATOR.finditer(title))


def title_ends(title: str) -> list[tuple[str, str]]:
    """What a page title may name at either end, and the rest: ``(name, rest)`` for the text after
    its last separator and before its first ("Headline | Site", "Site - Headline"), where the rest
    has at least two words."""
    cuts = list(_TITLE_SEPARATOR.finditer(title))
    if not cuts:
        return []
    last, first = cuts[-1], cuts[0]
    ends = [(title[last.end() :], title[: last.start()]), (title[: first.start()], title[first.end() :])]
    return [(name.strip(), rest.strip()) for name, rest in ends if count_words(rest) >= TITLE_MIN_WORDS]


class Search(Enum):
    """A :class:`cleaner.engine.body.Body`'s headline not given but to be searched for (:func:`search_headline`)."""

    ON_VIEW = "on view"
    """Searched for on the view itself: a cleaning's passes search until one finds it or the
    page's title goes (see :class:`cleaner.engine.cleaner.Cleaner`)."""


def carried_headline(headline: Headline | None, found_on: Sequence[int], view: Sequence[int]) -> Headline | None:
    """The document's ``headline``, found on the view of the document's blocks ``found_on``, on a
    later view of blocks ``view``: its lines still in view, renumbered. None where the title line
    it was found under left the view (it went to the metadata, or as chrome): the headline went
    with it, and a later pass has nothing to take, as a cleaning of the cleaned text has not. A
    line that an earlier pass left first is not the page's title for that."""
    if headline is None or not view or view[0] != found_on[0]:
        return None
    place = {block: index for index, block in enumerate(view)}
    copies = tuple(place[found_on[copy]] for copy in headline.copies if found_on[copy] in place)
    return replace(headline, copies=copies) if copies else None


class ArticleView(Protocol):
    """What the search reads of a page's view (:class:`cleaner.engine.body.Body`, which runs it):
    its lines and their keys (the document's headline keys too), the heaviest stretch of prose,
    and where the article opens."""

    blocks: Sequence[Block]
    facts: Sequence[LineFacts] | None
    headline_keys: HeadlineKeys

    @property
    def keys(self) -> Sequence[str]: ...

    @property
    def heaviest(self) -> range: ...

    @property
    def printed_once(self) -> list[int]: ...

    def opens_paragraph(self, index: int, *, right_under: bool = True) -> bool: ...

    def opened_before(self, copy: int) -> bool: ...


def search_headline(body: ArticleView) -> Headline | None:
    """The headline, when the first line is the page's title (the headline, alone or joined
    to the site's name by a separator: "Headline | Site", "Site - Headline") and the headline
    alone follows before the article's core: the repeat is the evidence (a page prints its
    title in its head, then the headline over the article). Of several parts printed again,
    the longest is the headline, and of two as long the one printed nearer the article (a
    site's name may be printed again too, in the masthead). None otherwise, and None when the
    first line is the headline alone right over a paragraph printed once (:meth:`ArticleView.opens_paragraph`):
    the article starts right under it, so a copy further down (a story card, a "Most read"
    entry printing the title again) stands below the article's first paragraph, not above it,
    however much heavier the prose after it is than the article; nor when the first line is the
    first half of a sentence broken across lines, the article's. A title that asks reads as
    prose (:func:`reads_as_headline`), and is found printed again alone only, not in another
    form: that may be the article's own question."""
    blocks, core = body.blocks, body.heaviest
    if len(blocks) < 3 or not reads_as_headline(blocks[0]) or not core:
        return None
    if not blocks[0].is_prose and body.opens_paragraph(0, right_under=False):
        return None  # the first half of a sentence broken across lines: the article's first line
    later: dict[str, list[int]] = {}
    for index in range(1, core.start):
        if reads_as_headline(blocks[index]):
            later.setdefault(_search_key(body, body.keys[index]), []).append(index)
    text = blocks[0].text.strip()
    plain = body.facts is None
    found = [
        (count_words(part), part.strip(), copies)
        for part in title_parts(text, plain=plain)
        if (copies := later.get(_search_key(body, part)))
    ]
    if not found:
        if blocks[0].is_prose:  # a title that asks is found printed again alone only
            return _headline_inside(body, text)
        return _headline_inside(body, text) or (_headline_like(body, text, later) if plain else None)
    _, title, copies = max(found, key=lambda item: (item[0], item[2][-1]))
    if title == text and body.opens_paragraph(1):
        return None
    if body.opened_before(copies[0]):
        return None
    together = _together(body, copies) if plain else tuple(copies)
    kept = any(body.keys[copy] != normalize(title) for copy in together) and _headline_under(body, together[-1])
    return Headline(title, together, named=title != text, kept=kept)


def _search_key(body: ArticleView, text: str) -> str:
    """A line or a title's part as :func:`search_headline` compares them: in plain text its
    :func:`headline_key`, punctuation folded; on an HTML page, whose first line in view need
    not be its title, its comparison key (:func:`cleaner.engine.blocks.normalize`)."""
    return body.headline_keys[text] if body.facts is None else normalize(text)

def _headline_like(body: ArticleView, text: str, later: dict[str, list[int]]) -> Headline | None:
    """The headline where the page's title ``text`` prints it in another form (a title tag
    written for search, cut short, or with the site's name): of the lines ``later`` (keyed by
    :func:`headline_key`: the lines no prose before the core), the first that prints the title or
    a part of it so (:func:`_prints_title`). Only parts of :data:`HEADLINE_PART_WORDS` words or
    more that hold more than half the title's words are compared: the rest may name the site
    ("The Old Town Almanac"), which the masthead prints too. None where a paragraph opens right
    under the title, or where the article has begun over that line (:meth:`ArticleView.opened_before`).
    The parts compared are those of a title that names another (:func:`_joins_another_name`),
    without that name, and else the whole title: a first line naming no site may be the
    article's or a listing's, which print lines like it, so it is compared strictly
    (:func:`_prints_title`), and not with the line right under it: that is the next line of one
    block (a skip link over what it skips to, a card's headline over its line with the byline),
    where a headline printed again stands past the page's masthead; nor is a whole title opening
    a longer line cut short, as a headline opens its card's line ("... by Anna Berg")."""
    words, named = count_words(text), _joins_another_name(text)
    parts = [
        part
        for part in title_parts(text, plain=True)
        if count_words(part) >= HEADLINE_PART_WORDS
        and 2 * count_words(part) > words
        and (part != text if named else part == text)
    ]
    if not parts or body.opens_paragraph(1):
        return None
    forms = [(title_form(part), _opening_words(part)) for part in parts]
    loose = not named and not text.rstrip().endswith(_ELLIPSIS)  # no title tag's mark: compared strictly
    like = (
        key
        for key, lines in later.items()
        if not (loose and lines[0] == 1) and _prints_title(forms, key, body.blocks[lines[0]].text, named=named)
    )
    key = min(like, key=lambda key: later[key][0], default=None)
    if key is None or body.opened_before(later[key][0]):
        return None
    copies = _together(body, later[key])
    kept = _headline_under(body, copies[-1], between=BYLINE_LINES if loose else 1)
    return Headline(body.blocks[copies[0]].text.strip(), copies, kept=kept)


def _prints_title(forms: list[tuple[TitleForm, str]], key: str, line: str, *, named: bool) -> bool:
    """Whether a line (its :func:`headline_key` and its text) prints one of the title's ``forms``
    (a :func:`title_form` and its :func:`_opening_words`) in another form: cut short where the
    title tag cut it with an ellipsis, or sharing :data:`TITLE_LIKENESS` of its words. A title that
    names no site (``named`` false) is printed so only with words added or left out, none
    changed, as a listing's sibling changes one ("Homes for Sale in Lake Keowee" and "... Lake
    Hartwell"); one that names a site also with its subtitle cut or another subtitle ("Best Tents
    of 2026, Tested" printed as "Best Tents of 2026: What to Buy"): the same opening words up to a
    subtitle's mark. The line's opening words are read once, on the first form that asks."""
    line_opening: str | None = None
    for form, opening in forms:
        strict = not named and form.opening is None
        if title_likeness(form, key) >= TITLE_LIKENESS and (not strict or _added_or_left_out(form.key, key)):
            return True
        if named and opening:
            line_opening = _opening_words(line) if line_opening is None else line_opening
            if opening == line_opening:
                return True
    return False


def _added_or_left_out(title: str, line: str) -> bool:
    """Whether one of two :func:`headline_key` holds all the other's words: words were added or
    left out, none changed. A line printing the whole title with words before or after it is a
    line about it (a breadcrumb ending in it, "0 Comments on ...", a card's "... by Anna Berg"),
    not the title in another form; an article opening either (:func:`_without_article`) is no
    word about it."""
    title, line = _without_article(title), _without_article(line)
    title_words, line_words = Counter(title.split()), Counter(line.split())
    if line_words <= title_words:
        return True
    return title_words <= line_words and f" {title} " not in f" {line} "


_SUBTITLE = regex.compile(r"\s*[:：,;(\[|｜–—]|\s-\s")
"""Where a headline's subtitle starts: "Headline: Subtitle", "Headline, Tested", "Headline (2025 Guide)"."""


def _opening_words(text: str) -> str:
    """The :func:`headline_key` of a headline's words before its subtitle (:data:`_SUBTITLE`; the
    whole line without one), when they are :data:`HEADLINE_PART_WORDS` or more; else empty, as
    fewer name a series or a kicker ("Fact Check: ..."); the article it opens with left out."""
    cut = _SUBTITLE.search(text)
    opening = headline_key(text[: cut.start()] if cut else text)
    return _without_article(opening) if len(opening.split()) >= HEADLINE_PART_WORDS else ""


def _without_article(key: str) -> str:
    """A :func:`headline_key` without the article it opens with (:data:`ARTICLE_WORDS`): a
    headline is printed with or without one ("The Best Scooters of 2025", "Best Scooters of 2025")."""
    first, _, rest = key.partition(" ")
    return rest if rest and first in ARTICLE_WORDS else key

def _headline_under(body: ArticleView, copy: int, *, between: int = 1) -> bool:
    """Whether the line right under ``copy`` (a line printing the title in another form, not
    letter for letter) is shaped as a headline over a paragraph, right over it or over up to
    ``between`` lines over it (a byline, a date): the article's first subheading,
    or the headline in a form of its own. Which of the two is the headline is then open, and
    once the title and the lines between went, the lower one would go as the headline the page
    opens with (``extracted.headline``), as it would from the cleaned text: the line printing the
    title stays over it (:attr:`Headline.kept`)."""
    blocks, under = body.blocks, copy + 1
    if under >= len(blocks) or not headline_shaped(blocks[under]):
        return False
    return any(block.is_prose for block in blocks[under + 1 : under + 2 + between])


def _together(body: ArticleView, copies: list[int]) -> tuple[int, ...]:
    """The lines printing the headline over the article: the first, and the copies after it
    until a paragraph; one past a paragraph is another's (a card, a comment's link back). A copy
    of a headline that asks reads as prose, and is no paragraph."""
    prose = next(
        (i for i in range(copies[0] + 1, copies[-1]) if body.blocks[i].is_prose and i not in copies), copies[-1] + 1
    )
    return tuple(index for index in copies if index < prose)

def _headline_inside(body: ArticleView, text: str) -> Headline | None:
    """The headline printed inside the heaviest stretch of prose, where the page's title
    ``text`` joins it to the site's name ("Headline | Site") and it stands over the article:
    at most :data:`HEAD_LINES` lines over a paragraph printed once, with another after it in
    that stretch. A mega-menu's teasers may weigh more than a short article under them; a
    site's name printed in the article (an item of its list) is no headline, and neither is a
    page's first line printed again, which may as well be a story card repeating it."""
    blocks, core = body.blocks, body.heaviest
    words = count_words(text)
    parts = {
        _search_key(body, part)
        for part in title_parts(text, plain=body.facts is None)[1:]
        if count_words(part) >= HEADLINE_PART_WORDS or 2 * count_words(part) > words
    }
    if not parts:
        return None
    once = [index for index in body.printed_once if index in core]
    for index in core:
        if not reads_as_headline(blocks[index]) or _search_key(body, body.keys[index]) not in parts:
            continue
        after = [line for line in once if line > index]
        if len(after) >= 2 and after[0] <= index + HEAD_LINES + 1:
            if body.opened_before(index):
                return None
            key = body.keys[index]
            copies = tuple(line for line in range(core.start, index + 1) if body.keys[line] == key)
            return Headline(blocks[index].text.strip(), copies, inside=True, named=True)
    return None
