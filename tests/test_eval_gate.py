"""Eval gate: on a fixed sample of the benchmark's dev pages, cleaning must keep scoring above
pinned floors, so a rule change that eats article bodies fails CI.

The sample is every 10th page of scrapinghub and readability and every 20th of wcxb (40 pages).
Floors sit a little under what was measured when they were pinned (see FLOORS); raise them
when the rules improve, never lower them to let a change through without saying why.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.review.scoring import Retention, Summary, retention, score, summarize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from run_bench import data_dir, load

SAMPLE_EVERY = {"scrapinghub": 10, "readability": 10, "wcxb": 20}

FLOORS = {
    # dataset: (HTML-mode F1, text-mode F1, text-mode gold retention)
    # pinned about 0.02 (retention 0.01) under the values measured on this sample when the
    # family rules were first written: HTML F1 / text F1 / retention
    # scrapinghub 0.945 / 0.691 / 0.998, readability 0.930 / 0.792 / 0.973, wcxb 0.906 / 0.826 / 0.990.
    # Retention is below the 0.999 target of DESIGN.md: the gate stops regressions, it does not
    # certify the target; the benchmark reports that.
    "scrapinghub": (0.925, 0.67, 0.99),
    "readability": (0.91, 0.77, 0.96),
    "wcxb": (0.885, 0.80, 0.98),
}

FOLDER = data_dir()
pytestmark = pytest.mark.skipif(
    FOLDER is None, reason="benchmark data absent (../shared/bench next to the repository or CLEANER_BENCH_DATA)"
)


@cache
def measured(dataset: str) -> tuple[Summary, Summary, Retention]:
    assert FOLDER is not None
    cleaner = Cleaner()
    pages = load(FOLDER, dataset, every=SAMPLE_EVERY[dataset])
    html, text, kept = [], [], Retention(0, 0)
    for page in pages:
        html.append(score(cleaner.clean(html=page["html"], url=page["url"]).text, page["gold"]))
        output = cleaner.clean(page["fulltext"], url=page["url"]).text
        text.append(score(output, page["gold"]))
        kept += retention(page["fulltext"], output, page["gold"])
    return summarize(html), summarize(text), kept


@pytest.mark.parametrize("dataset", sorted(FLOORS))
def test_html_mode_f1(dataset: str) -> None:
    html, _, _ = measured(dataset)
    assert html.f1 >= FLOORS[dataset][0], f"HTML-mode F1 on the {dataset} sample fell to {html.f1:.3f}"


@pytest.mark.parametrize("dataset", sorted(FLOORS))
def test_text_mode_f1(dataset: str) -> None:
    _, text, _ = measured(dataset)
    assert text.f1 >= FLOORS[dataset][1], f"text-mode F1 on the {dataset} sample fell to {text.f1:.3f}"


@pytest.mark.parametrize("dataset", sorted(FLOORS))
def test_text_mode_keeps_the_body(dataset: str) -> None:
    _, _, kept = measured(dataset)
    assert kept.share >= FLOORS[dataset][2], f"text mode kept {kept.share:.4f} of the gold tokens on {dataset}"
