"""The learned line scorer: its model arithmetic, the lines it may score, and the rule that uses it."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.engine.blocks import segment
from cleaner.evidence import line_scorer_weights
from cleaner.evidence.line_scorer import FEATURES, Model, outside_lines
from cleaner.review.scoring import tokens
from cleaner.engine.guard import decide
from cleaner.rule_api import Evidence, Mark, Page

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

PROSE = [
    "The council said on Tuesday that the new bus lanes would open in the spring, after two years of work.",
    "Residents who live along the route have asked for more crossings, and the plan now adds four of them.",
    "The first buses are due to run in April, and the fares will stay the same for at least a year.",
]
BEFORE = ["Harbour lights", "Winter fair", "Ferry times"]
AFTER = ["Quiet corners", "Old town walks", "Lake view"]
PAGE = "\n".join([*BEFORE, "", *PROSE, "", *AFTER])
EVERYTHING_IS_CHROME = Model(base={"before": 30.0, "after": 30.0}, trees={"before": [], "after": []}, threshold=0.5)


def test_a_tree_sends_a_line_left_at_or_under_its_cut() -> None:
    trees = {"before": [(1, 2.0, -1.0, 3.0)], "after": []}
    model = Model(base={"before": 0.5, "after": 0.0}, trees=trees, threshold=0.5)
    assert model.score("before", [0.0, 2.0]) == pytest.approx(1 / (1 + math.exp(0.5)))
    assert model.score("before", [0.0, 2.5]) == pytest.approx(1 / (1 + math.exp(-3.5)))
    assert model.score("after", [9.0, 9.0]) == pytest.approx(0.5)


def test_only_lines_outside_the_article_are_scored() -> None:
    blocks = segment(PAGE)
    page = Page(blocks)
    article = page.body.article
    lines = outside_lines(blocks, page.body, {})
    assert [blocks[i].text for i in range(article.start, article.stop)] == PROSE
    assert [(blocks[line.index].text, line.place) for line in lines] == [
        *((text, "before") for text in BEFORE),
        *((text, "after") for text in AFTER),
    ]
    assert all(len(line.values) == len(FEATURES) for line in lines)


def test_a_page_without_prose_has_nothing_to_score() -> None:
    blocks = segment("Home\nNews\nSport")
    page = Page(blocks)
    assert outside_lines(blocks, page.body, {}) == []


def test_the_rule_takes_lines_outside_the_article_and_says_score_and_threshold() -> None:
    result = Cleaner(plugins=False, settings={"line_scorer": EVERYTHING_IS_CHROME}).clean(PAGE, explain=True)
    layout = [r for r in result.removed if r.rule == "layout.line_scorer"]
    assert [r.text for r in layout] == BEFORE
    assert all(r.category == "layout" for r in layout)
    assert all("line before the article scored 1.000 >= threshold 0.500" in r.reason for r in layout)
    # A list right after the last paragraph may be the article's own: the guard holds it.
    assert result.text == "\n".join([*PROSE, "", *AFTER])
    held = [h for h in result.held if h.rule == "layout.line_scorer"]
    assert [PAGE[h.start : h.end] for h in held] == AFTER
    assert all("not by its shape" in h.why for h in held)


def test_the_guard_refuses_a_layout_mark_inside_the_article_and_takes_prose_outside_it() -> None:
    comment = "Great piece, I have been saying this about the buses for years and nobody at the council listens."
    listing = [f"Topic {number}" for number in range(14)]
    blocks = segment("\n".join([*PROSE, "", *listing, "", comment]))
    page = Page(blocks)
    last = len(blocks) - 1
    marks = [Mark(index, "layout.line_scorer", "layout", "scored", Evidence.LAYOUT) for index in (1, last)]
    decision = decide(page.body, marks)
    assert blocks[last].is_prose and last not in page.body.article
    assert decision.removals[last] is not None
    assert decision.removals[1] is None
    assert [veto.mark.block for veto in decision.vetoes] == [1]


def test_the_setting_and_keep_turn_it_off() -> None:
    for cleaner in (
        Cleaner(plugins=False, settings={"line_scorer": False}),
        Cleaner(plugins=False, settings={"line_scorer": EVERYTHING_IS_CHROME}, keep={"layout"}),
    ):
        assert not [r for r in cleaner.clean(PAGE).removed if r.rule == "layout.line_scorer"]


def test_without_the_setting_the_shipped_default_decides() -> None:
    default = Cleaner(plugins=False).clean(PAGE)
    explicit = Cleaner(plugins=False, settings={"line_scorer": line_scorer_weights.ENABLED}).clean(PAGE)
    assert default.removed == explicit.removed


def test_gold_share_counts_runs_of_four_and_whole_short_lines() -> None:
    train = pytest.importorskip("train_line_scorer")
    gold = tokens("the bus lanes open in spring and the fares stay the same")
    grams = [{tuple(gold[i : i + n]) for i in range(len(gold) - n + 1)} for n in range(5)]
    assert train.gold_share(tokens("the bus lanes open in spring"), grams) == 1.0
    assert train.gold_share(tokens("the bus lanes close in spring"), grams) == 0.0
    assert train.gold_share(tokens("fares stay"), grams) == 1.0
    assert train.gold_share(tokens("stay fares"), grams) == 0.0
    assert train.gold_share(tokens("open in spring and buses run"), grams) == pytest.approx(1 / 3)


def test_the_command_line_switches_it_on_and_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from cleaner.run.cli import main

    monkeypatch.setattr(line_scorer_weights, "MODEL", EVERYTHING_IS_CHROME)
    source = tmp_path / "page.txt"
    source.write_text(PAGE, encoding="utf-8")
    outputs = {}
    for flag in ("--line-scorer", "--no-line-scorer"):
        result = CliRunner().invoke(main, ["clean", "--no-learn", flag, str(source)])
        assert result.exit_code == 0, result.output
        outputs[flag] = result.stdout
    assert outputs["--line-scorer"].strip() == "\n".join(PROSE)
    assert all(line in outputs["--no-line-scorer"] for line in BEFORE + AFTER)
