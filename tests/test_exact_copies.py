"""Byte-identical documents are marked as copies whatever their length."""

from __future__ import annotations

from pathlib import Path

import orjson
from click.testing import CliRunner

from cleaner.evidence.near_duplicates import MIN_WORDS, DuplicateIndex, content_words
from cleaner.run.cli import main

SHORT = "The council approved the new budget on Tuesday after a debate that lasted more than four hours."


def test_a_short_exact_copy_is_a_duplicate() -> None:
    assert len(set(content_words(SHORT))) < MIN_WORDS
    index = DuplicateIndex()
    assert index.add("a", SHORT) is None
    assert index.add("b", SHORT) == ("a", 1.0)
    assert index.add("c", SHORT.replace("Tuesday", "Monday")) is None  # near copies need MIN_WORDS
    assert index.add("d", "") is None and index.add("e", "") is None  # nothing is no story


def test_short_exact_copies_are_marked_on_the_command_line(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(orjson.dumps({"id": i, "text": SHORT}).decode() + "\n" for i in ("a", "b", "c")))
    result = CliRunner().invoke(main, ["clean", str(source), "--format", "jsonl", "--no-learn"])
    marks = [orjson.loads(line)["metadata"].get("duplicate_of") for line in result.stdout.splitlines()]
    assert marks == [None, "a", "a"]
