"""Read a JSONL output file for the report: each line a record, or a problem saying what is wrong
with it (a line is reported by number, never a traceback, and the rest of the file still counts).
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson


@dataclass(frozen=True, slots=True)
class BadLine:
    """A line of the file that is not a cleaner output record, and why."""

    number: int
    problem: str

    def __str__(self) -> str:
        return f"line {self.number}: {self.problem}"


def read_output(path: Path, only: Container[int] | None = None) -> Iterator[tuple[int, dict[str, Any] | BadLine]]:
    """``(line number, record or what is wrong with the line)`` for every non-blank line of
    ``path`` in order, or for the lines numbered in ``only`` (the others are not parsed)."""
    with path.open("rb") as stream:
        for number, line in enumerate(stream, start=1):
            if (only is None or number in only) and line.strip():
                yield number, _parse(number, line)


def _parse(number: int, line: bytes) -> dict[str, Any] | BadLine:
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as problem:
        return BadLine(number, f"not JSON ({problem})")
    if not isinstance(record, dict):
        return BadLine(number, f"a JSON {type(record).__name__}, not a record object")
    problem = _shape_problem(record)
    return record if problem is None else BadLine(number, problem)


def _shape_problem(record: dict[str, Any]) -> str | None:
    """What makes a JSON object unusable as a cleaner output record, if anything."""
    if "id" not in record:
        return 'no "id": not a cleaner output record'
    for key, kind in (("text", str), ("error", str)):
        if record.get(key) is not None and not isinstance(record[key], kind):
            return f'"{key}" is not a string'
    removed = record.get("removed", [])
    if not isinstance(removed, list):
        return '"removed" is not a list'
    for item in removed:
        if not (isinstance(item, dict) and isinstance(item.get("text"), str) and isinstance(item.get("start"), int)):
            return '"removed" holds an item without "text" and "start"'
    if record.get("metadata") is not None and not isinstance(record["metadata"], dict):
        return '"metadata" is not an object'
    return None
