"""How a batch's steps are run: a :class:`Runner` maps a chunk task over a stream of records.

Two runners implement it: :class:`cleaner.run.pool.LocalPool` (this process, or local worker
processes) and :class:`cleaner.run.dask_runner.DaskCluster`. A step (learning, cleaning) is a
:class:`cleaner.run.tasks.ChunkTask` and does not know which runner runs it. Both runners hand
chunks out through :func:`windowed`, so reading never runs more than a bounded window ahead of
writing and memory stays flat however long the stream is.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import islice
from typing import Protocol, TypeVar

from cleaner.documents.inputs import Record
from cleaner.run.tasks import ChunkTask

T = TypeVar("T")
H = TypeVar("H")
CHUNKS_IN_FLIGHT_PER_WORKER = 4
"""How far reading may run ahead of writing: about workers x 4 chunks."""


class Runner(Protocol):
    """Runs a step over a stream of records."""

    def map(self, task: ChunkTask[T], records: Iterable[Record]) -> Iterator[T]:
        """``task`` over ``records``: one result per record, in input order. A record whose chunk
        could not be run becomes ``task.failed(record, reason)``: nothing is lost."""
        ...


def chunked(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    """``records`` in lists of ``size`` (the last one shorter), read as they are needed."""
    iterator = iter(records)
    return iter(lambda: list(islice(iterator, size)), [])


def windowed(
    chunks: Iterator[list[Record]],
    submit: Callable[[list[Record]], H],
    collect: Callable[[list[Record], H], list[T]],
    size: int,
    stop: tuple[type[BaseException], ...] = (),
) -> Generator[T, None, list[list[Record]]]:
    """Hand out ``chunks`` (``submit`` gives a handle, such as a future), keeping at most ``size``
    in flight, and yield each one's results (``collect``) in the order they were handed out.

    Returns, when ``chunks`` run out, an empty list; when ``submit`` or ``collect`` raises one of
    ``stop`` (the workers are gone), the chunks handed out or read whose results were not yielded,
    in order, for the caller to run elsewhere.
    """
    pending: deque[tuple[list[Record], H]] = deque()
    while True:
        while len(pending) < size:
            chunk = next(chunks, None)
            if chunk is None:
                break
            try:
                pending.append((chunk, submit(chunk)))
            except stop:
                return [*(waiting for waiting, _ in pending), chunk]
        if not pending:
            return []
        try:
            results = collect(*pending[0])
        except stop:
            return [waiting for waiting, _ in pending]
        pending.popleft()
        yield from results
