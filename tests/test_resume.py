"""Resuming a killed run: every input record in the output exactly once, never a torn record."""

from __future__ import annotations

import gzip
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from readme import readme_section

from cleaner.documents.inputs import Record
from cleaner.documents.output_record import OutputRecord
from cleaner.documents.outputs import ResumeError, done_ids, skip_done, write_jsonl
from cleaner.run.cli import main

NOISE = ("Share this article", "Home\nWorld\nBusiness", "Leave a Reply", "Advertisement")


def page(number: int) -> str:
    return (
        f"{NOISE[number % len(NOISE)]}\n\n"
        f"Story {number}: the council approved budget line {number} after a debate of {number % 7 + 2} hours.\n\n"
        f"Officials said item {number * 3} would be reviewed again next spring by the finance committee."
    )


def write_input(path: Path, count: int) -> list[str]:
    ids = [f"doc{n:05d}" for n in range(count)]
    with path.open("wb") as stream:
        for n, record_id in enumerate(ids):
            stream.write(orjson.dumps({"id": record_id, "text": page(n)}) + b"\n")
    return ids


def output_ids(path: Path) -> list[str]:
    return [orjson.loads(line)["id"] for line in path.read_bytes().splitlines()]


def test_killed_run_resumes_without_duplicates_or_losses(tmp_path: Path) -> None:
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    ids = write_input(source, 3000)
    lines = source.read_bytes().splitlines(keepends=True)
    output = ["--format", "jsonl", "-o", str(target), "--jobs", "2"]
    # The first run reads standard input and gets half the records, so it is surely killed midway.
    command = [sys.executable, "-m", "cleaner", "clean", "-", *output]
    run = subprocess.Popen(command, stdin=subprocess.PIPE, start_new_session=True, stderr=subprocess.DEVNULL)
    assert run.stdin is not None
    run.stdin.write(b"".join(lines[:1500]))
    run.stdin.flush()
    deadline = time.monotonic() + 120
    while not (target.exists() and target.read_bytes().count(b"\n") >= 500) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(run.pid, signal.SIGKILL)  # the whole group: the pool's workers die with it
    assert run.wait(timeout=60) == -signal.SIGKILL
    run.stdin.close()
    before = target.read_bytes().count(b"\n")
    assert 500 <= before < 1500
    with target.open("ab") as stream:  # a write the kill cut short
        stream.write(b'{"id":"doc99999","text":"half a rec')

    command = [sys.executable, "-m", "cleaner", "clean", str(source), *output, "--resume"]
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{before:,} records already done" in resumed.stderr
    assert f"{len(ids) - before:,} documents" in resumed.stderr
    assert output_ids(target) == ids


def test_partial_last_line_is_cut_and_ids_counted(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"id":"a","text":""}\n{"id":"b","text":""}\n{"id":"a","text":""}\n{"id":"c","te')
    done = done_ids(target)
    assert done == {"a": 2, "b": 1}
    assert target.read_bytes().endswith(b'{"id":"a","text":""}\n')


def test_skip_done_skips_each_written_id_as_often_as_written() -> None:
    records = [Record(record_id, text="x") for record_id in ("a", "b", "a", "a", "c")]
    done = Counter({"a": 2, "b": 1})
    assert [record.id for record in skip_done(records, done)] == ["a", "c"]
    assert not done  # the counter empties as the done prefix goes by


def test_output_that_is_not_cleaner_jsonl_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"not json\n")
    with pytest.raises(ResumeError):
        done_ids(target)
    source = tmp_path / "in.jsonl"
    write_input(source, 2)
    result = CliRunner().invoke(main, ["clean", str(source), "--format", "jsonl", "-o", str(target), "--resume"])
    assert result.exit_code == 2
    assert target.read_bytes() == b"not json\n"


@pytest.mark.parametrize("args", [["--format", "text", "-o", "out"], ["--format", "jsonl"]])
def test_resume_needs_a_jsonl_output_file(tmp_path: Path, args: list[str]) -> None:
    source = tmp_path / "in.jsonl"
    write_input(source, 1)
    result = CliRunner().invoke(main, ["clean", str(source), *args, "--resume"])
    assert result.exit_code == 2
    assert "--resume needs --format jsonl -o FILE" in result.output


def test_records_are_written_whole_in_groups(tmp_path: Path) -> None:
    """Lines go out in whole groups, so the file never holds part of a record between writes."""
    target = tmp_path / "out.jsonl"
    seen: list[bytes] = []

    def outputs() -> Iterator[OutputRecord]:
        for n in range(200):
            seen.append(target.read_bytes() if target.exists() else b"")
            yield OutputRecord(f"r{n}", None, "x" * n)

    write_jsonl(outputs(), str(target))
    assert all(snapshot.endswith(b"\n") or not snapshot for snapshot in seen)
    assert len({len(snapshot) for snapshot in seen}) > 2  # written as it went, not at the end
    assert output_ids(target) == [f"r{n}" for n in range(200)]


def test_docs_resume_commands_run_as_written(tmp_path: Path) -> None:
    """The first command block of "Clean a million pages" in the README, with a kill in between."""
    block = re.findall(r"```bash\n(.*?)```", readme_section("Clean a million pages"), re.S)[0]
    first, again = [line for line in block.splitlines() if line and not line.startswith("#")]
    assert again == f"{first} --resume"
    ids = write_input(tmp_path / "pages.jsonl", 300)
    with gzip.open(tmp_path / "pages.jsonl.gz", "wb") as stream:
        stream.write((tmp_path / "pages.jsonl").read_bytes())
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(["bash", "-c", first], cwd=tmp_path, env=env, check=True, capture_output=True, timeout=300)
    output = tmp_path / "clean.jsonl"
    complete = output.read_bytes()
    assert output_ids(output) == ids
    output.write_bytes(b"".join(complete.splitlines(keepends=True)[:123]) + b'{"id": "doc0012')  # killed here
    subprocess.run(["bash", "-c", again], cwd=tmp_path, env=env, check=True, capture_output=True, timeout=300)
    assert output.read_bytes() == complete


@pytest.mark.parametrize("drop", [[], ["--drop-duplicates"]])
def test_resumed_run_marks_duplicates_of_records_written_before_the_kill(tmp_path: Path, drop: list[str]) -> None:
    corpus = sorted((Path(__file__).resolve().parent.parent / "corpus").rglob("*.txt"), key=lambda p: p.stat().st_size)
    story, other = (path.read_text(encoding="utf-8") for path in corpus[-2:])
    rewrite = story.replace(" the ", " a ", 1)
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    pages = [("a", story), ("b", other), ("c", rewrite)]
    source.write_bytes(b"".join(orjson.dumps({"id": i, "text": t}) + b"\n" for i, t in pages))
    command = ["clean", str(source), "--format", "jsonl", "-o", str(target), *drop]
    assert CliRunner().invoke(main, command).exit_code == 0
    complete = target.read_bytes()
    assert b'"duplicate_of":"a"' in complete.splitlines()[2]  # c is a's story
    target.write_bytes(complete.splitlines(keepends=True)[0])  # killed after a
    assert CliRunner().invoke(main, [*command, "--resume"]).exit_code == 0
    assert target.read_bytes() == complete
