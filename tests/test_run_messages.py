"""What a run says: progress with a total, a summary that reads well at 1 and at 100,000
documents, failed documents named with their reasons, and --explain wherever the output goes."""

from __future__ import annotations

import io
import subprocess
import sys
from collections import Counter
from pathlib import Path

import orjson
from click.testing import CliRunner

from cleaner.documents.inputs import ReadStats
from cleaner.run.cli import Summary, main

BODY = (
    "The council approved the new budget on Tuesday after a debate that lasted more than four hours.\n\n"
    "Spending on schools will rise by 4.2 percent, the finance committee said in its final report."
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_summary_at_one_document_says_nothing_about_learning(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(f"Home\nWorld\nBusiness\n\n{BODY}\n\nShare this article", encoding="utf-8")
    code, _, err = run("clean", str(tmp_path / "page.txt"))
    assert code == 0
    assert err.splitlines() == [err.splitlines()[0]] and err.startswith("cleaner: 1 document; ")
    assert "learned" not in err


def test_summary_at_a_hundred_thousand_documents() -> None:
    summary = Summary()
    summary.documents, summary.characters = 100_000, 2_619_129
    summary.categories = Counter({"navigation": 21_000, "promo": 639})
    stats = ReadStats(skipped_files=Counter({".json": 17, ".expected": 75}), skipped_records=Counter({"http 404": 3}))
    line = summary.line(stats)
    assert line.startswith("cleaner: 100,000 documents; 2,619,129 characters kept; 21,639 removals (navigation 21,000")
    assert "92 files of other types skipped (.expected 75, .json 17)" in line
    assert "3 WARC records without a page skipped (http 404 3)" in line


def test_progress_has_a_total_and_the_learning_pass_shows(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(orjson.dumps({"text": f"{BODY} {n}"}).decode() + "\n" for n in range(5)))
    code, _, err = run("clean", str(source), "--format", "jsonl", "--progress")
    assert code == 0
    assert "learning:" in err and "cleaning:" in err and "5/5" in err


def test_a_loaded_table_is_not_called_learned(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(orjson.dumps({"text": f"{BODY} {n}"}).decode() + "\n" for n in range(5)))
    table = tmp_path / "table.json"
    run("clean", str(source), "--format", "jsonl", "--boilerplate", str(table))
    _, _, err = run("clean", str(source), "--format", "jsonl", "--boilerplate", str(table))
    assert f"boilerplate loaded from {table}" in err and "learned" not in err


def test_warc_records_skipped_are_counted_by_reason(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    for status, page in (("200 OK", BODY), ("404 Not Found", "gone"), ("301 Moved", "moved")):
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO(f"<html><body><p>{page}</p></body></html>".encode())
        writer.write_record(writer.create_warc_record("https://news.example/a", "response", payload=payload,
                                                      http_headers=headers))
    (tmp_path / "crawl.warc").write_bytes(stream.getvalue())
    _, _, err = run("clean", str(tmp_path / "crawl.warc"), "--no-learn")
    assert "2 WARC records without a page skipped (http 404 1, http 301 1)" in err


def test_failed_documents_show_their_reason(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text(orjson.dumps({"id": "good", "text": BODY}).decode() + '\n{"id": "bad", "title": "no text"}\n')
    code, out, err = run("clean", str(source), "--no-learn")
    assert code == 1
    assert 'cleaner: bad: record has neither a "text" nor an "html" string field' in err
    assert '==> bad <==\nerror: record has neither a "text" nor an "html" string field' in out
    code, _, _ = run("clean", str(source), "--no-learn", "-o", str(tmp_path / "out"))
    assert code == 1
    assert (tmp_path / "out" / "bad.error.txt").read_text(encoding="utf-8").startswith("error: record has neither")
    assert (tmp_path / "out" / "good.txt").read_text(encoding="utf-8").strip() == BODY


def test_explain_writes_to_a_folder_a_file_and_as_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    page = f"Home\nWorld\nBusiness\n\n{BODY}\n\nShare this article"
    source.write_text("".join(orjson.dumps({"id": i, "text": page}).decode() + "\n" for i in ("a", "b")))
    code, _, _ = run("clean", str(source), "--explain", "--no-learn", "-o", str(tmp_path / "out"))
    assert code == 0
    explained = (tmp_path / "out" / "a.txt").read_text(encoding="utf-8")
    assert "- Share this article" in explained and "<- social" in explained
    code, _, _ = run("clean", str(tmp_path / "pages.jsonl"), "--explain", "--no-learn", "-o", str(tmp_path / "x.txt"),
                     "--format", "jsonl")
    got = [orjson.loads(line) for line in (tmp_path / "x.txt").read_text(encoding="utf-8").splitlines()]
    assert [record["id"] for record in got] == ["a", "b"]
    assert all("held" in record and record["source"] == page for record in got)


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    lines = (f"Paragraph {n} says the council met on day {n} and approved item {n} of its budget." for n in range(4000))
    source.write_bytes(b"".join(orjson.dumps({"id": str(n), "text": line}) + b"\n" for n, line in enumerate(lines)))
    command = f"{sys.executable} -m cleaner clean {source} --format jsonl --no-learn --no-duplicates | head -c 100"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert len(done.stdout) == 100
