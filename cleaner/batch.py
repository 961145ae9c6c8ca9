"""Clean a stream of records, in one process or over a pool, always one output per input, in order.

A document that fails for any reason becomes an error record that keeps its input; the batch
never stops for one bad document. The pool is fed a bounded window of chunks, so memory stays
flat however long the stream is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from itertools import islice
from typing import Any

from cleaner.boilerplate import BoilerplateTable
from cleaner.engine import Cleaner
from cleaner.inputs import Record

CHUNK_SIZE = 32
"""Documents per task sent to a worker: large enough to amortise pickling, small enough to stream."""
CHUNKS_IN_FLIGHT_PER_JOB = 4
"""How far reading may run ahead of writing; bounds memory at about jobs x 4 x 32 documents."""


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
        return Cleaner(
            rule_dirs=self.rule_dirs, keep=self.keep, settings=dict(self.settings), boilerplate=self.boilerplate
        )


def clean_record(cleaner: Cleaner, record: Record, *, detail: bool = False) -> dict[str, Any]:
    """The output record for one input record: cleaned, or an error that keeps the input.

    ``detail`` adds what ``--explain`` shows: the refused removals and the cleaned source text.
    """
    output: dict[str, Any] = {"id": record.id, "url": record.url}
    if record.error is None:
        try:
            result = cleaner.clean(record.text, html=record.html, url=record.url)
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


def _clean_chunk(records: list[Record]) -> list[dict[str, Any]]:
    assert _worker_cleaner is not None, "worker started without a cleaner"
    return [clean_record(_worker_cleaner, record) for record in records]


@dataclass
class BatchCleaner:
    """Cleans records with ``jobs`` processes (1: in this process), yielding outputs in input order."""

    spec: CleanerSpec = field(default_factory=CleanerSpec)
    jobs: int = 1
    detail: bool = False
    """Add ``held`` and ``source`` to each output (for ``--explain``; runs in this process)."""
    scheduler: str | None = None
    """Address of a Dask scheduler: clean on that cluster instead of local processes."""

    def run(self, records: Iterable[Record]) -> Iterator[dict[str, Any]]:
        if self.scheduler is not None and not self.detail:
            from cleaner.dask import clean_on_cluster  # Dask is an optional extra

            yield from clean_on_cluster(records, self.scheduler, self.spec)
            return
        if self.jobs <= 1 or self.detail:
            cleaner = self.spec.build()
            for record in records:
                yield clean_record(cleaner, record, detail=self.detail)
            return
        yield from self._run_pool(records)

    def _run_pool(self, records: Iterable[Record]) -> Iterator[dict[str, Any]]:
        iterator = iter(records)
        window = self.jobs * CHUNKS_IN_FLIGHT_PER_JOB
        with ProcessPoolExecutor(self.jobs, initializer=_start_worker, initargs=(self.spec,)) as pool:
            pending: deque[tuple[list[Record], Future[list[dict[str, Any]]]]] = deque()
            while True:
                while len(pending) < window:
                    chunk = list(islice(iterator, CHUNK_SIZE))
                    if not chunk:
                        break
                    pending.append((chunk, pool.submit(_clean_chunk, chunk)))
                if not pending:
                    return
                chunk, future = pending.popleft()
                try:
                    yield from future.result()
                except BrokenProcessPool as problem:
                    yield from self._finish_in_process(chunk, pending, iterator, problem)
                    return

    def _finish_in_process(
        self,
        failed: list[Record],
        pending: deque[tuple[list[Record], Future[list[dict[str, Any]]]]],
        rest: Iterator[Record],
        problem: BaseException,
    ) -> Iterator[dict[str, Any]]:
        """A worker died (killed, out of memory): its chunk becomes error records, the rest goes on here."""
        for record in failed:
            record.error = f"worker process died while cleaning this chunk: {problem}"
        cleaner = self.spec.build()
        yield from (clean_record(cleaner, record) for record in failed)
        for chunk, _ in pending:
            yield from (clean_record(cleaner, record) for record in chunk)
        yield from (clean_record(cleaner, record) for record in rest)
