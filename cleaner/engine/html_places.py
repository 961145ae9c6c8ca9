"""Where an HTML page's markup puts each line the extractor left out: in chrome (a landmark, a
container named for comments or sharing, a run of cards), or in the article's own place (its
paragraphs cut off by a widget, the sources it lists, the links it introduces).

Two pieces of evidence agree before a line counts as chrome: the extractor dropped it, and the
markup around it names chrome.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from cleaner.documents.visible import HEADINGS, LineFacts
from cleaner.engine.blocks import Block

CHROME_LANDMARKS = ("nav", "header", "footer", "aside", "form", "figcaption")
CHROME_WORDS = (
    "comment",
    "reply",
    "related",
    "recommend",
    "share",
    "social",
    "newsletter",
    "subscribe",
    "cookie",
    "consent",
    "breadcrumb",
    "menu",
    "nav",
    "promo",
    "cta",
    "advert",
    "sponsor",
    "modal",
    "invisible",
    "popup",
    "banner",
    "sidebar",
    "author",
    "byline",
    "bio",
    "caption",
    "footer",
    "copyright",
)
"""Landmarks and class/id words that put a line the extractor dropped outside any article."""
CHROME_LIST_WORDS = ("tag", "categor", "popular", "trending", "signup", "login", "pagination", "btn")
"""Class/id words that put a line the extractor dropped outside the article when the line is not
prose: a tag or category list, a most-read box, a pager, a button (and so does a ``<time>`` element: a
date line). Publishers also print them on the
article's container (``tag-elections``, ``category-news``), where only a short line is chrome."""


LINK_LINE = 0.9
"""Share of link text from which a line is a link (a menu entry, a teaser headline)."""
OWN_LINKS = 0.5
"""Share of link text under which a paragraph is the page's own writing rather than a teaser."""


Place = tuple[frozenset[str], frozenset[str]]
"""Where a line sits in the page: its structural ancestors and the class/id words above it."""


def _kept_prose_places(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> Counter[Place]:
    """The words of prose the extractor keeps, by the place they sit in (a page's lines share a few)."""
    by_place: Counter[Place] = Counter()
    for line, block in zip(facts, blocks, strict=True):
        if line.kept and block.is_prose:
            by_place[line.ancestors, line.words] += block.words
    return by_place


def article_container(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[str]:
    """The landmarks and class words over most of the prose the extractor keeps: on this page they
    name the article's own container (a ``<header>`` or ``<form>`` wrapping the page's content, a
    layout's ``has-sidebar`` or ``modal-open`` class, an ``ads`` class on the post), not chrome."""
    by_place = _kept_prose_places(facts, blocks)
    weight: Counter[str] = Counter()
    for (ancestors, words), count in by_place.items():
        for name in ancestors | words:
            weight[name] += count
    total = sum(by_place.values())
    return frozenset(name for name, count in weight.items() if 2 * count >= total)


def outside_article(
    facts: Sequence[LineFacts], blocks: Sequence[Block], container: frozenset[str], cited: frozenset[int]
) -> frozenset[int]:
    """Lines the extractor left out that sit in page chrome (a landmark such as ``<nav>`` or
    ``<footer>``, or a container named for comments, related stories, sharing...), that are
    short links through and through (but those the article carries: :func:`introduced_links`,
    :func:`interleaved_links`, and the page's ``cited`` addresses, :func:`cited_addresses`), that
    make up a run of cards (:func:`dropped_cards`) or that are machine data (:func:`machine_data`):
    two pieces of evidence agreeing that the line is not the article's. A link that reads like
    prose is left to the guard. The article's own ``container`` (:func:`article_container`) names
    no chrome, and an id that reads as a phrase (:attr:`LineFacts.titled`: a heading's slug,
    ``schedule-and-related``) names the section by its subject: its chrome words put out prose only
    where a landmark around it agrees (a ``<header>`` the article's own would otherwise be), other
    lines as a class word does."""
    landmarks = frozenset(CHROME_LANDMARKS) - container
    words = frozenset(CHROME_WORDS) - container
    lists = frozenset(CHROME_LIST_WORDS) - container
    cards = dropped_cards(facts)
    carried = introduced_links(facts, blocks) | interleaved_links(facts, blocks) | cited
    return frozenset(
        index
        for index, (line, block) in enumerate(zip(facts, blocks, strict=True))
        if not line.kept
        and (
            index in cards
            or machine_data(block, line)
            or not landmarks.isdisjoint(_landmarks(line, block))
            or not words.isdisjoint(line.words)
            or (
                not words.isdisjoint(line.titled)
                and (not block.is_prose or not landmarks.isdisjoint(line.ancestors))
            )
            or (
                not block.is_prose
                and (
                    (line.link_density >= LINK_LINE and index not in carried)
                    or not lists.isdisjoint(line.words)
                    or not lists.isdisjoint(line.titled)
                    or line.within("time")
                )
            )
        )
    )


def _landmarks(line: LineFacts, block: Block) -> frozenset[str]:
    """The landmarks around a line, but a ``<header>`` inside an ``<article>`` around a heading or
    a line that reads like prose: that is the article's own header (its headline and standfirst, a
    section's heading), not the page's banner, so such lines go through the page rules (the
    headline to the title, the standfirst to the metadata) and the guard, not out with the page's
    chrome. Its other lines (a byline, a date, a reading time) stay in chrome."""
    if line.within("article") and (block.is_prose or line.within(*HEADINGS)):
        return line.ancestors - {"header"}
    return line.ancestors


def introduced_links(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Links the extractor drops right under a line it keeps that ends in a colon ("In progress:",
    "Sources:", "My friends' favourite projects are:"), each a list item, paragraph or heading, in
    that line's place but for the item they are (:func:`_place`): the article introduces them, so
    being links through and through does not put them in chrome."""
    found: set[int] = set()
    for index, (line, block) in enumerate(zip(facts, blocks, strict=True)):
        if not line.kept or not block.text.rstrip().endswith(":"):
            continue
        place = _place(line)
        item = index + 1
        while (
            item < len(facts)
            and not facts[item].kept
            and facts[item].element in _LINE_ELEMENTS
            and facts[item].link_density >= LINK_LINE
            and _place(facts[item]) == place
            and not blocks[item].is_prose
        ):
            found.add(item)
            item += 1
    return frozenset(found)


ARTICLE_LINKS = 2
"""Link lines the extractor drops between two lines it keeps that may still be the article's own
(an item's linked heading and its "get it here" line); three or more there are a listing."""
_LINE_ELEMENTS = HEADINGS | {"p", "li"}
"""Elements of a line the article writes (a paragraph, a list item, a heading), not a button's."""


def _place(line: LineFacts) -> Place:
    """Where a line sits, but for the heading or list item it is: an item's heading sits where
    the item's paragraphs do."""
    return line.ancestors - _LINE_ELEMENTS, line.words


def interleaved_links(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Link lines the extractor drops between lines it keeps, in the place of the kept line right
    before or right after them: a paragraph, list item or heading (a listicle's item named by a
    link to it, a "grab the pattern here" line), where the extractor keeps the article on both
    sides and drops at most :data:`ARTICLE_LINKS` links in between. A run of more links there is
    a listing, and a link in another element (a ``<div>`` or ``<a>`` button) a call to action."""
    found: set[int] = set()
    start = 0
    while start < len(facts):
        if facts[start].kept:
            start += 1
            continue
        stop = start
        while stop < len(facts) and not facts[stop].kept:
            stop += 1
        links = [i for i in range(start, stop) if facts[i].link_density >= LINK_LINE and not blocks[i].is_prose]
        if start > 0 and stop < len(facts) and len(links) <= ARTICLE_LINKS:
            around = (_place(facts[start - 1]), _place(facts[stop]))
            found.update(i for i in links if facts[i].element in _LINE_ELEMENTS and _place(facts[i]) in around)
        start = stop
    return frozenset(found)


_DATA_START = ('{"', '[{"')
_DATA_END = ("}", "]")
DATA_FIELDS = 3
"""Quoted keys (``"name":``) from which a line shaped as a JSON object is data, not a sentence."""


def machine_data(block: Block, line: LineFacts) -> bool:
    """Whether the line is a JSON object or array printed into the page (a widget's settings in a
    hidden element), not a code sample in ``<pre>`` that an article shows its reader."""
    text = block.text
    return (
        text.startswith(_DATA_START)
        and text.endswith(_DATA_END)
        and text.count('":') >= DATA_FIELDS
        and not line.within("pre")
    )


def in_article_place(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Prose lines the extractor left out that sit in the very place (the same landmarks and class
    words, :data:`Place`) holding most of the prose it keeps, and that are mostly not link text: the
    article's own paragraphs, cut off from the rest by a share bar or a widget where the extractor
    stopped. A teaser printed there is a link through and through, and stays the extractor's."""
    by_place = _kept_prose_places(facts, blocks)
    if not by_place:
        return frozenset()
    home = by_place.most_common(1)[0][0]
    return frozenset(
        index
        for index, (line, block) in enumerate(zip(facts, blocks, strict=True))
        if not line.kept
        and block.is_prose
        and line.link_density < OWN_LINKS
        and line.ancestors == home[0]
        and line.words == home[1]
    )


_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+")


def cited_addresses(facts: Sequence[LineFacts], blocks: Sequence[Block]) -> frozenset[int]:
    """Links printed as their own web address that the extractor left out, in the place of the
    prose it keeps but for the list item or heading they are (:func:`_place`): the sources an
    article lists after its last paragraph. A menu, a listing or a share bar names its links; a
    page's footer printing addresses stands in another place."""
    by_place = _kept_prose_places(facts, blocks)
    if not by_place:
        return frozenset()
    ancestors, words = by_place.most_common(1)[0][0]
    home = (ancestors - _LINE_ELEMENTS, words)
    return frozenset(
        index
        for index, (line, block) in enumerate(zip(facts, blocks, strict=True))
        if not line.kept
        and line.link_density >= LINK_LINE
        and _place(line) == home
        and _ADDRESS.fullmatch(block.text.strip()) is not None
    )


CARD_LINES = (2, 3, 4)
"""Lines of one card (a linked headline, its teaser, a date or a button), in the markup's order."""
CARD_RUN = 3
"""Cards in a row that make a listing rather than an article's repeated layout."""


def dropped_cards(facts: Sequence[LineFacts]) -> frozenset[int]:
    """Lines of runs of cards the extractor leaves out whole: a unit of a few lines, one of them a
    link and one not (a headline and its teaser), printed with the same markup (element, landmarks,
    class words, which line is the link) :data:`CARD_RUN` times or more in a row. A listing of
    other stories or products, in any language, wherever the page puts it."""
    linked = [line.link_density >= LINK_LINE for line in facts]
    if not any(linked):
        return frozenset()
    ids: dict[tuple[str, frozenset[str], frozenset[str], bool], int] = {}  # shapes as numbers: fast to compare
    shapes = [
        ids.setdefault((line.element, line.ancestors, line.words, link), len(ids))
        for line, link in zip(facts, linked, strict=True)
    ]
    following = [len(linked)] * (len(linked) + 1)  # the first linked line at or after each line
    for place in range(len(linked) - 1, -1, -1):
        following[place] = place if linked[place] else following[place + 1]
    found: set[int] = set()
    index = 0
    while index < len(shapes):
        if following[index] - index >= CARD_LINES[-1]:  # no link close enough for a card to start here
            index = following[index] - CARD_LINES[-1] + 1
            continue
        run = 0
        for size in CARD_LINES:
            unit = shapes[index : index + size]
            links = sum(linked[index : index + size])
            if len(unit) < size or links in (0, size):
                continue
            repeats = 1
            while shapes[index + repeats * size : index + (repeats + 1) * size] == unit:
                repeats += 1
            if repeats >= CARD_RUN and repeats * size > run:
                run = repeats * size
        if run and not any(line.kept for line in facts[index : index + run]):
            found.update(range(index, index + run))
            index += run
        else:  # no run here, or one the extractor keeps a line of: a run may start on the next line
            index += 1
    return frozenset(found)


def kept_span(facts: Sequence[LineFacts]) -> range:
    """From the first to the last line the extractor keeps (empty when it keeps none)."""
    kept = [index for index, line in enumerate(facts) if line.kept]
    return range(kept[0], kept[-1] + 1) if kept else range(0)
