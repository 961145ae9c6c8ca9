"""Train the learned line scorer on the dev pages' full texts and evaluate it leave-one-dataset-out.

    python bench/train_line_scorer.py            # evaluate, then write the weights module
    python bench/train_line_scorer.py --no-write # evaluate only
    python bench/train_line_scorer.py --speed    # also docs/s of text mode with and without it

Each ``fulltext`` line outside the article (:mod:`cleaner.evidence.line_scorer`) is labelled
article when most of it is in the gold: at least half of its runs of four tokens occur in the gold
(a line of one to three tokens: the whole run occurs). Boosted regression trees per place (before,
after the article) learn chrome from the features, each line weighing by its tokens. The threshold
is the lowest on :data:`GRID` at which removing the lines scored over it from what cleaner keeps
without the scorer loses none of the training pages' gold tokens (``--budget``: a share it may
lose) and truncates no page.

Leave-one-dataset-out: train on two dev sets, run cleaner with and without those weights on the
third, and print F1, gold retention (the headline moved to ``metadata.title`` counts as kept, as
in ``run_bench.py``) and pages truncated by cleaning (recall under 0.9 in the output but not in
the input) for both. The weights written to ``cleaner/evidence/line_scorer_weights.py`` are
trained on all three sets. Needs numpy (the ``bench`` extra); the data is found as
:func:`run_bench.data_dir` finds it, and without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from run_bench import DATASETS, ROOT, data_dir, load

from cleaner import Cleaner
from cleaner.evidence.line_scorer import PLACES, Model, Tree, outside_lines
from cleaner.review.scoring import TRUNCATED_BELOW, Retention, retention, score, summarize, tokens

WEIGHTS = ROOT / "cleaner" / "evidence" / "line_scorer_weights.py"
GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999)
"""Thresholds tried, lowest first."""
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
    """One scored line of a training page."""

    index: int
    place: str
    values: tuple[float, ...]
    chrome: bool
    """Less than half of the line is gold, and taking it alone from what cleaner keeps loses no gold token."""
    tokens: int
    cost: int
    """Gold tokens the page's retention loses when this line alone goes from what cleaner keeps."""


@dataclass
class PageLines:
    """One page as training and threshold search see it: its scored lines, the lines cleaner
    keeps without the scorer, and the headline it moves to the metadata."""

    page: dict
    texts: list[str]
    scored: list[Row]
    kept: list[bool]
    title: str
    recall: float


def page_lines(cleaner: Cleaner, page: dict) -> PageLines:
    """Features and labels of one page's lines outside the article, and what cleaner keeps."""
    text = page["fulltext"]
    view = cleaner.first_page(text, page["url"])
    blocks = view.blocks
    result = cleaner.clean(text, url=page["url"])
    removed = {removal.start for removal in result.removed}
    kept = [block.start not in removed for block in blocks]
    title = result.metadata.get("title")
    title = title if isinstance(title, str) else ""
    gold_tokens = tokens(page["gold"])
    grams = [{tuple(gold_tokens[i : i + n]) for i in range(len(gold_tokens) - n + 1)} for n in range(5)]
    held = Counter(gold_tokens) & Counter(tokens(text))
    output = Counter(tokens(title))
    for block, stays in zip(blocks, kept, strict=True):
        if stays:
            output.update(tokens(block.text))
    scored = []
    for line in outside_lines(blocks, view.body, view.headings):
        words = tokens(blocks[line.index].text)
        own = Counter(words)
        cost = sum(min(held[w], output[w]) - min(held[w], output[w] - n) for w, n in own.items()) if kept[line.index] else 0
        chrome = cost == 0 and gold_share(words, grams) < 0.5
        scored.append(Row(line.index, line.place, line.values, chrome, len(words), cost))
    return PageLines(page, [block.text for block in blocks], scored, kept, title, score(text, page["gold"]).recall or 0.0)


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


@dataclass
class Outcome:
    f1: float
    retention: float
    truncated: int
    """Pages whose recall is under 0.9 in the output but not in the input."""


def simulated(pages: list[PageLines], model: Model, limit: float) -> Outcome:
    """What cleaner would score with the scorer at threshold ``limit``, taken as what it keeps
    without the scorer less every scored line at or over ``limit`` (the guard refuses some of
    those, so this errs on the side of losing more)."""
    scores, kept, truncated = [], Retention(0, 0), 0
    for lines in pages:
        keep = list(lines.kept)
        for row in lines.scored:
            if keep[row.index] and model.score(row.place, row.values) >= limit:
                keep[row.index] = False
        output = "\n".join(text for text, stays in zip(lines.texts, keep, strict=True) if stays)
        result = score(output, lines.page["gold"])
        scores.append(result)
        kept += retention(lines.page["fulltext"], output, lines.page["gold"], lines.title)
        if result.recall is not None and result.recall < TRUNCATED_BELOW <= lines.recall:
            truncated += 1
    return Outcome(summarize(scores).f1, kept.share, truncated)


def train(pages: list[PageLines], budget: float) -> Model:
    """Trees per place from ``pages``' scored lines, with the lowest threshold that keeps the
    training pages' gold (less ``budget``) and truncates none of them."""
    fitted = {}
    for place in PLACES:
        rows = [row for lines in pages for row in lines.scored if row.place == place]
        weights = [row.tokens + 1.0 + COST_WEIGHT * row.cost for row in rows]
        fitted[place] = fit([row.values for row in rows], [row.chrome for row in rows], weights)
    model = Model({p: b for p, (b, _) in fitted.items()}, {p: t for p, (_, t) in fitted.items()}, 1.0)
    floor = simulated(pages, model, 1.01)
    for limit in GRID:
        outcome = simulated(pages, model, limit)
        if outcome.truncated <= floor.truncated and outcome.retention >= floor.retention - budget:
            return Model(model.base, model.trees, limit)
    return Model(model.base, model.trees, 1.0)


def evaluate(cleaner: Cleaner, pages: list[dict]) -> Outcome:
    """F1, gold retention and pages truncated by cleaning, as ``run_bench.py`` text mode counts them."""
    scores, kept, truncated = [], Retention(0, 0), 0
    for page in pages:
        result = cleaner.clean(page["fulltext"], url=page["url"])
        title = result.metadata.get("title")
        found = score(result.text, page["gold"])
        scores.append(found)
        kept += retention(page["fulltext"], result.text, page["gold"], title if isinstance(title, str) else "")
        before = score(page["fulltext"], page["gold"]).recall
        if found.recall is not None and found.recall < TRUNCATED_BELOW <= (before or 0.0):
            truncated += 1
    return Outcome(summarize(scores).f1, kept.share, truncated)


def speed(model: Model, pages: list[dict], rounds: int) -> tuple[float, float]:
    """Median docs/s of text mode without and with the scorer over ``pages``' full texts, in
    alternating rounds so that the machine's load weighs on both alike."""
    systems = [Cleaner(settings={"line_scorer": False}), Cleaner(settings={"line_scorer": model})]
    rates: list[list[float]] = [[], []]
    for _ in range(rounds):
        for cleaner, rate in zip(systems, rates, strict=True):
            start = time.perf_counter()
            for page in pages:
                cleaner.clean(page["fulltext"], url=page["url"])
            rate.append(len(pages) / (time.perf_counter() - start))
    return statistics.median(rates[0]), statistics.median(rates[1])


def write(model: Model, enabled: bool) -> None:
    """The weights module: the model's trees as Python literals, readable and diffable."""
    lines = [
        "# ruff: noqa: E501  (written by bench/train_line_scorer.py: one tree per line)",
        '"""Weights of the learned line scorer, written by ``bench/train_line_scorer.py`` from the dev pages.',
        "",
        "A boosted tree ensemble per place (before, after the article) over",
        ":data:`cleaner.evidence.line_scorer.FEATURES` (a tree's feature is an index into it); a line",
        "scoring at or over ``threshold`` is chrome.",
        '"""',
        "",
        "from cleaner.evidence.line_scorer import Model",
        "",
        f"ENABLED = {enabled}",
        '"""Whether cleaning runs the scorer when the ``line_scorer`` setting is not given."""',
        "",
        "MODEL = Model(",
        f"    base={dict(model.base)!r},",
        "    trees={",
    ]
    for place, trees in model.trees.items():
        lines.append(f'        "{place}": [')
        lines.extend(f"            {tree!r}," for tree in trees)
        lines.append("        ],")
    lines += ["    },", f"    threshold={model.threshold!r},", ")", ""]
    WEIGHTS.write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--budget", type=float, default=0.0, help="share of gold tokens the threshold may cost")
    parser.add_argument("--no-write", action="store_true", help="evaluate only; leave the weights module as it is")
    parser.add_argument("--speed", type=int, default=0, metavar="ROUNDS",
                        help="also time text mode with and without the scorer, alternating, this many rounds")
    parser.add_argument("--enable", action="store_true", help="write ENABLED = True (on by default)")
    parser.add_argument("--at", type=float, action="append", default=[], metavar="THRESHOLD",
                        help="also evaluate each held-out set at this fixed threshold (repeatable)")
    args = parser.parse_args(argv)
    folder = data_dir()
    if folder is None:
        print("skipped: no benchmark data (expected ../shared/bench next to the repository or CLEANER_BENCH_DATA)")
        return 0
    sets = {name: load(folder, name) for name in DATASETS}
    plain = Cleaner(settings={"line_scorer": False})
    lines = {name: [page_lines(plain, page) for page in pages] for name, pages in sets.items()}
    print("| held-out set | threshold | F1 without | F1 with | retention without | retention with"
          " | truncated without | truncated with |")
    print("|---|---|---|---|---|---|---|---|")
    for held_out in DATASETS:
        model = train([page for name in DATASETS if name != held_out for page in lines[name]], args.budget)
        without = evaluate(plain, sets[held_out])
        for limit in (model.threshold, *args.at):
            chosen = Model(model.base, model.trees, limit)
            scored = evaluate(Cleaner(settings={"line_scorer": chosen}), sets[held_out])
            print(
                f"| {held_out} | {limit:.3f} | {without.f1:.3f} | {scored.f1:.3f}"
                f" | {without.retention:.4f} | {scored.retention:.4f} | {without.truncated} | {scored.truncated} |",
                flush=True,
            )
    model = train([page for name in DATASETS for page in lines[name]], args.budget)
    print(f"\ntrained on all three sets: threshold {model.threshold:.3f}")
    if args.speed:
        everything = [page for name in DATASETS for page in sets[name]]
        without, scored = speed(model, everything, args.speed)
        print(f"text mode on every dev full text: {without:.1f} docs/s without the scorer, {scored:.1f} with"
              f" ({scored / without - 1:+.1%}), median of {args.speed} alternating rounds")
    if not args.no_write:
        write(model, args.enable)
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
