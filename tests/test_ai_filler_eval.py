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


def test_long_gold_bodies_are_cut_into_short_pages_that_keep_every_line_in_order() -> None:
    from ai_filler_fp import WINDOW, gold_windows

    rows = [{"id": f"page{n}", "gold": "\n".join(f"line {n}.{i}" for i in range(length))}
            for n, length in enumerate((5, 12, 13, 40, 131))]
    windows = list(gold_windows(rows))
    for row in rows:
        cut = [text.split("\n") for page_id, text in windows if page_id.split("@")[0] == row["id"]]
        assert [line for window in cut for line in window] == row["gold"].split("\n")
        lines = len(row["gold"].split("\n"))
        if lines > WINDOW[1]:
            assert all(WINDOW[0] <= len(window) <= WINDOW[1] for window in cut), [len(w) for w in cut]
        else:
            assert len(cut) == 1
    assert windows == list(gold_windows(rows))  # the same cut on every run


def test_the_false_positive_count_says_what_was_judged() -> None:
    from ai_filler_fp import count_removals

    from cleaner import Cleaner
    from cleaner.rule_api import Rule

    report = [
        "The port authority approved a 410 million dollar expansion at Kessling on Monday.",
        "Harbour master Ines Kowalski said construction would begin in April.",
        "Vessels queued for an average of 31 hours last winter, according to the authority.",
        "Overall, the expansion underscores the importance of collaborative efforts and paves the way forward.",
    ]
    rules: list[Rule] = [r for m in Cleaner().modules if m.name == "ai_filler" for r in m.page_rules]
    count = count_removals([("short", "\n".join(report)), ("long", "\n".join(report * 6))], rules, {})
    assert count.paragraphs == 4 + 24
    assert count.judged == 4  # the long page is past what the detector judges
    assert [(page_id, block.text) for page_id, block, _ in count.removed] == [("short", report[3])]
    assert count.per_1000(count.judged) == 250.0
