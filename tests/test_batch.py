"""The process pool: the same output as one process, learning and duplicates included, and no
record lost when a worker dies."""

from __future__ import annotations

import gc
import os
from collections.abc import Generator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

from cleaner.documents.inputs import Record
from cleaner.engine.cleaner import Cleaner
from cleaner.run.cli import main
from cleaner.run.pool import GEN0_THRESHOLD, PIPE_BYTES, LocalPool, _widened, quiet_collector
from cleaner.run.runner import chunked, windowed
from cleaner.run.tasks import ChunkTask, CleanerSpec

FOOTER = "Example Media Group prints every edition of this paper at its works on the harbour front."
"""A site's closing line that no rule names (a rights notice naming the site is its footer's):
only learning across the site's pages takes it."""
PROMO = "Get the Example Daily newsletter delivered to your inbox every single morning."
STORY = "\n\n".join(
    " ".join(
        f"Crew {n} repaired span {100 + n} and pier {200 + n} of the viaduct on road {300 + n} this week."
        for n in range(start, start + 20)
    )
    for start in (1, 21)
)
"""A wire story long enough to be paired (over 100 distinct content words)."""


def batch(tmp_path: Path) -> Path:
    """Pages of two sites sharing their site's chrome, and one story printed twice."""
    lines = []
    for n in range(12):
        site = "news.example.com" if n % 2 else "daily.example.org"
        body = "\n\n".join(
            f"Paragraph {k} of story {n}: the {k}th report from district {n * 7 + k} covers the vote on plan {n}."
            for k in range(4)
        )
        text = f"{PROMO}\n\n{body}\n\n{FOOTER}"
        lines.append({"id": f"page{n}", "url": f"https://{site}/story/{n}", "text": text})
    lines.append({"id": "wire1", "url": "https://one.example.net/a", "text": STORY})
    lines.append({"id": "wire2", "url": "https://two.example.net/b", "text": STORY})
    source = tmp_path / "batch.jsonl"
    source.write_bytes(b"\n".join(orjson.dumps(line) for line in lines))
    return source


def cleaned(source: Path, *options: str) -> list[dict]:
    result = CliRunner().invoke(main, ["clean", str(source), "--format", "jsonl", *options])
    assert result.exit_code == 0, result.stderr
    return [orjson.loads(line) for line in result.stdout.splitlines()]


def test_two_jobs_learn_and_mark_duplicates_exactly_as_one_process(tmp_path: Path) -> None:
    source = batch(tmp_path)
    one, two = cleaned(source, "--jobs", "1"), cleaned(source, "--jobs", "2")
    assert two == one
    assert any(r["category"] == "boilerplate" for r in one[0]["removed"]), "the site's chrome was learned"
    assert one[-1]["metadata"]["duplicate_of"] == "wire1"
    assert all("_story_signature" not in record for record in two)


_TEST_PROCESS = os.getpid()


def _dies_on_boom(cleaner: Cleaner, records: list[Record]) -> list[str]:
    """Kills the worker process that gets record "boom"; this process must never be given it."""
    if any(record.id == "boom" for record in records):
        if os.getpid() == _TEST_PROCESS:
            raise AssertionError("the main process ran a record that kills workers")
        os._exit(1)
    return [record.id for record in records]


def _noted(record: Record, problem: str) -> str:
    return f"died:{record.id}"


DIES_ON_BOOM = ChunkTask(_dies_on_boom, _noted)


def test_a_worker_that_dies_costs_only_its_record_and_the_batch_goes_on() -> None:
    ids = [f"r{n}" for n in range(300)]
    ids[40] = ids[250] = "boom"
    records = [Record(id=name, text="x") for name in ids]
    got = list(LocalPool(jobs=2).map(DIES_ON_BOOM, records))
    assert got == [f"died:{name}" if name == "boom" else name for name in ids], "only the killers, in order"


def test_a_pool_found_broken_while_handing_out_a_chunk_loses_no_record(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker can die between two results; the next hand-out then fails, not a result."""
    handed_out = 0
    hand_out = ProcessPoolExecutor.submit

    def submit(pool: ProcessPoolExecutor, *args: object, **kwargs: object) -> object:
        nonlocal handed_out
        handed_out += 1
        if handed_out == 3:
            raise BrokenProcessPool("a worker died")
        return hand_out(pool, *args, **kwargs)

    monkeypatch.setattr(ProcessPoolExecutor, "submit", submit)
    ids = [f"r{n}" for n in range(200)]
    got = list(LocalPool(jobs=2).map(DIES_ON_BOOM, [Record(id=name, text="x") for name in ids]))
    assert got == ids, "every record once, in order, none marked dead"


def _collector(cleaner: Cleaner, records: list[Record]) -> list[tuple[int, int, bool]]:
    """The process's young-generation threshold and frozen objects, and whether it is a worker."""
    return [(gc.get_threshold()[0], gc.get_freeze_count(), os.getpid() != _TEST_PROCESS) for _ in records]


def test_workers_keep_their_loaded_rules_out_of_the_collector_and_this_process_untouched() -> None:
    """A worker's collector skips what it inherited and collects seldom; the process running the
    pool (a user's program, the tests) keeps the collector it set."""
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    task = ChunkTask(_collector, _noted)
    got = list(LocalPool(jobs=2).map(task, [Record(id=f"r{n}", text="x") for n in range(4)]))
    assert all(worker for _, _, worker in got)
    assert all(young == GEN0_THRESHOLD for young, _, _ in got), got
    assert all(held > 0 for _, held, _ in got), "the rules the worker inherited are frozen"
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, frozen)


def test_the_command_tunes_its_collector_while_it_runs_and_gives_it_back(tmp_path: Path) -> None:
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    with quiet_collector():
        assert gc.get_threshold()[0] == GEN0_THRESHOLD
        assert gc.get_freeze_count() > frozen, "what was built before the run is frozen"
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, frozen)
    assert cleaned(batch(tmp_path), "--jobs", "2")
    assert (gc.get_threshold(), gc.get_freeze_count()) == (threshold, frozen), "a run in this process gives it back"


def test_specs_of_one_rule_set_share_its_loaded_rules() -> None:
    from cleaner.evidence.boilerplate import BoilerplateLearner

    learner = BoilerplateLearner()
    for word in ("harbour", "orchard", "library", "stadium"):
        story = f"The {word} story of the day is told in full here, with every detail our reporter found."
        learner.add(f"{FOOTER}\n\n{story}", url=f"https://news.example.com/{word}")
    table = learner.table()
    plain = CleanerSpec(keep=frozenset({"ai_filler"}))
    learned = plain.with_boilerplate(table)
    first, second, with_table = plain.build(), plain.build(), learned.build()
    assert first is second, "the rule set is loaded once per process"
    assert with_table.modules is first.modules, "a learned table does not reload the rules"
    assert with_table.boilerplate is table and first.boilerplate is None, "the shared cleaner is not changed"
    page = f"The museum story of the day is told in full here, with every detail our reporter found.\n\n{FOOTER}"
    assert FOOTER in first.clean(page, url="https://news.example.com/museum").text
    assert FOOTER not in with_table.clean(page, url="https://news.example.com/museum").text


def test_the_pool_pipes_hold_a_whole_chunk_of_results() -> None:
    """Otherwise a worker stalls sending its results until this process reads them."""
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("pipe sizes are a Linux feature")
    with _widened(ProcessPoolExecutor(1)) as pool:
        for queue in (pool._call_queue, pool._result_queue):
            assert fcntl.fcntl(queue._reader.fileno(), fcntl.F_GETPIPE_SZ) >= min(PIPE_BYTES, _pipe_limit())


def _pipe_limit() -> int:
    return int(Path("/proc/sys/fs/pipe-max-size").read_text())


def test_the_window_keeps_at_most_its_size_in_flight_and_yields_in_order() -> None:
    handed_out: list[int] = []
    collected: list[int] = []

    def submit(chunk: list[Record]) -> int:
        handed_out.append(len(handed_out))
        assert len(handed_out) - len(collected) <= 3, "more than the window in flight"
        return handed_out[-1]

    def collect(chunk: list[Record], handle: int) -> list[str]:
        collected.append(handle)
        return [record.id for record in chunk]

    records = [Record(id=f"r{n}") for n in range(50)]
    got = yield_all(windowed(chunked(records, 4), submit, collect, 3))
    assert got == ([f"r{n}" for n in range(50)], [])
    assert collected == handed_out == list(range(13))


def test_the_window_hands_back_every_unfinished_chunk_when_its_workers_are_gone() -> None:
    def submit(chunk: list[Record]) -> str:
        if chunk[0].id == "r6":
            raise BrokenProcessPool("gone")
        return chunk[0].id

    def collect(chunk: list[Record], handle: str) -> list[str]:
        return [record.id for record in chunk]

    records = [Record(id=f"r{n}") for n in range(10)]
    results, unfinished = yield_all(windowed(chunked(records, 2), submit, collect, 2, stop=(BrokenProcessPool,)))
    assert results == ["r0", "r1", "r2", "r3"]
    assert [[record.id for record in chunk] for chunk in unfinished] == [["r4", "r5"], ["r6", "r7"]]


def yield_all(generator: Generator[str, None, list[list[Record]]]) -> tuple[list[str], list[list[Record]]]:
    """What a generator yields, and what it returns."""
    results: list[str] = []
    while True:
        try:
            results.append(next(generator))
        except StopIteration as stop:
            return results, stop.value
