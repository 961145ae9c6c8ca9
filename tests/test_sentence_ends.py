"""Where a line's sentence ends: each named test of :mod:`cleaner.engine.sentence_ends` on the
lines that tell its meaning apart from the others'."""

from __future__ import annotations

import pytest

from cleaner.engine.sentence_ends import (
    ends_clause,
    ends_in_terminal,
    ends_sentence_after_letter,
    ends_sentence_after_word,
    ends_statement_or_clause,
    has_sentence_inside,
    holds_sentence_end,
    leaves_sentence_open,
)


@pytest.mark.parametrize(
    ("text", "terminal", "after_word", "after_letter", "clause", "open_"),
    [
        ("Nobody was hurt.", True, True, True, True, False),
        ('He said "no."', True, True, True, True, False),
        ("The vote is set (for now.)", True, True, True, True, False),
        ("[Updated at noon.]", True, True, True, True, False),
        ("The first rounds start on April 7.", True, True, False, True, False),
        ("雨が降った。", True, True, True, True, False),
        ("Wait ...!", True, False, False, True, False),
        ("Our plans:", False, False, False, True, False),
        ("for cyclists, bus users,", False, False, False, True, True),
        ("The council said the new plan would make the town centre easier", False, False, False, False, True),
        ("Contact us", False, False, False, False, True),
    ],
)
def test_each_test_says_its_own_meaning(
    text: str, terminal: bool, after_word: bool, after_letter: bool, clause: bool, open_: bool
) -> None:
    assert ends_in_terminal(text) is terminal
    assert ends_sentence_after_word(text) is after_word
    assert ends_sentence_after_letter(text) is after_letter
    assert ends_clause(text) is clause
    assert leaves_sentence_open(text) is open_


def test_a_line_holds_a_sentence_end_inside_it_or_at_a_colon() -> None:
    assert holds_sentence_end("It rained all night. Then the river rose")
    assert holds_sentence_end("The plan, in short:")
    assert not holds_sentence_end("Five Quick Ways to Cut Your Hosting Bill")
    assert has_sentence_inside("... provider. Applications SHOULD, however, support both")
    assert not has_sentence_inside("Tags: budget, debt-free, money")


def test_a_question_ends_no_statement_a_headline_may_ask_it() -> None:
    assert not ends_statement_or_clause("Who pays more for cloud hosting?")
    assert ends_clause("Who pays more for cloud hosting?")
    assert ends_statement_or_clause("Great article, thanks.")
    assert ends_statement_or_clause('He called it "a start,"')
    assert not ends_statement_or_clause("Why hosting prices rose")
