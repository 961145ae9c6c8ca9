"""The batch report: what it counts from a JSONL output file, how it rebuilds a document's lines,
how it treats lines that are not records, and that the page it writes is self-contained."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from cleaner.documents.inputs import ReadStats, read_inputs
from cleaner.engine.blocks import join_blocks, segment
from cleaner.engine.cleaner import Cleaner
from cleaner.review.document_view import document_lines
from cleaner.review.report import build_report, render
from cleaner.review.report_data import gather
from cleaner.run.cli import main
from cleaner.run.tasks import clean_record

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def removal(start: int, text: str, rule: str, category: str, reason: str = "because") -> dict:
    end = start + len(text)
    return {"start": start, "end": end, "text": text, "category": category, "rule": rule, "reason": reason}


RECORDS = [
    {"id": "a1", "url": "https://news.example.com/a1", "text": "Body of the first story.",
     "removed": [removal(0, "Home", "navigation.menu_run", "navigation"),
                 removal(30, "Share this article on every network", "social.widget", "social")],
     "metadata": {"title": "First"}, "error": None},
    {"id": "a2", "url": "https://news.example.com/a2", "text": "", "removed": [], "metadata": {},
     "error": "record has neither text nor html"},
    {"id": "b1", "url": None, "text": "Another body.",
     "removed": [removal(0, "Menu", "navigation.menu_run", "navigation", "a run of menu words")],
     "metadata": {"site": "livemint", "duplicate_of": "a1", "duplicate_score": 0.5}, "error": None},
]


def write_output(path: Path, records: list[dict], bad: tuple[bytes, ...] = ()) -> Path:
    lines = [orjson.dumps(record) for record in records]
    lines[1:1] = bad  # bad lines after the first record
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_counts_cover_every_document_site_and_rule(tmp_path: Path) -> None:
    data = gather(write_output(tmp_path / "out.jsonl", RECORDS)).as_json()
    totals = data["totals"]
    assert totals["documents"] == 3
    assert totals["errors"] == 1 and totals["duplicates"] == 1
    assert totals["removals"] == 3
    assert totals["characters_kept"] == len("Body of the first story.") + len("Another body.")
    assert totals["characters_removed"] == len("Home") + len("Share this article on every network") + len("Menu")
    sites = {row[0]: row[1:] for row in data["sites"]}
    assert sites["example.com"][0] == 2 and sites["livemint"][0] == 1  # registered domain, or metadata's site
    rules = {rule["name"]: rule for rule in data["rules"]}
    assert rules["navigation.menu_run"]["blocks"] == 2 and len(rules["navigation.menu_run"]["sites"]) == 2
    assert rules["social.widget"]["characters"] == len("Share this article on every network")
    assert dict(data["categories"] and [(c[0], c[1]) for c in data["categories"]]) == {"navigation": 2, "social": 1}


def test_samples_are_longest_first_and_link_their_documents(tmp_path: Path) -> None:
    records = [
        {"id": f"d{n}", "url": None, "text": "Body.", "metadata": {}, "error": None,
         "removed": [removal(0, "x" * length, "related.section", "related")]}
        for n, length in enumerate((5, 80, 20))
    ]
    rule = gather(write_output(tmp_path / "out.jsonl", records)).as_json()["rules"][0]
    assert [(document, length) for document, length, _ in rule["samples"]] == [(1, 80), (2, 20), (0, 5)]


def test_pages_budget_takes_sampled_documents_first(tmp_path: Path) -> None:
    records = [
        {"id": f"d{n}", "url": None, "text": "Body.", "metadata": {}, "error": None,
         "removed": [removal(0, "y" * length, "promos.app_pitch", "promo")] if length else []}
        for n, length in enumerate((0, 0, 0, 60))
    ]
    data = gather(write_output(tmp_path / "out.jsonl", records), pages=1).as_json()
    assert [page["doc"] for page in data["pages"]] == [3]
    assert data["docs"]["page"] == [-1, -1, -1, 0]
    assert data["pages"][0]["lines"] == [["y" * 60, 0, None], "Body."]  # the rule's usual reason is not repeated


def test_bad_lines_are_reported_by_number_and_the_rest_still_counts(tmp_path: Path) -> None:
    path = write_output(tmp_path / "out.jsonl", RECORDS, (b'{"id": "cut', b"[1, 2]", b'{"text": "no id"}',
                                                          b'{"id": "r", "removed": "nothing"}'))
    data = gather(path).as_json()
    assert data["totals"]["documents"] == 3
    assert data["bad_line_count"] == 4
    problems = dict(data["bad_lines"])
    assert problems[2].startswith("not JSON") and "list" in problems[3]
    assert "no \"id\"" in problems[4] and '"removed" is not a list' in problems[5]


def test_cli_writes_the_page_and_reports_bad_lines(tmp_path: Path) -> None:
    path = write_output(tmp_path / "out.jsonl", RECORDS, (b"not json at all",))
    result = CliRunner().invoke(main, ["report", str(path)])
    assert result.exit_code == 1
    assert f"{path} line 2: not JSON" in result.stderr
    assert "Traceback" not in result.stderr
    page = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "report of 3 documents" in result.stderr
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "the page must not load anything"
    assert "@import" not in page and "url(" not in page


def test_cli_exit_status_zero_and_named_output(tmp_path: Path) -> None:
    path = write_output(tmp_path / "out.jsonl", RECORDS)
    result = CliRunner().invoke(main, ["report", str(path), "-o", str(tmp_path / "r" / "batch.html")])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "r" / "batch.html").stat().st_size > 0


def test_cli_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    path = write_output(tmp_path / "out.html", RECORDS)
    result = CliRunner().invoke(main, ["report", str(path)])
    assert result.exit_code == 2
    assert path.read_bytes().startswith(b'{"id"')


def test_no_text_can_end_the_embedded_script(tmp_path: Path) -> None:
    hostile = "</script><script>alert(1)</script><!--"
    record = {**RECORDS[0], "removed": [removal(0, hostile, "fragments.x", "fragment")]}
    page = render(gather(write_output(tmp_path / "out.jsonl", [record])))
    assert hostile.encode() not in page
    assert page.count(b"</script>") == 2  # the data block's and the program's


@pytest.fixture(scope="module")
def corpus_outputs() -> list[dict]:
    cleaner = Cleaner()
    return [clean_record(cleaner, record, detail=True).to_json() for record in read_inputs([str(CORPUS)], ReadStats())]


def test_rebuilt_lines_match_the_input_on_the_corpus(corpus_outputs: list[dict]) -> None:
    """Without ``source``, kept lines go between the removed blocks where the input had them."""
    checked = 0
    for output in corpus_outputs:
        exact = [(line.text, line.removal is not None) for line in document_lines(output)]
        plain = {key: value for key, value in output.items() if key not in ("source", "held")}
        rebuilt = [(line.text, line.removal is not None) for line in document_lines(plain)]
        assert rebuilt == exact, output["id"]
        checked += any(removed for _, removed in exact[1:]) and not all(removed for _, removed in exact)
    assert checked > 40


def record_from(source: str, removed: set[int]) -> dict:
    """An output record for ``source`` with the blocks at ``removed`` taken, as the cleaner writes it."""
    blocks = segment(source)
    kept = [block.index not in removed for block in blocks]
    return {
        "text": join_blocks(blocks, kept),
        "removed": [removal(block.start, block.text, "r.x", "nav") for block in blocks if block.index in removed],
    }


def test_a_short_kept_line_is_not_pulled_into_room_left_by_blank_lines() -> None:
    """Packing kept lines early would put "U.S." in the blank lines before "Follow ..."."""
    source = "Body paragraph one.\n\n\n\n\n\nFollow us on every network.\nworld\nU.S.\npolitics"
    lines = document_lines(record_from(source, {1, 2, 4}))
    assert [(line.text, line.removal is not None) for line in lines] == [
        ("Body paragraph one.", False), ("Follow us on every network.", True), ("world", True),
        ("U.S.", False), ("politics", True)]


@given(st.lists(st.tuples(st.text("abc .", min_size=1, max_size=12).map(str.strip).filter(bool), st.booleans(),
                          st.booleans()), min_size=1, max_size=12))
def test_rebuilt_lines_match_when_lines_are_split_by_one_or_two_breaks(lines: list[tuple[str, bool, bool]]) -> None:
    source = "".join(("\n\n" if blank else "\n") + text for text, blank, _ in lines)[1:]
    removed = {index for index, (_, _, taken) in enumerate(lines) if taken}
    rebuilt = document_lines(record_from(source, removed))
    assert [(line.text, line.removal is not None) for line in rebuilt] == [
        (block.text, block.index in removed) for block in segment(source)]


def test_held_marks_come_from_the_detail_records_carry(tmp_path: Path) -> None:
    record = {"id": "h", "text": "A long line.\nB.", "source": "Menu\nA long line.\nB.", "metadata": {}, "error": None,
              "removed": [removal(0, "Menu", "navigation.menu_run", "navigation")],
              "held": [{"start": 5, "end": 17, "rule": "promos.app", "why": "prose needs strong evidence"}]}
    lines = document_lines(record)
    assert [(line.text, line.removal is not None, line.held is not None) for line in lines] == [
        ("Menu", True, False), ("A long line.", False, True), ("B.", False, False)]
    page = gather(write_output(tmp_path / "out.jsonl", [record])).as_json()["pages"][0]
    assert page["lines"][1] == ["A long line.", -1, "prose needs strong evidence", "promos.app"]


def test_build_report_from_a_real_run(tmp_path: Path, corpus_outputs: list[dict]) -> None:
    plain = [{key: value for key, value in out.items() if key not in ("source", "held")} for out in corpus_outputs]
    data = build_report(write_output(tmp_path / "out.jsonl", plain), tmp_path / "report.html")
    assert data.as_json()["totals"]["removals"] == sum(len(output["removed"]) for output in corpus_outputs)
    assert (tmp_path / "report.html").stat().st_size > 10_000
