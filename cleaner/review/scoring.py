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

_TOKEN = re.compile(r"\w+")
SHINGLE = 4
TRUNCATED_BELOW = 0.9
"""A document whose recall is under this counts as truncated: its body was cut."""


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


def retention(source: str, output: str, gold: str) -> Retention:
    """Bag-of-words gold tokens the input holds, and how many of them the output keeps.

    Summed over documents this is the body-safety figure of text mode: a cleaner that never cuts
    the article keeps every gold token the input had, whatever noise it leaves.
    """
    expected = Counter(tokens(gold))
    held = expected & Counter(tokens(source))
    kept = held & Counter(tokens(output))
    return Retention(sum(held.values()), sum(kept.values()))
