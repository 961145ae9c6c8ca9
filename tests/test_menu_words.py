"""A menu word is what the navigation family's menu-word pattern matches: the list of its spellings
that answers ASCII lines must give the pattern's answer on every line."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cleaner import Cleaner
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


SHOP_MENU = [
    "Products", "Gas Springs", "Handles", "D-Rings", "Grab Handles", "Paddle Handles", "Fasteners", "Bolts",
    "Captive Screws", "Double End Studs", "Inserts", "Nuts", "Pins", "Rivets", "Screws", "Taps & Dies",
    "Washers", "Weld Fasteners", "Hinges", "Latches", "Compression Latches", "Weatherstrip", "Adhesives",
    "Drawer Slides", "Bumpers", "Contact Us",
]  # fmt: skip
"""A shop's masthead menu: its own product groups, with two menu words ("Products", "Contact Us")."""
BODY = (
    "The regional council approved a new water plan on Thursday after three months of public hearings.\n"
    "Farmers in the northern valley had asked for a larger share of the reservoir during dry summers.\n"
    "The plan takes effect in January and will be reviewed in two years, a spokesperson said."
)


def test_a_long_menu_before_the_body_with_two_menu_words_goes() -> None:
    result = Cleaner(plugins=False).clean("\n".join((*SHOP_MENU, BODY)))
    assert result.text == BODY
    assert {removal.rule for removal in result.removed} == {"navigation.menu_run"}


def test_the_same_list_after_the_body_needs_more_menu_words() -> None:
    """After the body a long list with two menu words in it may be the article's own closing list."""
    text = "\n".join((BODY, *SHOP_MENU))
    assert all(removal.rule != "navigation.menu_run" for removal in Cleaner(plugins=False).clean(text).removed)


MEGA_MENU = [
    "Products", "Analytics", "Guides", "Learn & succeed with our in-depth guides", "Whitepapers",
    "Webinars", "Thought leadership to maximise your outcome", "Blog", "Careers", "Contact Us",
]  # fmt: skip
"""A mega-menu: items with a description of their own line between them."""
HEADER = ["Politics", "Business", "Opinion"]


def test_a_menu_goes_on_over_an_item_description_well_before_the_body() -> None:
    dek = ["Water for the valley.", "Council approves a new water plan.", "By Maria Garcia.", "Share."]
    result = Cleaner(plugins=False).clean("\n".join((*MEGA_MENU, *dek, BODY)))
    assert [removal.text for removal in result.removed if removal.rule == "navigation.menu_run"] == MEGA_MENU


def test_a_headline_between_a_menu_and_the_byline_is_no_menu_item() -> None:
    headline = "Council approves new water plan after long hearings"
    text = "\n".join((*HEADER, headline, "By Maria Garcia", "Home", "News", BODY))
    removed = Cleaner(plugins=False).clean(text).removed
    assert {removal.text for removal in removed if removal.rule == "navigation.menu_run"} == {*HEADER, "Home", "News"}
