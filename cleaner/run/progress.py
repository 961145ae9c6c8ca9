"""What a run tells its user on standard error while it works: a bar per pass (with a total and
an estimated time left once the learning pass has counted the documents), and numbers written
as people write them ("1 document", "21,639 removals")."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def bar(items: Iterable[T], *, enabled: bool, desc: str, total: int | None = None) -> Iterator[T]:
    """``items`` unchanged, counted on a progress bar when ``enabled``."""
    if not enabled:
        return iter(items)
    from tqdm import tqdm

    return iter(tqdm(items, desc=desc, total=total, unit="doc", file=sys.stderr, dynamic_ncols=True))


class Tally:
    """Counts the items that pass through :meth:`watch` (the documents of the learning pass)."""

    def __init__(self) -> None:
        self.count = 0

    def watch(self, items: Iterable[T]) -> Iterator[T]:
        for item in items:
            self.count += 1
            yield item


def count(number: int, noun: str, plural: str | None = None) -> str:
    """``1 document``, ``2 documents``, ``100,000 documents``."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def breakdown(counts: Counter[str]) -> str:
    """``request 3, http 404 2``: the most common first; an empty key reads ``none``."""
    return ", ".join(f"{key or 'none'} {value:,}" for key, value in counts.most_common())
