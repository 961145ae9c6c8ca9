"""Text output to a folder: one file per input document, whatever the ids, and an index of them."""

from __future__ import annotations

from pathlib import Path

import orjson
from click.testing import CliRunner

from cleaner.run.cli import main

BODY = "The council approved the new budget on Tuesday after a debate that lasted more than four hours."


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*args, "--no-learn"])
    return result.exit_code, result.stderr


def index(folder: Path) -> list[dict]:
    return [orjson.loads(line) for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines()]


def written(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8").strip()
        for path in folder.rglob("*.txt")
    }


def test_jsonl_without_ids_gets_a_file_per_record(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(orjson.dumps({"text": f"{BODY} {n}"}).decode() + "\n" for n in range(5)))
    code, _ = run("clean", str(source), "-o", str(tmp_path / "out"))
    assert code == 0
    files = written(tmp_path / "out")
    assert sorted(files.values()) == sorted(f"{BODY} {n}" for n in range(5))
    assert [entry["id"] for entry in index(tmp_path / "out")] == [f"{source.as_posix()}:{n}" for n in range(1, 6)]


def test_repeated_ids_and_same_stem_never_overwrite(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(f"{BODY} text", encoding="utf-8")
    (folder / "story.html").write_text(f"<html><body><article><p>{BODY} html</p></article></body></html>")
    (folder / "more.jsonl").write_text(
        "".join(orjson.dumps({"id": "same", "text": f"{BODY} {n}"}).decode() + "\n" for n in range(3))
    )
    code, _ = run("clean", str(folder), "-o", str(tmp_path / "out"))
    assert code == 0
    entries = index(tmp_path / "out")
    assert len(entries) == 5
    assert len({entry["file"] for entry in entries}) == 5
    assert [entry["file"] for entry in entries if entry["id"] == "same"] == ["same.txt", "same~2.txt", "same~3.txt"]
    files = written(tmp_path / "out")
    assert {files[entry["file"]] for entry in entries if entry["id"].startswith("story")} == {
        f"{BODY} text",
        f"{BODY} html",
    }


def test_a_300_character_id_is_shortened_with_a_hash(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    ids = ["x" * 300, "x" * 299 + "y"]
    source.write_text("".join(orjson.dumps({"id": i, "text": BODY}).decode() + "\n" for i in ids))
    code, _ = run("clean", str(source), "-o", str(tmp_path / "out"))
    assert code == 0
    names = [entry["file"] for entry in index(tmp_path / "out")]
    assert len(set(names)) == 2
    assert all(len(name.encode()) < 255 for name in names)
    assert all((tmp_path / "out" / name).read_text(encoding="utf-8").strip() == BODY for name in names)


def test_a_warc_record_is_named_and_headed_by_its_url(tmp_path: Path) -> None:
    from cleaner.documents.output_record import OutputRecord
    from cleaner.documents.text_output import file_stem, label

    record = OutputRecord("<urn:uuid:1234-abcd>", "https://news.example/world/story-1.html?page=2", "text")
    assert label(record) == record.url
    assert str(file_stem(record)) == "news.example/world/story-1.html_page=2"
    assert str(file_stem(OutputRecord("../../etc/passwd", None, "text"))) == "etc/passwd"


def test_html_results_separate_paragraphs_with_blank_lines_like_text_files() -> None:
    from cleaner import clean

    second = "Spending on schools will rise by 4.2 percent, the finance committee said in its final report."
    html = f"<html><body><article><p>{BODY}</p><p>{second}</p></article></body></html>"
    assert clean(html=html).text == f"{BODY}\n\n{second}"
    assert clean(f"{BODY}\n\n{second}").text == f"{BODY}\n\n{second}"


def test_a_dropped_duplicate_says_what_it_repeats(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(orjson.dumps({"id": i, "text": BODY}).decode() + "\n" for i in ("a", "b")))
    result = CliRunner().invoke(main, ["clean", str(source), "--no-learn", "--drop-duplicates"])
    assert result.exit_code == 0
    assert "==> b <==\nskipped: duplicate_of a\n" in result.stdout
