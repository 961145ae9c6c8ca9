"""Does a learned line scorer earn its place in text mode? Train one on the dev pages' full texts
and measure it leave-one-dataset-out.

    python bench/line_scorer_study.py [--at 0.9 --at 0.95] [--budget 0.0] [--rounds 3]

The scorer: boosted regression trees per place (before, after the article) over the
language-independent features of :mod:`line_features`, for each line outside
:attr:`cleaner.engine.body.Body.article`. A line is labelled chrome when less than half of it is in
the gold (under half of its runs of four tokens occur there; a line of one to three tokens: the
whole run does not) and taking it alone from what cleaner keeps loses no gold token; each line
weighs by its tokens, and a gold token it would cost weighs :data:`COST_WEIGHT` times more.

Leave-one-dataset-out: trees trained on two dev sets score the third. The scorer may act on a
*scope* of those lines (every line outside the article, only those after it, only prose after it);
the threshold is the lowest on :data:`GRID` at which the two training sets lose no gold token
(``--budget``: the share they may lose) and no page is truncated, and ``--at`` adds fixed ones.
What cleaner would keep with the scorer is what it keeps today less every line in scope at or
over the threshold, except the lines the guard protects from evidence of shape and place (the
article and the list it ends with, :meth:`Body.article_with_tail`). Each row gives F1, gold
retention and pages truncated by cleaning (recall under 0.9 in the output but not in the input),
the headline in ``metadata.title`` counted as kept in both, as ``run_bench.py`` text mode counts them,
against cleaner today. Last, the time the features and the trees take per page against the time
cleaning takes: what the scorer would add to text mode.

Needs numpy (the ``bench`` extra); the data is found as :func:`run_bench.data_dir` finds it, and
without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from line_features import PLACES, PROSE, Model, Tree, outside_lines
from run_bench import DATASETS, NO_DATA, data_dir, load

from cleaner import Cleaner
from cleaner.engine.blocks import segment
from cleaner.review.scoring import TRUNCATED_BELOW, Retention, retention, score, summarize, tokens
from cleaner.rule_api import Page

GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999)
"""Thresholds tried; the loss falls as the threshold rises, so the search walks down from the top."""
TREES = 40
DEPTH = 3
RATE = 0.3
RIDGE = 10.0
"""Leaf values shrink by this much hessian: a leaf of a few lines says little."""
CUTS = 32
"""Candidate cuts per feature: quantiles of its values."""
MIN_LEAF_ROWS = 40
COST_WEIGHT = 20.0
"""How much more a gold token a line would cost weighs than a token of chrome it would take."""


def gold_share(line_tokens: list[str], grams: list[set[tuple[str, ...]]]) -> float:
    """Share of a line's runs of four tokens that occur in the gold (a shorter line: whole or
    nothing); ``grams[n]`` holds the gold's runs of ``n`` tokens."""
    if not line_tokens:
        return 0.0
    if len(line_tokens) < 4:
        return float(tuple(line_tokens) in grams[len(line_tokens)])
    runs = [tuple(line_tokens[i : i + 4]) for i in range(len(line_tokens) - 3)]
    return sum(run in grams[4] for run in runs) / len(runs)


@dataclass(frozen=True, slots=True)
class Row:
    """One line outside the article on a dev page."""

    index: int
    place: str
    values: tuple[float, ...]
    chrome: bool
    """Less than half of the line is gold, and taking it alone from what cleaner keeps loses no gold token."""
    tokens: int
    cost: int
    """Gold tokens the page's retention loses when this line alone goes from what cleaner keeps."""
    open: bool
    """Cleaner keeps the line today and the guard would let evidence of shape and place take it."""


@dataclass
class PageLines:
    """One page as training and the simulation see it: its lines outside the article, the lines
    cleaner keeps today, and the headline it moves to the metadata."""

    page: dict
    texts: list[str]
    rows: list[Row]
    kept: list[bool]
    title: str
    recall: float


def page_lines(cleaner: Cleaner, page: dict) -> PageLines:
    """Features and labels of one page's lines outside the article, and what cleaner keeps."""
    text = page["fulltext"]
    blocks = segment(text)
    body = Page(blocks).body
    result = cleaner.clean(text, url=page["url"])
    removed = {removal.start for removal in result.removed}
    kept = [block.start not in removed for block in blocks]
    title = result.metadata.get("title")
    title = title if isinstance(title, str) else ""
    # The guard's article and the list it ends with, the lines cleaner removes standing for those
    # that rules name (it also counts lines taken by shape, so the tail may end sooner than the guard's).
    protected = body.article_with_tail(frozenset(b.index for b in blocks if not kept[b.index] and not b.is_prose))
    gold_tokens = tokens(page["gold"])
    grams = [{tuple(gold_tokens[i : i + n]) for i in range(len(gold_tokens) - n + 1)} for n in range(5)]
    held = Counter(gold_tokens) & Counter(tokens(text))
    output = Counter(tokens(title))
    for block, stays in zip(blocks, kept, strict=True):
        if stays:
            output.update(tokens(block.text))
    rows = []
    for line in outside_lines(blocks, body):
        words = tokens(blocks[line.index].text)
        cost = 0
        if kept[line.index]:
            cost = sum(min(held[w], output[w]) - min(held[w], output[w] - n) for w, n in Counter(words).items())
        chrome = cost == 0 and gold_share(words, grams) < 0.5
        is_open = kept[line.index] and line.index not in protected
        rows.append(Row(line.index, line.place, line.values, chrome, len(words), cost, is_open))
    return PageLines(page, [block.text for block in blocks], rows, kept, title, score(text, page["gold"]).recall or 0.0)


def fit(values: list[tuple[float, ...]], chrome: list[bool], weights: list[float]) -> tuple[float, list[Tree]]:
    """Boosted regression trees on the logistic loss (Newton steps), each row weighing ``weights``."""
    x = np.asarray(values, dtype=float)
    y = np.asarray(chrome, dtype=float)
    weight = np.asarray(weights, dtype=float)
    cuts = [np.unique(np.quantile(x[:, f], np.linspace(0, 1, CUTS + 1)[1:-1])) for f in range(x.shape[1])]
    bins = np.stack([np.searchsorted(cuts[f], x[:, f], side="left") for f in range(x.shape[1])], axis=1)
    share = min(max(float(np.average(y, weights=weight)), 1e-3), 1 - 1e-3)
    base = float(np.log(share / (1 - share)))
    logit = np.full(len(y), base)
    trees: list[Tree] = []
    for _ in range(TREES):
        p = 1.0 / (1.0 + np.exp(-logit))
        g, h = weight * (p - y), weight * p * (1 - p)
        tree = _grow(bins, cuts, g, h, np.arange(len(y)), DEPTH)
        trees.append(tree)
        logit += _apply(tree, x)
    return round(base, 4), trees


def _grow(bins: np.ndarray, cuts: list[np.ndarray], g: np.ndarray, h: np.ndarray, rows: np.ndarray, depth: int) -> Tree:
    """One node: the split with the best Newton gain, or a leaf worth ``-G / (H + RIDGE)``."""
    total_g, total_h = g[rows].sum(), h[rows].sum()
    leaf = round(float(-RATE * total_g / (total_h + RIDGE)), 4)
    if depth == 0 or len(rows) < MIN_LEAF_ROWS:
        return leaf
    best = (0.0, -1, -1)
    parent = total_g**2 / (total_h + RIDGE)
    for feature, feature_cuts in enumerate(cuts):
        if not len(feature_cuts):
            continue
        size = len(feature_cuts) + 1
        left_g = np.cumsum(np.bincount(bins[rows, feature], weights=g[rows], minlength=size))[:-1]
        left_h = np.cumsum(np.bincount(bins[rows, feature], weights=h[rows], minlength=size))[:-1]
        right_g, right_h = total_g - left_g, total_h - left_h
        gain = left_g**2 / (left_h + RIDGE) + right_g**2 / (right_h + RIDGE) - parent
        gain[(left_h < 1.0) | (right_h < 1.0)] = 0.0
        cut = int(np.argmax(gain))
        if gain[cut] > best[0]:
            best = (float(gain[cut]), feature, cut)
    if best[1] < 0:
        return leaf
    _, feature, cut = best
    goes_left = bins[rows, feature] <= cut
    return (
        feature,
        round(float(cuts[feature][cut]), 6),
        _grow(bins, cuts, g, h, rows[goes_left], depth - 1),
        _grow(bins, cuts, g, h, rows[~goes_left], depth - 1),
    )


def _apply(tree: Tree, x: np.ndarray) -> np.ndarray:
    """The tree's leaf value for every row of ``x``."""
    if isinstance(tree, float):
        return np.full(len(x), tree)
    feature, cut, left, right = tree
    goes_left = x[:, feature] <= cut
    values = np.empty(len(x))
    values[goes_left] = _apply(left, x[goes_left])
    values[~goes_left] = _apply(right, x[~goes_left])
    return values


@dataclass(frozen=True)
class Outcome:
    f1: float
    retention: float
    truncated: int
    """Pages whose recall is under 0.9 in the output but not in the input."""


Scope = Callable[[Row], bool]
SCOPES: dict[str, Scope] = {
    "outside": lambda row: True,
    "after": lambda row: row.place == "after",
    "prose after": lambda row: row.place == "after" and row.values[PROSE] == 1.0,
}
"""The lines outside the article the scorer may act on."""


def simulate(pages: list[PageLines], scores: list[list[float]], limit: float, scope: Scope) -> Outcome:
    """What cleaner would score if the lines in ``scope`` scoring ``limit`` or more went too."""
    results, kept, truncated = [], Retention(0, 0), 0
    for lines, page_scores in zip(pages, scores, strict=True):
        keep = list(lines.kept)
        for row, chrome in zip(lines.rows, page_scores, strict=True):
            if row.open and chrome >= limit and scope(row):
                keep[row.index] = False
        output = "\n".join(text for text, stays in zip(lines.texts, keep, strict=True) if stays)
        result = score(output, lines.page["gold"])
        results.append(result)
        kept += retention(lines.page["fulltext"], output, lines.page["gold"], lines.title)
        recall = score(f"{lines.title}\n{output}", lines.page["gold"]).recall if lines.title else result.recall
        if recall is not None and recall < TRUNCATED_BELOW <= lines.recall:
            truncated += 1
    return Outcome(summarize(results).f1, kept.share, truncated)


def train(pages: list[PageLines]) -> Model:
    """Trees per place from ``pages``' lines outside the article."""
    fitted = {}
    for place in PLACES:
        rows = [row for lines in pages for row in lines.rows if row.place == place]
        weights = [row.tokens + 1.0 + COST_WEIGHT * row.cost for row in rows]
        fitted[place] = fit([row.values for row in rows], [row.chrome for row in rows], weights)
    return Model({p: b for p, (b, _) in fitted.items()}, {p: t for p, (_, t) in fitted.items()})


def scores_of(model: Model, pages: list[PageLines]) -> list[list[float]]:
    """The model's score of every line outside the article, page by page."""
    return [[model.score(row.place, row.values) for row in lines.rows] for lines in pages]


def threshold(pages: list[PageLines], scores: list[list[float]], scope: Scope, budget: float) -> float:
    """The lowest threshold on :data:`GRID` at which ``pages`` lose at most ``budget`` of their gold
    tokens and no page is truncated (1.0 when even the highest does not keep them)."""
    today = simulate(pages, scores, 2.0, scope)
    chosen = 1.0
    for limit in reversed(GRID):
        outcome = simulate(pages, scores, limit, scope)
        if outcome.truncated > today.truncated or outcome.retention < today.retention - budget:
            break
        chosen = limit
    return chosen


def cost_of_scoring(model: Model, pages: list[dict], rounds: int) -> tuple[float, float]:
    """Median seconds per page of cleaning and of the scorer's features and trees (the page's
    blocks and article, which cleaning works out anyway, left out), in alternating rounds so that
    the machine's load weighs on both alike."""
    cleaner = Cleaner()
    bodies = []
    for page in pages:
        body = Page(segment(page["fulltext"])).body
        _ = body.article, body.teasers, body.echoed
        bodies.append(body)
    cleaning: list[float] = []
    scoring: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        for page in pages:
            cleaner.clean(page["fulltext"], url=page["url"])
        cleaning.append((time.perf_counter() - start) / len(pages))
        start = time.perf_counter()
        for body in bodies:
            for line in outside_lines(body.blocks, body):
                model.score(line.place, line.values)
        scoring.append((time.perf_counter() - start) / len(pages))
    return statistics.median(cleaning), statistics.median(scoring)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", type=float, default=0.0, help="share of gold tokens the threshold may cost")
    parser.add_argument("--at", type=float, action="append", default=[], metavar="THRESHOLD",
                        help="also evaluate each held-out set at this fixed threshold (repeatable)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of the timing")
    args = parser.parse_args(argv)
    folder = data_dir()
    if folder is None:
        print(NO_DATA)
        return 0
    sets = {name: load(folder, name) for name in DATASETS}
    cleaner = Cleaner()
    lines = {name: [page_lines(cleaner, page) for page in pages] for name, pages in sets.items()}
    print("| held-out set | scope | threshold | F1 today | F1 | retention today | retention"
          " | truncated today | truncated |")
    print("|---|---|---|---|---|---|---|---|---|")
    for held_out in DATASETS:
        training = [page for name in DATASETS if name != held_out for page in lines[name]]
        model = train(training)
        trained, scores = scores_of(model, training), scores_of(model, lines[held_out])
        for name, scope in SCOPES.items():
            today = simulate(lines[held_out], scores, 2.0, scope)
            for limit in (threshold(training, trained, scope, args.budget), *args.at):
                outcome = simulate(lines[held_out], scores, limit, scope)
                print(
                    f"| {held_out} | {name} | {limit:.3f} | {today.f1:.3f} | {outcome.f1:.3f} | {today.retention:.4f}"
                    f" | {outcome.retention:.4f} | {today.truncated} | {outcome.truncated} |",
                    flush=True,
                )
    everything = [page for name in DATASETS for page in sets[name]]
    model = train([page for name in DATASETS for page in lines[name]])
    cleaning, scoring = cost_of_scoring(model, everything, args.rounds)
    print(f"\nper page on every dev full text: cleaning {cleaning * 1000:.2f} ms, the scorer's features and trees"
          f" {scoring * 1000:.2f} ms (+{scoring / cleaning:.0%} of text mode), median of {args.rounds} rounds")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
