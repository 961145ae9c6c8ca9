"""The AI-filler evaluation (bench/ai_filler_eval.py): where a hand-written set's filler stands."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from ai_filler_eval import filler_places


def article(*labels: str, **fields: object) -> dict:
    return {"paragraphs": [{"text": f"paragraph {i}", "label": label} for i, label in enumerate(labels)], **fields}


def test_filler_before_between_and_after_the_facts_has_three_places() -> None:
    labelled = article("filler", "body", "filler", "hard", "body", "filler", "filler")
    assert filler_places(labelled) == ["start", "middle", "end", "end"]


def test_places_are_read_from_the_labels_whatever_a_set_records() -> None:
    assert filler_places(article("body", "filler", "body", filler_places=["start"])) == ["middle"]


def test_an_article_without_filler_or_without_facts() -> None:
    assert filler_places(article("body", "hard")) == []
    assert filler_places(article("filler", "filler")) == ["start", "start"]
