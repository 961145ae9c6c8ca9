"""`bench/before_chrome.py` says why no headline was found, by the form the page prints it in."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cleaner.engine.blocks import segment
from cleaner.engine.body import Body

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from before_chrome import headline_miss

ARTICLE = (
    "The council approved the new budget on Tuesday after a debate that lasted more than four hours.\n\n"
    "Members said the vote had been delayed twice by questions about the cost of the new bus lanes."
)
MENU = "News\nSport\nWeather"


@pytest.mark.parametrize(
    ("title", "printed", "why"),
    [
        ("Council approves budget | The Valley Times", "Council approves budget", "found"),
        ("Council approves the budget | The Valley Times", "Storm hits the coast", "not printed"),
        ("The council approved the new budget on Tuesday after a long debate.", "Budget", "no title line"),
        ("Council approves new city budget after long debate | Times",
         "Why the council approved a new city budget after debate", "other form"),
    ],
)  # fmt: skip
def test_a_missed_headline_is_told_by_its_form(title: str, printed: str, why: str) -> None:
    blocks = segment(f"{title}\n{MENU}\n{printed}\n\n{ARTICLE}")
    assert headline_miss(blocks, Body(blocks))[0] == why
