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


def test_the_common_words_table_keeps_stems_most_articles_use() -> None:
    from ai_filler_common_words import table

    golds = [
        "The council approved the budget for the harbour.",
        "The council rejected the harbour plan again.",
        "Farmers expect a late harvest of barley.",
        "The council met farmers about the harvest.",
    ]
    text = table(golds, share=0.5)
    header = [line for line in text.splitlines() if line.startswith("#")]
    rows = dict(line.split("\t") for line in text.splitlines() if not line.startswith("#"))
    assert "4 real article bodies (at least 2)" in header[0]
    assert rows == {"counci": "3", "harbou": "2", "harves": "2", "farmer": "2"}


def test_the_common_words_script_skips_without_the_benchmark_pages(tmp_path, monkeypatch, capsys) -> None:
    from ai_filler_common_words import main

    monkeypatch.setenv("CLEANER_BENCH_DATA", str(tmp_path))
    assert main(["--check"]) == 0
    assert "skipped" in capsys.readouterr().out
