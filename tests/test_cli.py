"""The command line: formats, exit codes, and bad input that must never lose a record."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from cleaner.run.cli import main

BODY = (
    "The council approved the new budget on Tuesday after a debate that lasted more than four hours.\n\n"
    "Spending on schools will rise by 4.2 percent, the finance committee said in its final report."
)
PAGE = f"Home\nWorld\nBusiness\nSports\n\n{BODY}\n\nShare this article\nLeave a Reply"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def records(stdout: str) -> list[dict]:
    return [orjson.loads(line) for line in stdout.splitlines() if line.strip()]


def test_text_file_to_stdout(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, out, err = run("clean", str(page))
    assert code == 0
    assert out.strip() == BODY
    assert "1 document;" in err and "0 errors" in err


def test_folder_to_folder_mirrors_names(tmp_path: Path) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(PAGE, encoding="utf-8")
    with gzip.open(tmp_path / "in" / "sub" / "b.txt.gz", "wt", encoding="utf-8") as stream:
        stream.write(PAGE)
    (tmp_path / "in" / "notes.md").write_text("ignored", encoding="utf-8")
    code, _, err = run("clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert code == 0
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8").strip() == BODY
    assert (tmp_path / "out" / "sub" / "b.txt").read_text(encoding="utf-8").strip() == BODY
    assert "1 file of other types skipped (.md 1)" in err


def test_jsonl_records_keep_order_and_ids_with_jobs(tmp_path: Path) -> None:
    lines = [orjson.dumps({"id": f"doc{n}", "text": f"{PAGE}\n{n}"}).decode() for n in range(100)]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8")
    code, out, _ = run("clean", str(source), "--format", "jsonl", "--jobs", "2")
    assert code == 0
    got = records(out)
    assert [r["id"] for r in got] == [f"doc{n}" for n in range(100)]
    assert all(r["error"] is None and r["text"] == BODY for r in got)
    assert {"start", "end", "text", "category", "rule", "reason"} <= set(got[0]["removed"][0])


def test_bad_inputs_each_give_one_record_and_the_batch_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "mixed.jsonl"
    source.write_bytes(
        b'{"id": "good", "text": "' + PAGE.replace("\n", "\\n").encode() + b'"}\n'
        b"{not json at all\n"
        b'{"id": "neither", "url": "https://example.com/x"}\n'
        b'{"id": "empty", "text": ""}\n'
        b'["a", "list"]\n'
        b'{"id": "last", "text": "Last document paragraph that is long enough to be kept by the cleaner."}\n'
    )
    code, out, err = run("clean", str(source), "--format", "jsonl")
    got = records(out)
    assert code == 1, "error records make the exit status 1"
    assert [r["id"] for r in got] == ["good", f"{source}:2", "neither", "empty", f"{source}:5", "last"]
    assert got[0]["error"] is None and got[0]["text"] == BODY
    assert "not valid JSON" in got[1]["error"] and got[1]["text"] == "{not json at all\n"
    assert "neither" in got[2]["error"] and got[2]["url"] == "https://example.com/x"
    assert got[3]["error"] is None and got[3]["text"] == ""
    assert "JSON object" in got[4]["error"]
    assert got[5]["error"] is None
    assert "3 errors" in err


def test_invalid_utf8_is_replaced_and_flagged(tmp_path: Path) -> None:
    page = tmp_path / "latin.txt"
    page.write_bytes(BODY.encode() + b"\n\nCaf\xe9 society met on Tuesday and voted to keep the old name.\n")
    code, out, _ = run("clean", str(page), "--format", "jsonl")
    (record,) = records(out)
    assert code == 0
    assert "Caf\ufffd society" in record["text"]
    assert "invalid UTF-8" in record["warnings"][0]


def test_binary_file_is_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    (tmp_path / "ok.txt").write_text(PAGE, encoding="utf-8")
    code, out, _ = run("clean", str(tmp_path), "--format", "jsonl")
    got = records(out)
    assert code == 1
    assert [r["id"] for r in got] == ["blob.txt", "ok.txt"]
    assert "binary" in got[0]["error"]
    assert got[1]["text"] == BODY


def test_one_huge_line_is_cleaned_not_hung(tmp_path: Path) -> None:
    page = tmp_path / "line.txt"
    page.write_text("word " * 1_000_000 + "\n\nShare", encoding="utf-8")
    code, out, _ = run("clean", str(page), "--format", "jsonl")
    (record,) = records(out)
    assert code == 0 and record["error"] is None
    assert len(record["text"]) == len("word " * 1_000_000) - 1


def test_stdin_text_and_jsonl() -> None:
    code, out, _ = run("clean", "-", stdin=PAGE.encode())
    assert code == 0 and out.strip() == BODY
    stdin = orjson.dumps({"id": "x", "text": PAGE}) + b"\n"
    code, out, _ = run("clean", "-", "--format", "jsonl", stdin=stdin)
    assert records(out)[0]["id"] == "x"


def test_explain_shows_rule_and_reason(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    code, out, _ = run("clean", str(page), "--explain")
    assert code == 0
    assert "- Share this article" in out
    assert "social.share" in out
    assert f"  {BODY.splitlines()[0]}" in out


def test_explain_shows_a_pattern_rule_refused_on_prose(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "greedy.py").write_text(
        'from cleaner.rule_api import Family, line\n'
        'family = Family("greedy")\n'
        'rules = [line("promo", r".*council.*", why="anything about the council", name="council")]\n',
        encoding="utf-8",
    )
    page = tmp_path / "page.txt"
    page.write_text("The council approved the new budget on Tuesday after a debate of four hours.", encoding="utf-8")
    code, out, _ = run("clean", str(page), "--rules", str(rules), "--explain")
    assert code == 0
    assert "held back greedy.council" in out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("clean", str(tmp_path / "missing.txt"))[0] == 2
    assert run("clean", "--keep", "nonsense", "-")[0] == 2
    assert run("clean")[0] == 2


def test_help_teaches_the_inputs_and_examples() -> None:
    code, out, _ = run("clean", "--help")
    assert code == 0
    for needle in (".jsonl", "--explain", "--keep", "Exit status", "Examples", "--learn", "duplicate_of"):
        assert needle in out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX process spawning")
def test_module_entry_point_runs() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "cleaner", "--version"], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr


def site_batch(tmp_path: Path, pages: int = 6) -> Path:
    """Pages of one site sharing a footer line no family rule knows, each with its own body."""
    subjects = ["ferries", "trawlers", "yachts", "tugboats", "barges", "kayaks", "schooners", "dinghies"]
    lines = []
    for n, subject in enumerate(subjects[:pages]):
        body = (
            f"The harbour authority approved new berths for {subject} after a long dispute with the "
            f"town council, officials said.\n\nWork on the {subject} quay will start in spring, according to the plan."
        )
        text = f"{body}\n\nHarbour Gazette is produced by the Gazette cooperative of fishing towns"
        lines.append(orjson.dumps({"id": f"p{n}", "url": f"https://www.gazette.example.org/{n}", "text": text}))
    source = tmp_path / "site.jsonl"
    source.write_bytes(b"\n".join(lines))
    return source


def test_learned_boilerplate_is_removed_from_every_page(tmp_path: Path) -> None:
    source = site_batch(tmp_path)
    code, out, err = run("clean", str(source), "--format", "jsonl")
    got = records(out)
    assert code == 0 and "learned 1 boilerplate line on 1 site from 6 documents" in err
    assert all("Harbour Gazette" not in r["text"] and "harbour authority approved" in r["text"] for r in got)
    assert all(any(x["category"] == "boilerplate" for x in r["removed"]) for r in got)
    code, out, _ = run("clean", str(source), "--format", "jsonl", "--no-learn")
    assert all("Harbour Gazette" in r["text"] for r in records(out))


def test_boilerplate_table_is_saved_and_reused(tmp_path: Path) -> None:
    source, table = site_batch(tmp_path), tmp_path / "table.json"
    run("clean", str(source), "--format", "jsonl", "--boilerplate", str(table))
    saved = orjson.loads(table.read_bytes())["sites"]["example.org"]["lines"]
    assert saved and all(line["example"] for line in saved)  # a saved table shows its lines
    single = tmp_path / "one.jsonl"
    single.write_bytes(source.read_bytes().splitlines()[0])
    code, out, _ = run("clean", str(single), "--format", "jsonl", "--boilerplate", str(table))
    assert code == 0 and "Harbour Gazette" not in records(out)[0]["text"]


def test_learn_prints_a_rule_module_that_loads(tmp_path: Path) -> None:
    module = tmp_path / "rules" / "gazette.py"
    module.parent.mkdir()
    code, _, _ = run("learn", str(site_batch(tmp_path)), "--site", "example.org", "-o", str(module))
    assert code == 0
    assert "Harbour Gazette is produced" in module.read_text(encoding="utf-8")
    code, _, err = run("learn", str(site_batch(tmp_path)), "--site", "nowhere.test")
    assert code == 2 and "example.org" in err


def test_duplicate_stories_are_marked_or_dropped() -> None:
    seeds = sorted(str(p) for p in Path("corpus/seeds").glob("*.txt"))
    code, out, _ = run("clean", *seeds, "--format", "jsonl")
    by_id = {Path(r["id"]).stem[:3]: r for r in records(out)}
    assert code == 0
    assert Path(by_id["002"]["metadata"]["duplicate_of"]).stem.startswith("001")
    assert Path(by_id["004"]["metadata"]["duplicate_of"]).stem.startswith("003")
    assert "duplicate_of" not in by_id["000"]["metadata"]
    code, out, _ = run("clean", *seeds, "--format", "jsonl", "--drop-duplicates")
    skipped = [r for r in records(out) if r.get("skipped")]
    assert len(records(out)) == 5 and len(skipped) == 2 and all("text" not in r for r in skipped)


def test_a_50_mb_document_is_one_cleaned_record(tmp_path: Path) -> None:
    page = tmp_path / "huge.txt"
    with page.open("w", encoding="utf-8") as stream:
        for _ in range(50_000_000 // (len(PAGE) + 2)):
            stream.write(PAGE + "\n\n")
    code, out, _ = run("clean", str(page), "--format", "jsonl", "--no-learn", "--no-duplicates")
    (record,) = records(out)
    assert code == 0 and record["error"] is None
    assert record["text"].startswith(BODY)
