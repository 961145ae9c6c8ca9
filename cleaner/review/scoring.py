"""Score cleaned text against a gold article body, with the metric the benchmarks use.

The metric is the scrapinghub article-extraction benchmark's: tokens are ``\\w+`` runs, each text
becomes the multiset of its runs of four consecutive tokens (a text of one to three tokens is one
shingle), and each document gets precision and recall from the overlap of the two multisets.
Aggregates average per-document scores, so a long page weighs no more than a short one.

It lives in the package rather than next to the benchmark scripts so that the CI gate, the
benchmark harness and users scoring their own gold sets share one definition.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from cleaner.engine.blocks import count_words

_TOKEN = re.compile(r"\w+")
SHINGLE = 4
TRUNCATED_BELOW = 0.9
"""A document whose recall is under this counts as truncated: its body was cut."""
POLICY_CATEGORIES = frozenset({"syndication"})
POLICY_RULES = frozenset({"related.inline_link"})


def policy_removal(category: str, rule: str) -> bool:
    """Whether a removal is chrome by the product's definition that some golds keep: inline
    "Related:" and "Read more:" links, and syndication (republication, feed and wire-credit
    notices). Benchmarks report the gold these take apart from body loss, as the product decided."""
    return category in POLICY_CATEGORIES or rule in POLICY_RULES


def tokens(text: str) -> list[str]:
    """Word tokens as the metric counts them (Unicode ``\\w+``, case kept)."""
    return _TOKEN.findall(text or "")


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of runs of ``size`` consecutive tokens; a shorter non-empty text is one shingle."""
    words = tokens(text)
    if not words:
        return Counter()
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


@dataclass(frozen=True, slots=True)
class DocScore:
    """One document's overlap with its gold: precision is None for empty output, recall for empty gold."""

    precision: float | None
    recall: float | None


def score(output: str, gold: str) -> DocScore:
    """Shingle precision and recall of ``output`` against ``gold``."""
    found, expected = shingles(output), shingles(gold)
    tp = sum((found & expected).values())
    predicted, relevant = sum(found.values()), sum(expected.values())
    return DocScore(tp / predicted if predicted else None, tp / relevant if relevant else None)


@dataclass(frozen=True, slots=True)
class Summary:
    """Aggregate over documents: mean precision, mean recall, F1 of the means, truncated share."""

    documents: int
    precision: float
    recall: float
    f1: float
    truncated: float
    """Share of documents with non-empty gold whose recall is under :data:`TRUNCATED_BELOW`."""


def summarize(scores: Iterable[DocScore]) -> Summary:
    """Mean P over documents with output, mean R over documents with gold, and F1 of those means."""
    scores = list(scores)
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    truncated = sum(r < TRUNCATED_BELOW for r in recalls) / len(recalls) if recalls else 0.0
    return Summary(len(scores), precision, recall, f1, truncated)


@dataclass(frozen=True, slots=True)
class Retention:
    """Gold tokens present in the input (``held``) and those the output still has (``kept``)."""

    held: int
    kept: int

    @property
    def share(self) -> float:
        return self.kept / self.held if self.held else 1.0

    def __add__(self, other: Retention) -> Retention:
        return Retention(self.held + other.held, self.kept + other.kept)


def retention(source: str, output: str, gold: str, moved: str = "") -> Retention:
    """Bag-of-words gold tokens the input holds, and how many of them the output keeps.

    ``moved``: text the cleaner took out of the body but kept elsewhere (the headline it put in
    ``metadata.title``); its tokens count as kept. Summed over documents this is the body-safety
    figure of text mode: a cleaner that never cuts the article keeps every gold token the input
    had, whatever noise it leaves.
    """
    expected = Counter(tokens(gold))
    held = expected & Counter(tokens(source))
    kept = held & Counter(tokens(output) + tokens(moved))
    return Retention(sum(held.values()), sum(kept.values()))


POSITIONS = ("before", "inside", "after")
LENGTHS = ("short", "long")
LONG_LINE_WORDS = 10
"""A line of this many words or more is "long": a sentence, a teaser, a comment; shorter ones are
labels, titles, counters and menu items."""
ARTICLE_SHARE = 0.5
"""A line belongs to the article when at least this share of its shingles occurs in the gold."""


def _ngrams(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def article_lines(lines: Iterable[str], gold: str) -> list[tuple[list[str], bool]]:
    """Each line's metric tokens and whether it is article: most of its shingles (a line under four
    tokens: its whole token run) occur in the gold. Lines without a token come back with none."""
    gold_words = tokens(gold)
    grams = {size: _ngrams(gold_words, size) for size in range(1, SHINGLE + 1)}
    found: list[tuple[list[str], bool]] = []
    for text in lines:
        words = tokens(text)
        if not words:
            found.append((words, False))
        elif len(words) < SHINGLE:
            found.append((words, tuple(words) in grams[len(words)]))
        else:
            own = [tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
            found.append((words, sum(gram in grams[SHINGLE] for gram in own) >= ARTICLE_SHARE * len(own)))
    return found


def article_bounds(found: list[tuple[list[str], bool]]) -> tuple[int, int]:
    """The first and last article line (:func:`article_lines`) of four tokens or more, so a menu
    word that happens to appear in the gold does not stretch the span; of any length when none
    is that long; ``(len, len)`` when no line is article."""
    anchors = [i for i, (words, article) in enumerate(found) if article and len(words) >= SHINGLE]
    anchors = anchors or [i for i, (_, article) in enumerate(found) if article]
    return (anchors[0], anchors[-1]) if anchors else (len(found), len(found))


def chrome_left(output: str, gold: str) -> Counter[tuple[str, str]]:
    """Tokens of the output's lines that are not article, by position and length.

    A line is article when most of its shingles occur in the gold (:func:`article_lines`). The
    article span runs from the first to the last article line of four tokens or more
    (:func:`article_bounds`). Every other line is chrome left behind, counted in metric tokens
    under ``(position, length)``: ``before``, ``inside`` or ``after`` the span, ``short`` (under
    :data:`LONG_LINE_WORDS` words) or ``long`` (words as blocks count them, CJK included). With no
    article line at all, every line counts as ``before``. This says where the noise a cleaner
    leaves sits, so work goes where the gap is.
    """
    texts = [text for text in output.splitlines() if tokens(text)]
    found = article_lines(texts, gold)
    first, last = article_bounds(found)
    left: Counter[tuple[str, str]] = Counter()
    for index, (text, (words, article)) in enumerate(zip(texts, found, strict=True)):
        if article:
            continue
        position = "before" if index < first else "after" if index > last else "inside"
        left[position, "long" if count_words(text) >= LONG_LINE_WORDS else "short"] += len(words)
    return left
