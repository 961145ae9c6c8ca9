"""Built-in line patterns run without the pattern timeout only on lines where their shape bounds
their backtracking; every other pattern, and every user rule, keeps the timeout."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.engine.loader import load_rules
from cleaner.engine.pattern_cost import STEP_BUDGET, _longest_chain, step_bound, unguarded_chars

RUNAWAY = r"(?:a|aa)+b"
"""Nested repeats: a line of a's without the b makes it try every way of cutting the run."""


@pytest.mark.parametrize("pattern", [RUNAWAY, r"(?:a+)+b", r"(?:\w+\s?)*x", r"(?:a|b?)+c", r"(\s*,)*\d"])
def test_nested_repeats_keep_the_timeout_on_every_line(pattern: str) -> None:
    assert unguarded_chars(pattern, 0, 400) == 0


@pytest.mark.parametrize("pattern", [r"(?r)share", r"\mshare\M", r"share(?i)this", r"\L<words>"])
def test_syntax_only_regex_reads_keeps_the_timeout(pattern: str) -> None:
    assert unguarded_chars(pattern, 0, 400) == 0


@pytest.mark.parametrize(
    "pattern",
    [r"share this", r"\d{1,3} of \d{1,3}", r"(?:x|y){0,3}z", r"\p{Lu}[\p{L}'-]+ (?:photo|image)", r"read more[.:!]?"],
)
def test_patterns_without_overlapping_repeats_run_unguarded_on_any_line(pattern: str) -> None:
    assert unguarded_chars(pattern, 0, 400) == 400


def test_overlapping_unbounded_repeats_run_unguarded_only_on_short_lines() -> None:
    three = unguarded_chars(r".*a.*b.*c", 0, 400)
    two = unguarded_chars(r".*a.*b", 0, 400)
    assert 0 < three < two <= 400
    assert (three + 1) ** 3 * (three + len(r".*a.*b.*c")) <= STEP_BUDGET


def test_words_that_begin_one_another_are_the_only_ones_to_go_on_together() -> None:
    def words(*spelled: str) -> list[tuple[int, ...]]:
        return [tuple(map(ord, word)) for word in spelled]

    assert _longest_chain(words("this", "the", "that")) == 1
    assert _longest_chain(words("copy link", "copy", "link")) == 2
    assert _longest_chain(words("a", "AB", "abc", "b")) == 3  # case aside, each begins the next


def test_every_builtin_pattern_is_unguarded_exactly_as_far_as_its_shape_bounds_it() -> None:
    modules = load_rules(plugins=False).modules
    rules = [rule for module in modules for rule in module.line_rules]
    rules += [region.heading for module in modules for region in module.regions]
    for rule in rules:
        chars = rule.unguarded_chars
        assert chars == unguarded_chars(rule.pattern, rule.flags, rule.max_chars), rule.id
        assert 0 <= chars <= rule.max_chars, rule.id
        if chars:
            assert step_bound(rule.pattern, rule.flags, chars) <= STEP_BUDGET, rule.id
        if chars < rule.max_chars:
            assert step_bound(rule.pattern, rule.flags, chars + 1) > STEP_BUDGET, rule.id
    assert sum(rule.unguarded_chars == rule.max_chars for rule in rules) >= len(rules) // 4


USER_RULE = f'''
from cleaner.rule_api import Family, line

family = Family("user_runaway")
rules = [line("promo", r"{RUNAWAY}", why="a pattern that runs away", name="runaway")]
'''


def test_a_runaway_pattern_in_a_user_rule_still_times_out(tmp_path: Path) -> None:
    (tmp_path / "user_runaway.py").write_text(USER_RULE, encoding="utf-8")
    cleaner = Cleaner(rule_dirs=[tmp_path], builtin=False, plugins=False)
    (rule,) = [rule for module in cleaner.modules for rule in module.line_rules]
    assert rule.unguarded_chars == 0
    result = cleaner.clean("a" * 60 + "c")
    assert any("timed out" in warning for warning in result.warnings)
    assert result.text == "a" * 60 + "c"
