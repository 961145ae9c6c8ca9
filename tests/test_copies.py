"""The one record of removed lines whose later copies go as they did (:mod:`cleaner.engine.copies`)."""

from __future__ import annotations

from cleaner.engine.blocks import segment
from cleaner.engine.copies import Gone, copy_of
from cleaner.rule_api import Evidence, Mark, Page

MENU = Mark(3, "navigation.menu_run", "navigation", "menu run of 4 lines", Evidence.SHAPE)
PARAGRAPHS = [
    "Power prices rose by a fifth this year, and data centres now pay more for every rack they run.",
    "Providers say the increase will reach customers' bills by the spring, when new contracts start.",
]


def test_a_copy_carries_the_originals_rule_category_and_reason_and_says_which_line() -> None:
    copy = copy_of(MENU, 9, 41)
    assert (copy.block, copy.rule, copy.category, copy.evidence) == (9, MENU.rule, MENU.category, MENU.evidence)
    assert copy.reason == "menu run of 4 lines (a copy of the line at offset 41)"
    assert copy.ref is None


def test_the_record_keeps_the_first_copy_to_go() -> None:
    gone = Gone()
    page = Page(segment("\n".join([*PARAGRAPHS, "Domains"])))
    assert list(gone.copies(page, {"navigation.menu_run": Evidence.PATTERN})) == []
    gone.record("domains", MENU, 41)
    gone.record("domains", MENU._replace(rule="navigation.masthead"), 12)
    (copy,) = gone.copies(page, {"navigation.menu_run": Evidence.PATTERN})
    assert copy.block == 2 and copy.rule == "navigation.menu_run" and copy.evidence is Evidence.PATTERN
    assert copy.reason.endswith("(a copy of the line at offset 41)")


def test_a_copy_goes_only_after_its_original_outside_the_paragraphs_for_a_rule_that_passes_it_on() -> None:
    gone = Gone()
    gone.record("domains", MENU, 41)
    after = Page(segment("\n".join([*PARAGRAPHS, "Domains"])))
    between = Page(segment("\n".join([PARAGRAPHS[0], "Domains", PARAGRAPHS[1]])))
    before = Page(segment("\n".join(["Domains", *PARAGRAPHS])))
    assert list(gone.copies(after, {})) == []  # the rule does not pass its removals on
    assert list(gone.copies(between, {"navigation.menu_run": Evidence.PATTERN})) == []
    assert list(gone.copies(before, {"navigation.menu_run": Evidence.PATTERN})) == []  # offset 0 < 41
