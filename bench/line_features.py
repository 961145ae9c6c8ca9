"""Features of a line outside the article for the learned line scorer study
(``bench/line_scorer_study.py``): how likely such a line is page chrome, from its shape and place.

Every feature is language-independent and cheap: the line's length, its shares of punctuation,
digits and capitals, how it ends, where it stands against the article (:attr:`Body.article`: on
which side, how far, how much prose lies between), the shapes of its neighbours (runs of short
lines, link-list columns), whether the page prints it more than once, and how many of its words
the article also uses. No word list. Lines inside the article are never scored.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from cleaner.engine.blocks import Block
from cleaner.engine.body import Body

WINDOW = 2
"""Neighbours on each side that describe a line's surroundings."""
SHORT_WORDS = 4
"""A line of at most this many words is short: a label, a menu item, a counter."""

PLACES = ("before", "after")
"""Where a scored line stands against the article; each place has its own trees."""

_TERMINAL = regex.compile(r"""[.!?。！？…]["'”’»)\]]*$""")
_OPENING_MARK = regex.compile(r"^\s*[•·◦▪●■►▸‣*\-–—|>#]")
_SEPARATOR = regex.compile(r"\s[|/•·»›]\s|\s\|\s?|\s»\s?")
_PUNCT = regex.compile(r"[\p{P}\p{S}]")
_DIGIT = regex.compile(r"\d")
_UPPER = regex.compile(r"\p{Lu}")
_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\w+")

SHAPE = (
    "log_words",
    "log_chars",
    "short",
    "prose",
    "punct_share",
    "digit_share",
    "upper_share",
    "terminal",
    "colon_end",
    "opening_mark",
    "separator",
)
"""What a line looks like by itself."""

NEAR = ("short", "terminal", "prose", "log_words")
"""Shape features averaged over a line's neighbours (the ``near_*`` features)."""
_NEAR = tuple(SHAPE.index(name) for name in NEAR)

FEATURES = (
    *SHAPE,
    "gap_before",
    "log_distance",
    "relative_distance",
    "log_prose_between",
    "log_article_words",
    "article_prose_share",
    "repeated",
    "teaser",
    "echoed",
    *(f"near_{name}" for name in NEAR),
    "previous_prose",
    "next_prose",
    "long_as_body",
    "article_vocabulary",
)
"""The names of a line's features, in the order :func:`outside_lines` gives them."""
PROSE = FEATURES.index("prose")


Tree = float | tuple[int, float, "Tree", "Tree"]
"""A regression tree: a leaf's value, or ``(feature, cut, left, right)``: ``left`` when the
feature's value is at most ``cut``."""


@dataclass(frozen=True, slots=True)
class Model:
    """A small boosted tree ensemble per place (``before``/``after``) over :data:`FEATURES`: a
    base logit plus every tree's leaf."""

    base: Mapping[str, float]
    trees: Mapping[str, Sequence[Tree]]

    def score(self, place: str, values: Sequence[float]) -> float:
        """The probability that a line at ``place`` with these feature ``values`` is chrome."""
        total = self.base[place]
        for tree in self.trees[place]:
            node = tree
            while not isinstance(node, float):
                feature, cut, left, right = node
                node = left if values[feature] <= cut else right
            total += node
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@dataclass(frozen=True, slots=True)
class Scored:
    """One line outside the article: its index, place and features."""

    index: int
    place: str
    values: tuple[float, ...]


def outside_lines(blocks: Sequence[Block], body: Body) -> list[Scored]:
    """Features of every line before or after :attr:`Body.article` (none when the page has no article)."""
    article = body.article
    if not article:
        return []
    start, stop = article.start, article.stop
    prose_words = [block.words for block in blocks if block.is_prose]
    article_words = sum(blocks[i].words for i in range(start, stop) if blocks[i].is_prose)
    prose_share = article_words / (sum(prose_words) or 1)
    body_words = sorted(blocks[i].words for i in range(start, stop) if blocks[i].is_prose) or [1]
    typical = body_words[len(body_words) // 2]
    keys = body.keys
    key_count: dict[str, int] = {}
    for key in keys:
        key_count[key] = key_count.get(key, 0) + 1
    teasers, echoed = body.teasers, body.echoed
    shapes: dict[int, tuple[float, ...]] = {}

    def shape(index: int) -> tuple[float, ...]:
        found = shapes.get(index)
        if found is None:
            found = shapes[index] = _shape(blocks[index])
        return found

    vocabulary = {word for i in range(start, stop) for word in _words(blocks[i].text)}
    prose_before = _prose_counts(blocks)
    page = (math.log1p(article_words), prose_share)
    scored: list[Scored] = []
    for block in blocks:
        index = block.index
        if start <= index < stop:
            continue
        if index < start:
            place, distance, side = "before", start - index, start
            between = prose_before[start] - prose_before[index + 1]
        else:
            place, distance, side = "after", index - stop + 1, len(blocks) - stop
            between = prose_before[index] - prose_before[stop]
        near = [shape(j) for j in range(max(0, index - WINDOW), min(len(blocks), index + WINDOW + 1)) if j != index]
        count = len(near) or 1
        scored.append(
            Scored(
                index,
                place,
                (
                    *shape(index),
                    float(block.gap_before),
                    math.log1p(distance),
                    distance / side,
                    math.log1p(between),
                    *page,
                    float(key_count[keys[index]] > 1),
                    float(index in teasers),
                    float(index in echoed),
                    *(sum(s[feature] for s in near) / count for feature in _NEAR),
                    float(index > 0 and blocks[index - 1].is_prose),
                    float(index + 1 < len(blocks) and blocks[index + 1].is_prose),
                    float(block.words >= typical),
                    _known_share(block.text, vocabulary),
                ),
            )
        )
    return scored


def _words(text: str) -> list[str]:
    """A line's words of four letters or more, case-folded: the ones that say what it is about."""
    return [word for word in _WORD.findall(text.casefold()) if len(word) >= 4]


def _known_share(text: str, vocabulary: set[str]) -> float:
    """Share of a line's words (see :func:`_words`) that the article also uses: an infobox or a
    reference list speaks of the article's subject, a menu of the site's."""
    words = _words(text)
    return sum(word in vocabulary for word in words) / len(words) if words else 0.0


def _prose_counts(blocks: Sequence[Block]) -> list[int]:
    """Prose lines before each index (one entry more than ``blocks``)."""
    counts = [0]
    for block in blocks:
        counts.append(counts[-1] + block.is_prose)
    return counts


def _shape(block: Block) -> tuple[float, ...]:
    """What a line looks like by itself (:data:`SHAPE`)."""
    text = block.text.strip()
    chars = len(text) or 1
    letters = len(_LETTER.findall(text)) or 1
    return (
        math.log1p(block.words),
        math.log1p(len(text)),
        float(block.words <= SHORT_WORDS),
        float(block.is_prose),
        len(_PUNCT.findall(text)) / chars,
        len(_DIGIT.findall(text)) / chars,
        len(_UPPER.findall(text)) / letters,
        float(bool(_TERMINAL.search(text))),
        float(text.endswith((":", "："))),
        float(bool(_OPENING_MARK.match(text))),
        float(bool(_SEPARATOR.search(text))),
    )
