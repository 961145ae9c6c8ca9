"""The learned line scorer study (bench/): its features, tree arithmetic, labels and simulation."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.engine.blocks import segment
from cleaner.review.scoring import tokens
from cleaner.rule_api import Page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from line_features import FEATURES, Model, outside_lines

PROSE = [
    "The council said on Tuesday that the new bus lanes would open in the spring, after two years of work.",
    "Residents who live along the route have asked for more crossings, and the plan now adds four of them.",
    "The first buses are due to run in April, and the fares will stay the same for at least a year.",
]
BEFORE = ["Harbour lights", "Winter fair", "Ferry times"]
AFTER = ["Quiet corners", "Old town walks", "Lake view"]
PAGE = "\n".join([*BEFORE, "", *PROSE, "", *AFTER])


def test_a_tree_sends_a_line_left_at_or_under_its_cut() -> None:
    model = Model(base={"before": 0.5, "after": 0.0}, trees={"before": [(1, 2.0, -1.0, 3.0)], "after": []})
    assert model.score("before", [0.0, 2.0]) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert model.score("before", [0.0, 2.5]) == pytest.approx(1 / (1 + math.exp(-3.5)))
    assert model.score("after", [9.0, 9.0]) == pytest.approx(0.5)


def test_only_lines_outside_the_article_are_scored() -> None:
    blocks = segment(PAGE)
    body = Page(blocks).body
    assert [blocks[i].text for i in range(body.article.start, body.article.stop)] == PROSE
    lines = outside_lines(blocks, body)
    assert [(blocks[line.index].text, line.place) for line in lines] == [
        *((text, "before") for text in BEFORE),
        *((text, "after") for text in AFTER),
    ]
    assert all(len(line.values) == len(FEATURES) for line in lines)
    vocabulary = FEATURES.index("article_vocabulary")
    assert [line.values[vocabulary] for line in lines] == [0.0] * 6


def test_a_page_without_prose_has_nothing_to_score() -> None:
    blocks = segment("Home\nNews\nSport")
    assert outside_lines(blocks, Page(blocks).body) == []


def test_gold_share_counts_runs_of_four_and_whole_short_lines() -> None:
    study = pytest.importorskip("line_scorer_study")
    gold = tokens("the bus lanes open in spring and the fares stay the same")
    grams = [{tuple(gold[i : i + n]) for i in range(len(gold) - n + 1)} for n in range(5)]
    assert study.gold_share(tokens("the bus lanes open in spring"), grams) == 1.0
    assert study.gold_share(tokens("the bus lanes close in spring"), grams) == 0.0
    assert study.gold_share(tokens("fares stay"), grams) == 1.0
    assert study.gold_share(tokens("stay fares"), grams) == 0.0
    assert study.gold_share(tokens("open in spring and buses run"), grams) == pytest.approx(1 / 3)


def test_the_trees_learn_a_feature_that_tells_chrome() -> None:
    study = pytest.importorskip("line_scorer_study")
    values = [(float(i % 2), float(i % 7)) for i in range(400)]
    chrome = [v[0] == 1.0 for v in values]
    base, trees = study.fit(values, chrome, [1.0] * len(values))
    model = Model(base={"before": base}, trees={"before": trees})
    assert model.score("before", (1.0, 3.0)) > 0.9 > 0.1 > model.score("before", (0.0, 3.0))


def test_the_simulation_takes_open_lines_in_scope_over_the_threshold_only() -> None:
    study = pytest.importorskip("line_scorer_study")
    page = {"fulltext": PAGE, "gold": "\n".join(PROSE), "url": None}
    lines = study.page_lines(Cleaner(), page)
    before = [row for row in lines.rows if row.place == "before"]
    assert [lines.texts[row.index] for row in before] == BEFORE
    assert all(row.chrome and row.cost == 0 for row in lines.rows)
    assert not any(row.open for row in lines.rows if row.place == "after"), "the list the article ends with"
    everything = [[1.0] * len(lines.rows)]
    today = study.simulate([lines], everything, 2.0, study.SCOPES["outside"])
    cleaned = study.simulate([lines], everything, 0.5, study.SCOPES["outside"])
    after_only = study.simulate([lines], everything, 0.5, study.SCOPES["after"])
    assert cleaned.f1 > today.f1 == after_only.f1
    assert cleaned.retention == today.retention == 1.0
