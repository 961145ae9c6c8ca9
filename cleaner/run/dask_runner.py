"""Clean on a Dask cluster: a bag or dataframe partition by partition, or a stream of records.

Dask is an optional extra (``pip install '.[dask]'``) and is imported only here, only when
used. Workers never receive a pickled :class:`Cleaner`: they get a :class:`CleanerSpec` and each
worker process builds its cleaner once, on first use (:func:`cleaner.run.tasks.worker_cleaner`),
and keeps it for every later task. Every output is exactly what
:func:`cleaner.run.tasks.clean_record` gives in one process, so a cluster run equals a local one
record for record.

Learned site boilerplate takes two passes, as in ``cleaner clean --learn``: first
:func:`learn_boilerplate` over the whole bag, then :func:`clean_bag` with a spec that carries the
table (``spec.with_boilerplate(table)``). The spec travels to each worker once, and the cache is
keyed on it (the table by its digest), so workers build one cleaner per table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from cleaner.documents.inputs import Record, record_from_json
from cleaner.documents.output_record import FRAME_COLUMNS, OutputRecord
from cleaner.run import crossdoc
from cleaner.run.runner import CHUNKS_IN_FLIGHT_PER_WORKER, chunked, windowed
from cleaner.run.tasks import ChunkTask, CleanerSpec, clean_chunk, observe_chunk, worker_cleaner

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas
    from distributed import Future

    from cleaner.evidence.boilerplate import BoilerplateTable, Observation

T = TypeVar("T")
LEARN_ROUND = 8
"""Partitions computed together in the learning pass: bounds what the client holds at once."""
CLUSTER_CHUNK_SIZE = 128
"""Documents per task of a stream sent to a cluster (``--scheduler``): a Dask task costs its
scheduler and client far more than a local pool's does, so it carries four times the local
chunk. On a two-worker LocalCluster, 10,000 documents ran at 1,050-1,136 docs/s with 32 a task,
1,353-1,391 with 128 and 1,444-1,490 with 256; at 128 a task that fails for good (its records
become error records) costs half as many as at 256."""


def clean_items(items: Iterable[dict[str, Any]], spec: CleanerSpec, prefix: str = "") -> list[dict[str, Any]]:
    """Clean input dicts (``text`` or ``html``, optional ``id`` and ``url``) with this worker's cleaner.

    An item without an ``id`` gets ``<prefix><position>``, as a JSONL line gets ``<file>:<line>``.
    """
    return [output.to_json() for output in _cleaned(items, spec, prefix)]


def _cleaned(items: Iterable[dict[str, Any]], spec: CleanerSpec, prefix: str) -> list[OutputRecord]:
    return clean_chunk(worker_cleaner(spec), [record_from_json(item, f"{prefix}{n}") for n, item in enumerate(items)])


def learn_boilerplate(bag: dask.bag.Bag, spec: CleanerSpec | None = None) -> BoilerplateTable:
    """The first pass: site boilerplate learned over the whole bag, exactly as ``--learn`` learns it.

    Workers observe the pages of their partitions (segmenting, fingerprinting: the costly part), a
    few partitions at a time, and one learner here counts what they saw: the learner is
    order-independent and its memory bounded, so the table equals the one-process one.
    """
    import dask

    shared = dask.delayed(spec or CleanerSpec(), pure=True)
    parts = bag.map_partitions(_observe_partition, spec=shared).to_delayed()
    return crossdoc.tally(in_rounds(parts))


def in_rounds(parts: list[Any]) -> Iterator[Any]:
    """The items of delayed partitions, in order, computed ``LEARN_ROUND`` partitions at a time."""
    import dask

    for start in range(0, len(parts), LEARN_ROUND):
        for observations in dask.compute(*parts[start : start + LEARN_ROUND]):
            yield from observations


def _observe_partition(items: Iterable[dict[str, Any]], spec: CleanerSpec) -> list[Observation | None]:
    return observe_chunk(worker_cleaner(spec), [record_from_json(item, "") for item in items])


def clean_bag(bag: dask.bag.Bag, spec: CleanerSpec | None = None) -> dask.bag.Bag:
    """A bag of output records, one per input dict and in the same order, cleaned on the workers.

    With learned boilerplate, pass ``spec.with_boilerplate(learn_boilerplate(bag))``.
    """
    import dask
    import dask.bag as db

    numbers = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    shared = dask.delayed(spec or CleanerSpec(), pure=True)  # one copy per worker, not one per task
    return bag.map_partitions(_clean_bag_partition, numbers, spec=shared)


def _clean_bag_partition(items: Iterable[dict[str, Any]], number: list[int], spec: CleanerSpec) -> list[dict[str, Any]]:
    return clean_items(items, spec, prefix=f"partition{number[0]}:")


def clean_dataframe(frame: dask.dataframe.DataFrame, spec: CleanerSpec | None = None) -> dask.dataframe.DataFrame:
    """A dataframe of :data:`FRAME_COLUMNS`, one row per input row (same index), cleaned on the workers.

    The input has a ``text`` or an ``html`` column, optionally ``id`` and ``url``; needs pandas
    (``dask[dataframe]``). ``removed`` and ``metadata`` hold the same lists and dicts as JSONL.
    """
    import dask
    import pandas as pd

    meta = pd.DataFrame({column: pd.Series(dtype=object) for column in FRAME_COLUMNS})
    shared = dask.delayed(spec or CleanerSpec(), pure=True)
    return frame.map_partitions(_clean_frame_partition, shared, meta=meta)


def _clean_frame_partition(
    part: pandas.DataFrame, spec: CleanerSpec, partition_info: dict[str, Any] | None = None
) -> pandas.DataFrame:
    import pandas as pd

    number = partition_info["number"] if partition_info else 0
    plain = part.astype(object).where(part.notna(), None)  # missing cells are None, never NaN
    rows = [output.frame_row() for output in _cleaned(plain.to_dict("records"), spec, f"partition{number}:")]
    return pd.DataFrame(rows, columns=list(FRAME_COLUMNS), index=part.index, dtype=object)


@dataclass(frozen=True)
class DaskCluster:
    """Runs tasks on the Dask cluster at ``address`` (``--scheduler``), results in input order.

    Like the local pool, it keeps a bounded window of chunks in flight (four per worker thread),
    so memory stays flat; a chunk whose task fails (a worker lost for good) becomes
    ``task.failed`` for each of its records: one result per record, always.
    """

    spec: CleanerSpec
    address: str

    def map(self, task: ChunkTask[T], records: Iterable[Record]) -> Iterator[T]:
        from distributed import Client

        def collect(chunk: list[Record], future: Future) -> list[T]:
            try:
                return future.result()
            except Exception as problem:  # the cluster's failure must not lose the chunk's records
                reason = f"cluster task failed: {type(problem).__name__}: {problem}"
                return [task.failed(record, reason) for record in chunk]

        with Client(self.address) as client:
            window = max(1, sum(client.nthreads().values())) * CHUNKS_IN_FLIGHT_PER_WORKER
            shared = client.scatter(self.spec, broadcast=True)  # a learned table goes to each worker once

            def submit(chunk: list[Record]) -> Future:
                return client.submit(task, shared, chunk, pure=False)

            yield from windowed(chunked(records, CLUSTER_CHUNK_SIZE), submit, collect, window)
