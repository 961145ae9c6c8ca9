"""The strings a built-in line pattern's matches all hold, read from the pattern: a rule is not
tried on a line without one, so they must stand in every line the pattern matches."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from cleaner.engine.blocks import segment
from cleaner.engine.loader import load_rules
from cleaner.engine.matching import LineMatcher
from cleaner.engine.pattern_needs import fold, required

MODULES = load_rules(plugins=False).modules
RULES = [rule for module in MODULES for rule in [*module.line_rules, *(region.heading for region in module.regions)]]


def test_a_run_of_letters_every_match_spells_is_needed() -> None:
    assert required(r"(?:this|our) post contains? affiliate links\.?", regex.IGNORECASE) == (" affiliate links",)


def test_each_branch_of_an_alternation_gives_one_string() -> None:
    assert required(r"(?:Subscribe|Join us) (?:now|today)!?", regex.IGNORECASE) == ("join us", "subscribe")


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [(r"(?:disclosure: )?.{0,40}", ()), (r"(?:share|\d+)", ()), (r"(?:foo)*bar?", ("ba",)), (r"[Ss]hare", ("hare",))],
)
def test_optional_parts_and_classes_are_not_needed(pattern: str, needs: tuple[str, ...]) -> None:
    assert required(pattern, regex.IGNORECASE) == needs


@pytest.mark.parametrize("pattern", [r"[[:alpha:]]+ share", r"share{e<=1}", r"(?|(a)|(b))c", r"\L<words> share"])
def test_syntax_the_standard_parser_reads_otherwise_needs_nothing(pattern: str) -> None:
    assert required(pattern, regex.IGNORECASE) == ()


@pytest.mark.parametrize(("text", "folded"), [("LEſS", "less"), ("İSTANBUL", "istanbul"), ("DIŞ", "diş"), ("ıi", "ii")])
def test_a_line_is_folded_as_ignoring_case_matches_ascii_letters(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("pattern", "text"),
    [("less", "LEſS"), ("istanbul", "İSTANBUL"), ("Istanbul", "ıstanbul"), ("kelvin", "\u212aelvin")],
)
def test_ignoring_case_a_needed_letter_stands_in_the_folded_line(pattern: str, text: str) -> None:
    assert regex.fullmatch(pattern, text, regex.IGNORECASE)
    assert any(need in fold(text) for need in required(pattern, regex.IGNORECASE))


def _lines() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "corpus"
    lines = {line.strip() for path in root.rglob("*.txt") for line in path.read_text(encoding="utf-8").splitlines()}
    return sorted(line for line in lines if line) + [example for module in MODULES for example in module.must_drop]


def test_a_built_in_rules_read_needs_are_in_every_line_its_pattern_matches() -> None:
    lines = _lines()
    read = [rule for rule in RULES if rule.read_needs]
    assert len(read) > len(RULES) // 4, "the loader reads needs from most built-in patterns that declare none"
    checked = 0
    for rule in read:
        for text in lines:
            if len(text) <= rule.max_chars and rule.compiled.fullmatch(text):
                checked += 1
                assert any(need in fold(text) for need in rule.read_needs), f"{rule.id} matches {text!r}"
    assert checked >= len(read) // 2, "the check saw the rules match real lines"


def test_a_rule_that_declares_needs_keeps_them() -> None:
    assert all(not rule.read_needs for rule in RULES if rule.needs)


def test_read_needs_change_no_line_matchers_answer() -> None:
    blocks = segment("\n".join(_lines()))
    rules = [rule for module in MODULES for rule in module.line_rules]
    found = list(LineMatcher(rules).marks(blocks, [], refusals=True))
    read = [rule.read_needs for rule in rules]
    try:
        for rule in rules:
            rule.read_needs = ()
        unread = list(LineMatcher(rules).marks(blocks, [], refusals=True))
    finally:
        for rule, needs in zip(rules, read, strict=True):
            rule.read_needs = needs
    assert found, "the corpus and the examples hold lines the rules take"
    assert found == unread
