"""Later cleaning passes keep a page rule's earlier marks when its declared inputs did not change
(:data:`cleaner.rule_api.READS`): the output must be what running every rule on every pass gives.

The comparison runs the corpus and generated pages both ways; a rule that declares less than it
reads shows there as a difference (the last test: the comparison can fail).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import (
    Article,
    articles,
    box_interrupted_articles,
    box_named_articles,
    closing_list_articles,
    listicle_bodies,
    structured_bodies,
    whole_articles,
)

import cleaner.engine.cleaner as engine
from cleaner import Cleaner, CleanResult
from cleaner.rule_api import detector

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CASES = sorted(path for path in CORPUS.rglob("*.txt") if path.with_suffix(".expected").is_file())
CLEANER = Cleaner()


def _outcome(result: CleanResult) -> tuple:
    """Everything a result says: kept text, each removal with its rule and reason, metadata, refusals."""
    return result.text, result.removed, result.metadata, result.held, result.warnings


def _both_ways(cleaner: Cleaner, text: str, url: str | None = None) -> tuple[tuple, tuple]:
    """The outcome with earlier marks reused, then with every rule run on every pass."""
    reused = _outcome(cleaner.clean(text, url=url, explain=True))
    try:
        engine.REUSE_MARKS = False
        rerun = _outcome(cleaner.clean(text, url=url, explain=True))
    finally:
        engine.REUSE_MARKS = True
    return reused, rerun


def test_corpus_cleans_the_same_with_earlier_marks_reused() -> None:
    assert len(CASES) >= 30
    for case in CASES:
        sidecar = case.with_suffix(".json")
        url = json.loads(sidecar.read_text(encoding="utf-8")).get("url") if sidecar.is_file() else None
        reused, rerun = _both_ways(CLEANER, case.read_text(encoding="utf-8"), url)
        assert reused == rerun, f"{case.relative_to(CORPUS)} cleans differently when earlier marks are reused"


PAGES = st.one_of(
    articles(),
    articles(body=structured_bodies()),
    whole_articles(listicle_bodies()),
    box_named_articles(),
    box_interrupted_articles(),
    closing_list_articles(),
)


@given(PAGES)
def test_generated_pages_clean_the_same_with_earlier_marks_reused(article: Article) -> None:
    reused, rerun = _both_ways(CLEANER, article.text)
    assert reused == rerun


LINE_COUNTER = """
from cleaner.rule_api import Family, detector
family = Family("counting")
calls = {"line": 0, "page": 0}

@detector("promo", why="a line that says buy", name="buy_line", reads=("line",))
def buy_line(page):
    calls["line"] += 1
    return ((block.index, "says buy") for block in page.blocks if block.text.strip() == "Buy")

@detector("promo", why="a line right after one that says buy", name="after_buy")
def after_buy(page):
    calls["page"] += 1
    blocks = page.blocks
    return ((index, "after buy") for index in range(1, len(blocks)) if blocks[index - 1].text.strip() == "Buy")

rules = [buy_line, after_buy]
"""
"""Two user rules: one that judges each line by itself and says so, one that reads a neighbour."""

PAGE = (
    "Home\nNews\nSport\nWeather\nContact\n\n"
    "The council approved the new budget on Tuesday after a long debate about school funding.\n\n"
    "Officials said the plan would take effect next year and cover the repairs to three bridges.\n\n"
    "Buy\nGift\n"
)


def test_a_rule_declaring_it_reads_each_line_alone_runs_once_a_document(tmp_path: Path) -> None:
    (tmp_path / "counting.py").write_text(LINE_COUNTER, encoding="utf-8")
    cleaner = Cleaner(rule_dirs=[tmp_path])
    module = next(module for module in cleaner.modules if module.name == "counting")
    calls = module.page_rules[0].function.__globals__["calls"]
    reused, rerun = _both_ways(cleaner, PAGE)
    assert reused == rerun
    assert "Buy" not in reused[0] and "Gift" not in reused[0]
    passes = calls["page"] // 2  # the neighbour-reading rule ran on every pass, both times
    assert passes >= 2, "the page should take more than one pass"
    assert calls["line"] == 1 + passes  # once with reuse, on every pass without


LYING = """
from cleaner.rule_api import Family, detector
family = Family("lying")

@detector("promo", why="a line right after the marker", name="after_marker", reads=("line",))
def after_marker(page):
    blocks = page.blocks
    return ((index, "after the marker") for index in range(1, len(blocks)) if blocks[index - 1].text == "Zorblat")

rules = [after_marker]
"""
"""A rule that reads a line's neighbour but declares it reads each line alone."""


def test_a_rule_that_declares_less_than_it_reads_shows_in_the_comparison(tmp_path: Path) -> None:
    """Once the follow prompt goes, the line after it follows the marker: a rerun marks it, the
    earlier marks kept for a rule that said it reads each line alone do not."""
    (tmp_path / "lying.py").write_text(LYING, encoding="utf-8")
    page = "Zorblat\nFollow us on Facebook\nQuux items\n\n" + PAGE.split("\n\n", 1)[1].replace("Buy\nGift\n", "")
    reused, rerun = _both_ways(Cleaner(rule_dirs=[tmp_path]), page)
    assert "Quux items" in reused[0] and "Quux items" not in rerun[0]


def test_reads_names_only_known_inputs() -> None:
    with pytest.raises(ValueError, match="reads must name"):
        detector("promo", why="x", name="x", reads=("neighbours",))(lambda page: ())
    with pytest.raises(ValueError, match="reads must name"):
        detector("promo", why="x", name="x", reads=())(lambda page: ())


TIMING_OUT = """
from cleaner.rule_api import Family, detector
family = Family("slow")

@detector("promo", why="the marker line", name="marker_then_timeout", reads=("line",))
def marker_then_timeout(page):
    for block in page.blocks:
        if block.text == "Zorblat":
            yield block.index, "the marker"
    raise TimeoutError

rules = [marker_then_timeout]
"""
"""A rule whose own pattern times out after it has found a line."""


def test_what_a_rule_found_before_timing_out_stands_and_it_is_asked_again(tmp_path: Path) -> None:
    (tmp_path / "slow.py").write_text(TIMING_OUT, encoding="utf-8")
    page = "Zorblat\n\n" + PAGE
    reused, rerun = _both_ways(Cleaner(rule_dirs=[tmp_path]), page)
    assert reused == rerun
    assert "Zorblat" not in reused[0]
    assert reused[4].count("slow.marker_then_timeout timed out and was skipped") >= 2  # once a pass
