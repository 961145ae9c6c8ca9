"""Write JSONL output as a stream that a crash cannot corrupt, and resume a run that was killed.

Each record is one complete line, and lines reach the file only in whole groups through a single
unbuffered write, so a killed run leaves complete records, at worst followed by part of one line
(a write the kernel cut short). Resuming reads the ids already written, drops such a partial last
line and appends; the caller skips the input records whose ids are done, so every input record ends
up in the file exactly once. Outputs are in input order, which makes the done records a prefix of
the input and the skip exact even when an id occurs more than once.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

import orjson

from cleaner.documents.inputs import Record
from cleaner.documents.output_record import OutputRecord

FLUSH_RECORDS = 64
"""Records per write: few system calls, and at most this many records to redo after a kill."""
FLUSH_BYTES = 1 << 20
"""Write early when the pending lines pass this size, so large documents do not pile up."""


class ResumeError(Exception):
    """The output file cannot be resumed safely (it is not cleaner JSONL)."""


def done_ids(path: Path) -> Counter[str]:
    """How often each id occurs in the complete lines of ``path``; a partial last line is cut off.

    The file is read line by line, so this costs memory for the ids only, never for the texts.
    """
    done: Counter[str] = Counter()
    if not path.exists():
        return done
    complete = 0
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.endswith(b"\n"):
                break
            try:
                record = orjson.loads(line)
                done[str(record["id"])] += 1
            except (orjson.JSONDecodeError, KeyError, TypeError) as problem:
                raise ResumeError(f"{path} line {number} is not a cleaner record ({problem}); not resuming") from None
            complete += len(line)
    if complete < path.stat().st_size:
        os.truncate(path, complete)
    return done


def skip_done(records: Iterable[Record], done: Counter[str]) -> Iterator[Record]:
    """The records not yet in the output: each done id is skipped as often as it was written."""
    for record in records:
        if done[record.id] > 0:
            done[record.id] -= 1
            if not done[record.id]:
                del done[record.id]  # the counter shrinks as the skipped prefix goes by
            continue
        yield record


def after_written(
    path: Path,
    stage: Callable[[Iterable[OutputRecord]], Iterator[OutputRecord]],
    outputs: Iterable[OutputRecord],
    written: int,
) -> Iterator[OutputRecord]:
    """Run an order-dependent stage (duplicate marking) over the new outputs as an uninterrupted
    run would: it first sees the records already in ``path`` again, and their results are dropped.

    ``stage`` must yield one record per record, in order; ``written`` is how many whole records
    ``path`` holds (:func:`done_ids` counted them).
    """
    replayed = islice(_read_records(path), written)  # never past them: new lines are appended meanwhile
    return islice(stage(chain(replayed, outputs)), written, None)


def _read_records(path: Path) -> Iterator[OutputRecord]:
    with path.open("rb") as stream:
        for line in stream:
            yield OutputRecord.from_json(orjson.loads(line))


def write_jsonl(outputs: Iterable[OutputRecord], output: str | None, *, append: bool = False) -> None:
    """Stream records as JSONL to ``output`` (appending when ``append``), or to standard output."""
    if output is None:
        sys.stdout.flush()
        _write_lines(outputs, sys.stdout.buffer)
        return
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab" if append else "wb", buffering=0) as stream:
        _write_lines(outputs, stream)


def _write_lines(outputs: Iterable[OutputRecord], stream: BinaryIO) -> None:
    pending: list[bytes] = []
    size = 0
    try:
        for record in outputs:
            line = orjson.dumps(record.to_json()) + b"\n"
            pending.append(line)
            size += len(line)
            if len(pending) >= FLUSH_RECORDS or size >= FLUSH_BYTES:
                _write_all(stream, b"".join(pending))
                pending, size = [], 0
    finally:  # on an exception or Ctrl-C, what is complete is still written
        if pending:
            _write_all(stream, b"".join(pending))
        stream.flush()


def _write_all(stream: BinaryIO, data: bytes) -> None:
    """One write for the whole group; an unbuffered stream may take less, so write the rest."""
    view = memoryview(data)
    while view:
        view = view[stream.write(view) :]
