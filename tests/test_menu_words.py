"""A menu word is what the navigation family's menu-word pattern matches: the list of its spellings
that answers ASCII lines must give the pattern's answer on every line."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner.engine.loader import load_rules

load_rules(plugins=False)  # imports the built-in modules as the package's submodules
navigation = importlib.import_module("cleaner.builtin_rules.families.navigation")

FRAGMENTS = sorted({part for word in navigation._NAV_SPELLINGS if word.isascii() for part in word.split(" ")})


def _by_pattern(text: str) -> bool:
    return navigation._NAV_WORD.fullmatch(text.strip()) is not None


@given(
    st.lists(st.sampled_from([*FRAGMENTS, " ", "  ", "s", "-", "\t", "X", "us"]), max_size=4).map("".join)
    | st.text(alphabet=st.characters(max_codepoint=127), max_size=30)
)
@example("Home")
@example(" REAL ESTATE ")
@example("real  estate")
@example("LogIn")
@example("techNOLOGY")
@example("tech nology")
def test_an_ascii_line_is_a_menu_word_exactly_when_the_pattern_says(text: str) -> None:
    navigation._names_a_section.cache_clear()
    assert navigation._names_a_section(text) == _by_pattern(text)


def test_every_spelling_is_matched_by_the_pattern() -> None:
    assert all(navigation._NAV_WORD.fullmatch(word) for word in navigation._NAV_SPELLINGS)


def test_spellings_expand_groups_and_optional_parts() -> None:
    assert navigation._spellings("log ?in|tech(?:nology)?|(?:get|book) a demo") == {
        "login",
        "log in",
        "tech",
        "technology",
        "get a demo",
        "book a demo",
    }


@pytest.mark.parametrize("pattern", [r"news\w+", "a+", "[ab]", "(news)", "(?:news", "news)", "?a"])
def test_spellings_refuse_what_is_no_list_of_words(pattern: str) -> None:
    with pytest.raises(ValueError):
        navigation._spellings(pattern)
