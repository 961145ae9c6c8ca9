"""bench/pass_inputs.py: what a later cleaning pass changed, compared on the lines both passes see."""

from __future__ import annotations

import sys
from pathlib import Path

from cleaner import Cleaner
from cleaner.engine import cleaner as engine

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from pass_inputs import compare, record_passes

FIRST = ([0, 1, 2, 3], {"a.menu": {0, 1}, "b.tail": {3}}, {"core": (2,), "span": (1, 2)}, {0, 1})


def test_an_idle_pass_whose_rules_mark_the_same_kept_lines_changed_nothing() -> None:
    idle = ([2, 3], {"b.tail": {3}}, {"core": (2,), "span": (2,)}, set())
    counts, rules = compare([[FIRST, idle]])
    assert counts["idle later passes"] == 1
    assert counts["idle: no rule's marks changed"] == 1
    assert counts["idle: body core moved"] == 0 and counts["idle: body span moved"] == 0
    assert not rules


def test_a_rule_marking_a_kept_line_anew_and_a_moved_core_are_counted() -> None:
    removing = ([2, 3], {"b.tail": {3}, "c.late": {2}}, {"core": (3,), "span": (2,)}, {2})
    counts, rules = compare([[FIRST, removing]])
    assert counts["removing later passes"] == 1
    assert counts["removing: no rule's marks changed"] == 0
    assert counts["removing: body core moved"] == 1
    assert rules == {("removing", "c.late"): 1}


def test_recorded_passes_end_with_one_that_removes_nothing() -> None:
    cleaner, decide = Cleaner(), engine.decide
    try:
        documents = record_passes(cleaner)
        article = "The council met on Tuesday and agreed the new budget for the year. " * 3
        cleaner.clean("Home | News | Sport\n\n" + article)
    finally:
        engine.decide = decide
    assert len(documents) == 1 and documents[0]
    assert not documents[0][-1][3]
