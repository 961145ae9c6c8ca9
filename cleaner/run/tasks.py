"""What a worker does to a chunk of records, whichever runner runs it (this process, a local
process pool or a Dask cluster; see :mod:`cleaner.run.runner`).

Workers never receive a pickled :class:`Cleaner`: they get a :class:`CleanerSpec` and each process
builds its cleaner once (:func:`worker_cleaner`) and keeps it for every later chunk. A task also
says what a record becomes when its chunk could not be run (its worker died, the cluster lost
it), so a runner never loses one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import Any, Generic, TypeVar

from cleaner.documents.inputs import Record
from cleaner.documents.output_record import OutputRecord
from cleaner.documents.sites import prepare_site_keys
from cleaner.engine.cleaner import Cleaner
from cleaner.evidence.boilerplate import BoilerplateTable, Observation
from cleaner.evidence.near_duplicates import signature
from cleaner.run import crossdoc

T = TypeVar("T")


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


@lru_cache(maxsize=8)
def worker_cleaner(spec: CleanerSpec) -> Cleaner:
    """The cleaner for ``spec`` in this process, built on first use and kept (the spec's table
    counts by its digest, so a process builds one cleaner per learned table)."""
    return spec.build()


def _nothing_to_warm_up(spec: CleanerSpec) -> None:
    return None


@dataclass(frozen=True)
class ChunkTask(Generic[T]):
    """A step of a batch as workers run it: one result per record of a chunk, in order."""

    work: Callable[[Cleaner, list[Record]], list[T]]
    failed: Callable[[Record, str], T]
    """The result for a record whose chunk could not be run, with the runner's reason."""
    warm_up: Callable[[CleanerSpec], None] = _nothing_to_warm_up
    """Loads, before a local pool forks its workers, what they all need, so that they share it."""

    def __call__(self, spec: CleanerSpec, records: list[Record]) -> list[T]:
        """Run on ``records`` with this process's cleaner for ``spec``."""
        return self.work(worker_cleaner(spec), records)


def cleaning(*, detail: bool = False, signatures: bool = False) -> ChunkTask[OutputRecord]:
    """Clean each record into its :class:`OutputRecord`. ``detail``: keep what ``--explain`` shows;
    ``signatures``: compute each cleaned text's story signature here, in the worker, so that
    :func:`cleaner.run.crossdoc.mark_duplicates` only looks it up."""
    return ChunkTask(partial(clean_chunk, detail=detail, signatures=signatures), OutputRecord.failed, _load_suffix_list)


def observing(*, examples: bool = True) -> ChunkTask[Observation | None]:
    """What learning counts of each record (:func:`cleaner.run.crossdoc.observe`); the spec's
    cleaner only names sites. ``examples=False`` when the table will not be saved (a lighter pass).
    A record whose chunk failed is not learned from (it is cleaned, or fails, later)."""
    return ChunkTask(partial(observe_chunk, examples=examples), _not_observed, _load_suffix_list)


def clean_record(cleaner: Cleaner, record: Record, *, detail: bool = False, story: bool = False) -> OutputRecord:
    """The output record for one input record: cleaned, or an error that keeps the input; one bad
    document never stops a batch. ``story``: with the cleaned text's story signature."""
    if record.error is not None:
        return OutputRecord.failed(record, record.error)
    try:
        result = cleaner.clean(record.text, html=record.html, url=record.url, explain=detail)
    except Exception as problem:  # one bad document must never stop a batch
        return OutputRecord.failed(record, f"cleaning failed: {type(problem).__name__}: {problem}")
    story_signature = signature(result.text, blocks=result.blocks, keys=result.keys) if story else None
    return OutputRecord.cleaned(record, result, detail=detail, story=story_signature)


def clean_chunk(
    cleaner: Cleaner, records: list[Record], *, detail: bool = False, signatures: bool = False
) -> list[OutputRecord]:
    return [clean_record(cleaner, record, detail=detail, story=signatures) for record in records]


def observe_chunk(cleaner: Cleaner, records: list[Record], *, examples: bool = True) -> list[Observation | None]:
    return [crossdoc.observe(record, cleaner, examples=examples) for record in records]


def _not_observed(record: Record, reason: str) -> None:
    return None


def _load_suffix_list(spec: CleanerSpec) -> None:
    """A page's site (its name, the key of learned boilerplate) is looked up in the suffix list."""
    prepare_site_keys()
