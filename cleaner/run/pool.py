"""Clean a stream of records, in one process or over a pool, always one output per input, in order.

A document that fails for any reason becomes an error record that keeps its input; the batch
never stops for one bad document. The pool is fed a bounded window of chunks, so memory stays
flat however long the stream is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache, partial
from itertools import islice
from typing import Any, TypeVar

from cleaner.documents.inputs import Record
from cleaner.engine.cleaner import Cleaner
from cleaner.evidence.boilerplate import BoilerplateTable, Observation, prepare_site_keys
from cleaner.evidence.near_duplicates import signature
from cleaner.run import crossdoc

try:
    import fcntl
except ImportError:  # not on Windows: pipes keep their size there
    fcntl = None  # type: ignore[assignment]

T = TypeVar("T")
ChunkTask = Callable[[Cleaner, list[Record]], list[T]]
"""Work on a chunk of records with a process's cleaner: one result per record, in order."""
OnDeath = Callable[[Cleaner, Record, BaseException], T]
"""The result for a record whose work could not be done (its worker died, or its task failed)."""

CHUNK_SIZE = 32
"""Documents per task sent to a worker: large enough to amortise pickling, small enough to stream."""
CHUNKS_IN_FLIGHT_PER_JOB = 4
"""How far reading may run ahead of writing; bounds memory at about jobs x 4 x 32 documents."""
PIPE_BYTES = 1 << 20
"""Capacity asked for the pool's pipes (Linux allows up to ``fs.pipe-max-size``, 1 MiB by
default), so that a chunk's records (about 70 KB) and its results (about 150 KB, with story
signatures) fit in the pipe instead of 64 KB."""


@dataclass(frozen=True)
class CleanerSpec:
    """What a worker process needs to build its own :class:`Cleaner` (cleaners are not pickled)."""

    rule_dirs: tuple[str, ...] = ()
    keep: frozenset[str] = frozenset()
    settings: tuple[tuple[str, Any], ...] = ()
    boilerplate: BoilerplateTable | None = field(default=None, compare=False)
    """Learned site boilerplate; it takes part in equality through ``boilerplate_digest``."""
    boilerplate_digest: str = ""

    def with_boilerplate(self, table: BoilerplateTable | None) -> CleanerSpec:
        return replace(self, boilerplate=table, boilerplate_digest=table.digest() if table else "")

    def build(self) -> Cleaner:
        cleaner = _rule_cleaner(self.rule_dirs, self.keep, self.settings)
        return cleaner if self.boilerplate is None else cleaner.with_boilerplate(self.boilerplate)


@lru_cache(maxsize=8)
def _rule_cleaner(rule_dirs: tuple[str, ...], keep: frozenset[str], settings: tuple[tuple[str, Any], ...]) -> Cleaner:
    """One cleaner per rule set in a process: loading and compiling the rules is the slow part of
    building one (0.1 s), so a batch's learning and cleaning passes share it, and worker processes
    forked after it was built inherit it instead of building their own."""
    return Cleaner(rule_dirs=rule_dirs, keep=keep, settings=dict(settings))


def clean_record(cleaner: Cleaner, record: Record, *, detail: bool = False) -> dict[str, Any]:
    """The output record for one input record: cleaned, or an error that keeps the input.

    ``detail`` adds what ``--explain`` shows: the refused removals and the cleaned source text.
    """
    output: dict[str, Any] = {"id": record.id, "url": record.url}
    if record.error is None:
        try:
            result = cleaner.clean(record.text, html=record.html, url=record.url, explain=detail)
        except Exception as problem:  # one bad document must never stop a batch
            record.error = f"cleaning failed: {type(problem).__name__}: {problem}"
        else:
            output.update(result.to_dict())
            output["error"] = None
            if detail:
                output["held"] = [asdict(held) for held in result.held]
                output["source"] = result.source
            warnings = record.warnings + result.warnings
            if warnings:
                output["warnings"] = warnings
            return output
    output.update({"text": record.text, "removed": [], "metadata": {}, "error": record.error})
    if record.html is not None:
        output["html"] = record.html
    if record.warnings:
        output["warnings"] = record.warnings
    return output


_worker_cleaner: Cleaner | None = None


def _start_worker(spec: CleanerSpec) -> None:
    global _worker_cleaner
    _worker_cleaner = spec.build()


def _in_worker(task: ChunkTask[T], records: list[Record]) -> list[T]:
    assert _worker_cleaner is not None, "worker started without a cleaner"
    return task(_worker_cleaner, records)


def clean_with_signature(cleaner: Cleaner, record: Record) -> dict[str, Any]:
    """:func:`clean_record`, plus the story signature that duplicate marking needs, computed here
    (in the worker) so the process that marks duplicates only looks them up."""
    output = clean_record(cleaner, record)
    if output.get("error") is None:
        output[crossdoc.SIGNATURE] = signature(output.get("text") or "")
    return output


def clean_chunk(cleaner: Cleaner, records: list[Record], signatures: bool = False) -> list[dict[str, Any]]:
    """Clean records in order, with their story signatures if asked (see :class:`BatchCleaner`)."""
    clean = clean_with_signature if signatures else clean_record
    return [clean(cleaner, record) for record in records]


def observe_chunk(cleaner: Cleaner, records: list[Record], examples: bool = True) -> list[Observation | None]:
    """What learning counts of each record, in order (see :meth:`BatchCleaner.observe`)."""
    return [crossdoc.observe(record, cleaner, examples=examples) for record in records]


@dataclass
class BatchCleaner:
    """Cleans records with ``jobs`` processes (1: in this process), yielding outputs in input order."""

    spec: CleanerSpec = field(default_factory=CleanerSpec)
    jobs: int = 1
    detail: bool = False
    """Add ``held`` and ``source`` to each output (for ``--explain``; runs in this process)."""
    scheduler: str | None = None
    """Address of a Dask scheduler: clean on that cluster instead of local processes."""
    signatures: bool = False
    """Add each output's story signature under :data:`cleaner.run.crossdoc.SIGNATURE`, for
    :func:`cleaner.run.crossdoc.mark_duplicates` (which removes it): the costly half of duplicate
    marking then runs in the workers."""

    def run(self, records: Iterable[Record]) -> Iterator[dict[str, Any]]:
        if self.scheduler is not None and not self.detail:
            from cleaner.run.dask_runner import clean_on_cluster  # Dask is an optional extra

            yield from clean_on_cluster(records, self.scheduler, self.spec, signatures=self.signatures)
            return
        if self.jobs <= 1 or self.detail:
            cleaner = self.spec.build()
            for record in records:
                yield clean_record(cleaner, record, detail=self.detail)
            return
        if self.spec.boilerplate is not None:
            prepare_site_keys()
        yield from self._pooled(records, partial(clean_chunk, signatures=self.signatures), _died_cleaning)

    def observe(self, records: Iterable[Record], *, examples: bool = True) -> Iterator[Observation | None]:
        """What learning counts of each record (:func:`cleaner.run.crossdoc.observe`), in order, computed
        where cleaning is (the pool or the cluster). The spec's cleaner only names sites; its table
        plays no part. ``examples=False`` when the table will not be saved (a lighter pass)."""
        if self.scheduler is not None:
            from cleaner.run.dask_runner import observe_on_cluster  # Dask is an optional extra

            return observe_on_cluster(records, self.scheduler, self.spec, examples=examples)
        if self.jobs <= 1:
            probe = self.spec.build()
            return (crossdoc.observe(record, probe, examples=examples) for record in records)
        prepare_site_keys()
        return self._pooled(records, partial(observe_chunk, examples=examples), _died_observing)

    def _pooled(self, records: Iterable[Record], task: ChunkTask[T], died: OnDeath[T]) -> Iterator[T]:
        """``task`` over chunks of ``records`` in ``jobs`` worker processes, results in input order,
        with a bounded window of chunks in flight.

        If a worker dies (killed, out of memory, a crash in a parser), every chunk in flight is
        retried alone in a fresh worker, and a chunk that kills that one too record by record, so
        only a record that kills its worker becomes ``died(cleaner, record, problem)``. Nothing
        runs in this process, which a record that kills workers would kill too; then a new pool
        takes the rest of the stream.
        """
        iterator = iter(records)
        while True:
            in_flight = yield from self._until_broken(iterator, task)
            if in_flight is None:
                return
            for chunk in in_flight:
                yield from self._alone(chunk, task, died)

    def _until_broken(
        self, iterator: Iterator[Record], task: ChunkTask[T]
    ) -> Generator[T, None, list[list[Record]] | None]:
        """Run the stream on one pool; returns None at its end, or the chunks in flight when a
        worker died."""
        window = self.jobs * CHUNKS_IN_FLIGHT_PER_JOB
        with _widened(ProcessPoolExecutor(self.jobs, initializer=_start_worker, initargs=(self.spec,))) as pool:
            pending: deque[tuple[list[Record], Future[list[T]]]] = deque()
            while True:
                while len(pending) < window:
                    chunk = list(islice(iterator, CHUNK_SIZE))
                    if not chunk:
                        break
                    try:
                        future = pool.submit(_in_worker, task, chunk)
                    except BrokenProcessPool:  # a worker died since the last result
                        return [*(waiting for waiting, _ in pending), chunk]
                    pending.append((chunk, future))
                if not pending:
                    return None
                try:
                    results = pending[0][1].result()
                except BrokenProcessPool:
                    return [waiting for waiting, _ in pending]
                pending.popleft()
                yield from results

    def _alone(self, chunk: list[Record], task: ChunkTask[T], died: OnDeath[T]) -> Iterator[T]:
        """A chunk that was in flight when a worker died, retried in a fresh worker of its own;
        if it kills that one too, each of its records is."""
        results = _in_fresh_worker(self.spec, task, chunk)
        if not isinstance(results, BrokenProcessPool):
            yield from results
            return
        for record in chunk:
            result = _in_fresh_worker(self.spec, task, [record])
            if isinstance(result, BrokenProcessPool):
                yield died(self.spec.build(), record, result)
            else:
                yield from result


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


def _died_cleaning(cleaner: Cleaner, record: Record, problem: BaseException) -> dict[str, Any]:
    record.error = f"this document killed the worker process cleaning it, also when tried alone: {problem}"
    return clean_record(cleaner, record)


def _died_observing(cleaner: Cleaner, record: Record, problem: BaseException) -> None:
    """A page that killed a worker, also alone, is not learned from (it is cleaned, or fails, later)."""
    return None
