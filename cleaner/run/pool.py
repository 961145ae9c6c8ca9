"""The local runner: records cleaned in this process, or over a pool of worker processes.

A document that fails for any reason becomes an error record that keeps its input (see
:mod:`cleaner.run.tasks`); the batch never stops for one bad document, nor for a worker that dies.
"""

from __future__ import annotations

import gc
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TypeVar

from cleaner.documents.inputs import Record
from cleaner.run.runner import CHUNKS_IN_FLIGHT_PER_WORKER, chunked, windowed
from cleaner.run.tasks import ChunkTask, CleanerSpec, worker_cleaner

try:
    import fcntl
except ImportError:  # not on Windows: pipes keep their size there
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")
CHUNK_SIZE = 32
"""Documents per task sent to a worker: large enough to amortise pickling, small enough to stream."""
PIPE_BYTES = 1 << 20
"""Capacity asked for the pool's pipes (Linux allows up to ``fs.pipe-max-size``, 1 MiB by
default), so that a chunk's records (about 70 KB) and its results (about 150 KB, with story
signatures) fit in the pipe instead of 64 KB."""


@dataclass(frozen=True)
class LocalPool:
    """Runs tasks with ``jobs`` worker processes (1: in this process), results in input order."""

    spec: CleanerSpec = field(default_factory=CleanerSpec)
    jobs: int = 1

    def map(self, task: ChunkTask[T], records: Iterable[Record]) -> Iterator[T]:
        """See :class:`cleaner.run.runner.Runner`.

        If a worker dies (killed, out of memory, a crash in a parser), every chunk in flight is
        retried alone in a fresh worker, and a chunk that kills that one too record by record, so
        only a record that kills its worker becomes ``task.failed``. Nothing runs in this process,
        which a record that kills workers would kill too; then a new pool takes the rest of the
        stream.
        """
        if self.jobs <= 1:
            cleaner = worker_cleaner(self.spec)
            for record in records:
                yield from task.work(cleaner, [record])
            return
        task.warm_up(self.spec)
        chunks = chunked(records, CHUNK_SIZE)
        while True:
            in_flight = yield from self._until_broken(chunks, task)
            if not in_flight:
                return
            for chunk in in_flight:
                yield from self._alone(chunk, task)

    def _until_broken(
        self, chunks: Iterator[list[Record]], task: ChunkTask[T]
    ) -> Generator[T, None, list[list[Record]]]:
        """Run the stream on one pool; returns the chunks in flight when a worker died (none at
        the stream's end)."""
        with _widened(ProcessPoolExecutor(self.jobs, initializer=_start_worker, initargs=(self.spec,))) as pool:

            def submit(chunk: list[Record]) -> Future[list[T]]:
                return pool.submit(_in_worker, task, chunk)

            return (
                yield from windowed(
                    chunks, submit, _result, self.jobs * CHUNKS_IN_FLIGHT_PER_WORKER, stop=(BrokenProcessPool,)
                )
            )

    def _alone(self, chunk: list[Record], task: ChunkTask[T]) -> Iterator[T]:
        """A chunk that was in flight when a worker died, retried in a fresh worker of its own;
        if it kills that one too, each of its records is."""
        results = _in_fresh_worker(self.spec, task, chunk)
        if not isinstance(results, BrokenProcessPool):
            yield from results
            return
        for record in chunk:
            result = _in_fresh_worker(self.spec, task, [record])
            if isinstance(result, BrokenProcessPool):
                reason = f"this document killed the worker process cleaning it, also when tried alone: {result}"
                yield task.failed(record, reason)
            else:
                yield from result


def _result(chunk: list[Record], future: Future[list[T]]) -> list[T]:
    return future.result()


_worker_spec: CleanerSpec | None = None
"""The spec a pool worker process was started with: sent once, not with every chunk (a learned
table is large)."""


GEN0_THRESHOLD = 10_000
"""Allocations between two young-generation collections in a process that only cleans (Python's
default is 700). Cleaning frees almost everything it makes by reference counting, so the
collector's passes find little; at the default they took about 3% of cleaning's time."""


def _tune_collector() -> None:
    """In a worker: freeze every object made so far (the cleaner's rules, compiled patterns and
    phrase tables, which no collection would ever free) out of later collections, and collect the
    young generation every :data:`GEN0_THRESHOLD` allocations."""
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, older, oldest)


@contextmanager
def quiet_collector() -> Iterator[None]:
    """The collector tuned for cleaning (:func:`_tune_collector`) while the command runs, and set
    back as it was after it: a program that runs the command in its own process (a test) gets its
    collector back. Frozen here before the pool forks, the rules stay untouched in the workers'
    memory, which the collector would otherwise copy page by page. Not for the library's call."""
    threshold, froze = gc.get_threshold(), gc.get_freeze_count() == 0
    if froze:  # what the program froze itself stays as it set it
        gc.freeze()
    gc.set_threshold(GEN0_THRESHOLD, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if froze:
            gc.unfreeze()


def _start_worker(spec: CleanerSpec) -> None:
    global _worker_spec
    _worker_spec = spec
    worker_cleaner(spec)  # built before the first chunk arrives
    _tune_collector()  # a worker only cleans, for as long as the pool lives


def _in_worker(task: ChunkTask[T], records: list[Record]) -> list[T]:
    assert _worker_spec is not None, "worker started without a spec"
    return task(_worker_spec, records)


def _widened(pool: ProcessPoolExecutor) -> ProcessPoolExecutor:
    """``pool`` with room for a whole chunk in its task and result pipes.

    With 64 KB pipes a worker sending a chunk's results waits until this process has read part
    of them, and the thread that reads them needs the GIL, which the main thread holds while it
    marks duplicates: the worker stalls, and a core idles. Widening them halved the idle time of
    two cores (from 3.5% to 1.8% of it) and made a 30,000-document batch 2.8% faster (median of
    five pairs). Where a pipe cannot grow (not Linux, a lower system limit, a pool whose queues
    changed shape), it is left as it is.
    """
    resize = getattr(fcntl, "F_SETPIPE_SZ", None)
    for queue in (getattr(pool, "_call_queue", None), getattr(pool, "_result_queue", None)):
        reader = getattr(queue, "_reader", None)
        if resize is not None and reader is not None:
            with suppress(OSError):
                fcntl.fcntl(reader.fileno(), resize, PIPE_BYTES)
    return pool


def _in_fresh_worker(spec: CleanerSpec, task: ChunkTask[T], records: list[Record]) -> list[T] | BrokenProcessPool:
    """``task`` on ``records`` in a new worker process of its own: its results, or the failure."""
    with ProcessPoolExecutor(1, initializer=_start_worker, initargs=(spec,)) as pool:
        try:
            return pool.submit(_in_worker, task, records).result()
        except BrokenProcessPool as problem:
            return problem
