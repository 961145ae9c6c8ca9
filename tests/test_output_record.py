"""The output record: one typed record per input, written as the JSONL contract says, never changed."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from cleaner.documents.inputs import Record
from cleaner.documents.output_record import FRAME_COLUMNS, OutputRecord
from cleaner.engine.cleaner import Cleaner
from cleaner.evidence.near_duplicates import signature
from cleaner.run.tasks import clean_record

PAGE = "Menu\nSearch\n\nThe council met on Tuesday and approved the new river budget for the city.\n\nShare this"


def test_a_cleaned_record_is_written_field_by_field_in_the_contract_order() -> None:
    output = clean_record(Cleaner(), Record("page", url="https://news.example.com/a", text=PAGE, warnings=["w"]))
    data = output.to_json()
    assert list(data) == ["id", "url", "text", "removed", "metadata", "error", "warnings"]
    assert data["text"] == "The council met on Tuesday and approved the new river budget for the city."
    assert [removal["text"] for removal in data["removed"]] == ["Menu", "Search", "Share this"]
    assert data["error"] is None and data["warnings"] == ["w"]
    assert output.frame_row() == [data.get(column) for column in FRAME_COLUMNS]


def test_an_error_record_keeps_its_input_and_detail_adds_held_and_source() -> None:
    failed = clean_record(Cleaner(), Record("bad", html="<p>x</p>", error="unreadable"))
    assert failed.to_json() == {
        "id": "bad", "url": None, "text": None, "removed": [], "metadata": {}, "error": "unreadable", "html": "<p>x</p>"
    }
    detailed = clean_record(Cleaner(), Record("page", text=PAGE), detail=True).to_json()
    assert list(detailed)[-2:] == ["held", "source"] and detailed["source"] == PAGE


def test_records_are_never_changed_and_duplicate_marking_makes_new_ones() -> None:
    output = clean_record(Cleaner(), Record("copy", text=PAGE))
    with pytest.raises(dataclasses.FrozenInstanceError):
        output.text = "changed"  # type: ignore[misc]
    marked = output.marked_duplicate("first", 0.9, drop=False)
    assert "duplicate_of" not in output.metadata
    assert marked.metadata["duplicate_of"] == "first" and marked.text == output.text
    dropped = output.marked_duplicate("first", 0.9, drop=True).to_json()
    assert dropped == {"id": "copy", "url": None, "skipped": "duplicate_of", "metadata": marked.metadata}


def test_json_and_pickle_round_trips_give_the_same_record() -> None:
    output = clean_record(Cleaner(), Record("page", url="https://a.example/1", text=PAGE, warnings=["w"]), detail=True)
    assert OutputRecord.from_json(output.to_json()) == output
    skipped = output.marked_duplicate("first", 0.5, drop=True)
    assert OutputRecord.from_json(skipped.to_json()) == skipped
    with_story = dataclasses.replace(output, story=signature(output.text or ""))
    back = pickle.loads(pickle.dumps(with_story))
    assert back == with_story and back.story == with_story.story
    assert "story" not in with_story.to_json() and "_story_signature" not in with_story.to_json()
