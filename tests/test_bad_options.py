"""No input and no option value ends in a traceback: an error record, or one line and exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from cleaner.documents import inputs
from cleaner.run.cli import main

BODY = "The council approved the new budget on Tuesday after a debate that lasted more than four hours."


def run(*args: str) -> tuple[int, str, str, BaseException | None]:
    result = CliRunner().invoke(main, list(args))
    unexpected = result.exception if not isinstance(result.exception, SystemExit) else None
    return result.exit_code, result.stdout, result.stderr, unexpected


def test_an_unreadable_subfolder_becomes_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "in" / "z.txt").write_text(BODY, encoding="utf-8")
    scandir = os.scandir

    def refuse(path: os.PathLike[str] | str) -> object:
        if Path(path).name == "locked":  # what a folder without read permission does (tests may run as root)
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", refuse)
    code, out, _, unexpected = run("clean", str(tmp_path / "in"), "--format", "jsonl", "--no-learn")
    assert unexpected is None
    assert code == 1
    got = [orjson.loads(line) for line in out.splitlines()]
    assert [record["id"] for record in got] == ["a.txt", "locked", "z.txt"]
    assert "Permission denied" in got[1]["error"]


@pytest.mark.parametrize("target", ["a-file/out.jsonl", "folder"])
def test_an_unwritable_output_is_a_usage_error(tmp_path: Path, target: str) -> None:
    (tmp_path / "page.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    code, _, err, unexpected = run(
        "clean", str(tmp_path / "page.txt"), "--format", "jsonl", "-o", str(tmp_path / target)
    )
    assert unexpected is None
    assert code == 2
    assert err.startswith("Error: -o ") and err.count("\n") == 1


@pytest.mark.parametrize(
    ("address", "said"),
    [("tcp://localhost", "not a scheduler address"), ("http://x:1", "not a scheduler address"),
     ("tcp://127.0.0.1:1", "no scheduler answers there")],
)
def test_a_bad_scheduler_address_fails_at_once(tmp_path: Path, address: str, said: str) -> None:
    pytest.importorskip("distributed")
    (tmp_path / "page.txt").write_text(BODY, encoding="utf-8")
    code, _, err, unexpected = run("clean", str(tmp_path / "page.txt"), "--scheduler", address)
    assert unexpected is None
    assert code == 2
    assert said in err and err.count("\n") == 1


def test_an_unwritable_boilerplate_file_or_learned_module_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    target = str(tmp_path / "a-file" / "table.json")
    code, _, err, unexpected = run("clean", str(tmp_path / "page.txt"), "--boilerplate", target)
    assert unexpected is None and code == 2 and err.startswith("Error: --boilerplate ")
    code, _, err, unexpected = run("learn", str(tmp_path / "page.txt"), "--site", "x.example", "-o", target)
    assert unexpected is None and code == 2 and err.startswith("Error: -o ")


def test_an_unwritable_report_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "out.jsonl").write_text('{"id": "a", "text": "x", "removed": [], "metadata": {}, "error": null}\n')
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    code, _, err, unexpected = run("report", str(tmp_path / "out.jsonl"), "-o", str(tmp_path / "a-file" / "r.html"))
    assert unexpected is None and code == 2 and err.startswith("Error: -o ")
