"""Cleaning on a real two-process Dask cluster equals cleaning in one process, record for record."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from click.testing import CliRunner
from readme import readme_section

from cleaner.documents.inputs import record_from_json
from cleaner.engine.cleaner import Cleaner
from cleaner.run import crossdoc
from cleaner.run.cli import main
from cleaner.run.tasks import CleanerSpec, clean_record

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from cleaner.run.dask_runner import clean_bag, clean_items, learn_boilerplate, worker_cleaner  # noqa: E402 - needs Dask

ROOT = Path(__file__).resolve().parent.parent
MENU = "Home\nWorld\nBusiness\nSports"
BRIEFING = "Harbour Gazette morning edition: tides, ships and weather for the coast"
"""A line every example.org page carries: learned as that site's boilerplate."""


def documents() -> list[dict[str, Any]]:
    """The corpus texts, plus generated pages: HTML, with URLs, and one that cannot be cleaned."""
    items: list[dict[str, Any]] = [
        {"id": path.relative_to(ROOT).as_posix(), "text": path.read_text(encoding="utf-8")}
        for path in sorted((ROOT / "corpus").rglob("*.txt"))
    ]
    for n in range(120):
        body = (
            f"The harbour authority said ship {n} would dock on Friday after a storm held it {n % 5 + 1} days.\n\n"
            f"Crews unloaded {n * 12} containers of grain, the port's director told reporters on the quay."
        )
        if n % 3 == 0:
            html = f"<html><body><nav>{MENU}</nav><article><p>{body.replace(chr(10) * 2, '</p><p>')}</p></article>"
            items.append({"id": f"gen{n}", "url": f"https://news.example.com/{n}", "html": html + "</body></html>"})
        else:
            text = f"{MENU}\n\n{body}\n\n{BRIEFING}\n\nShare this"
            items.append({"id": f"gen{n}", "url": f"https://example.org/{n}", "text": text})
    items.append({"id": "broken", "title": "neither text nor html"})
    return items


def single_process(items: list[dict[str, Any]], spec: CleanerSpec | None = None) -> list[dict[str, Any]]:
    cleaner = (spec or CleanerSpec()).build()
    return [clean_record(cleaner, record_from_json(item, "unused")).to_json() for item in items]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, host="127.0.0.1"
        ) as local,
        distributed.Client(local) as client,
    ):
        yield client


def test_bag_equals_single_process_with_one_cleaner_per_worker(cluster: Any) -> None:
    items = documents()
    got = clean_bag(db.from_sequence(items, npartitions=7)).compute()
    assert got == single_process(items)
    assert any(record["removed"] for record in got) and got[-1]["error"]
    built = cluster.run(lambda: worker_cleaner.cache_info().misses)
    assert sorted(built.values()) == [1, 1]  # two workers, seven partitions, one cleaner each


def test_two_pass_learned_boilerplate_equals_single_process(cluster: Any) -> None:
    items = documents()
    bag = db.from_sequence(items, npartitions=7)
    table = learn_boilerplate(bag)
    assert table.digest() == crossdoc.learn((record_from_json(item, "") for item in items), Cleaner()).digest()
    assert table.sites["example.org"].lines
    spec = CleanerSpec().with_boilerplate(table)
    got = clean_bag(bag, spec).compute()
    assert got == single_process(items, spec)
    learned = [removal for record in got for removal in record["removed"] if removal["category"] == "boilerplate"]
    assert {removal["text"] for removal in learned} == {BRIEFING}


def test_scheduler_option_equals_local_run(cluster: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleaner.run.dask_runner.CLUSTER_CHUNK_SIZE", 16)  # more chunks than the window holds
    source = tmp_path / "pages.jsonl"
    source.write_bytes(b"".join(orjson.dumps(item) + b"\n" for item in documents()))
    local = CliRunner().invoke(main, ["clean", str(source), "--format", "jsonl"])
    address = cluster.scheduler.address
    before = sum(cluster.run(lambda: worker_cleaner.cache_info().hits).values())
    remote = CliRunner().invoke(main, ["clean", str(source), "--format", "jsonl", "--scheduler", address])
    assert sum(cluster.run(lambda: worker_cleaner.cache_info().hits).values()) > before  # the workers cleaned
    assert remote.exit_code == local.exit_code == 1  # the broken record is an error record in both
    assert remote.stdout.splitlines() == local.stdout.splitlines()
    assert len(remote.stdout.splitlines()) == len(documents())


def test_dataframe_equals_single_process(cluster: Any) -> None:
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    from cleaner.run.dask_runner import FRAME_COLUMNS, clean_dataframe

    items = documents()[:-1]
    frame = dd.from_pandas(pd.DataFrame(items), npartitions=3)
    got = clean_dataframe(frame).compute()
    want = [{column: record.get(column) for column in FRAME_COLUMNS} for record in single_process(items)]
    assert got.to_dict("records") == want


def test_items_without_id_are_named_by_position() -> None:
    outputs = clean_items([{"text": "One line."}, {"text": "Two."}], CleanerSpec(), prefix="partition3:")
    assert [output["id"] for output in outputs] == ["partition3:0", "partition3:1"]


def test_docs_snippets_run_on_the_cluster(cluster: Any, tmp_path: Path) -> None:
    """The Dask part of "Clean a million pages" in the README, run as written."""
    section = readme_section("Clean a million pages")
    shell = [block for block in re.findall(r"```bash\n(.*?)```", section, re.S) if "--scheduler" in block]
    (python,) = re.findall(r"```python\n(.*?)```", section, re.S)
    items = documents()
    with gzip.open(tmp_path / "pages.jsonl.gz", "wb") as stream:
        stream.writelines(orjson.dumps(item) + b"\n" for item in items)
    env = {
        **os.environ,
        "DASK_SCHEDULER_ADDRESS": cluster.scheduler.address,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    local = CliRunner().invoke(main, ["clean", str(tmp_path / "pages.jsonl.gz"), "--format", "jsonl"])
    want = [orjson.loads(line) for line in local.stdout.splitlines()]
    assert any("duplicate_of" in record["metadata"] for record in want)

    subprocess.run([sys.executable, "-c", python], cwd=tmp_path, env=env, check=True, timeout=300)
    parts = sorted(tmp_path.glob("clean-*.jsonl"), key=lambda path: int(path.stem.split("-")[1]))
    assert len(parts) == 8
    joined = b"".join(part.read_bytes() for part in parts)  # as `cat clean-*.jsonl` joins them
    assert [orjson.loads(line) for line in joined.splitlines()] == want  # duplicate marks included

    (command,) = shell
    done = subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, timeout=300)
    assert done.returncode == 1, done.stderr  # the broken record
    remote = (tmp_path / "clean.jsonl").read_bytes()
    assert remote.decode().splitlines() == local.stdout.splitlines()
    assert len(remote.splitlines()) == len(items)


def test_scheduler_without_dask_is_a_usage_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import importlib.util

    real = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> Any:
        return None if name == "distributed" else real(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    (tmp_path / "page.txt").write_text("One line.", encoding="utf-8")
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "page.txt"), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "pip install '.[dask]' in cleaner's source folder" in result.output
