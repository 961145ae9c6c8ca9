"""A document as the report shows it: every line of the input in order, each kept, removed (with
its rule and reason) or kept though a rule wanted it (held), rebuilt from a JSONL output record.

Records carry the kept text and the removed blocks with their offsets into the input, not the
input itself (``source`` only comes with ``--explain``'s detail). The kept lines are put back
between the removed blocks by those offsets: each gap between two removed blocks has a known
length, and the kept lines are shared out so that the gaps are filled as the cleaner writes text
(see :func:`_share_out`). Where the input had several blank lines or trailing spaces in a row,
that room can hold a short kept line that really came later: the result is then a few lines off,
never a line lost or repeated.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from itertools import accumulate
from typing import Any


@dataclass(frozen=True, slots=True)
class Line:
    """One block of the input: its text, and the removal or refused removal it carries, if any."""

    text: str
    removal: dict[str, Any] | None = None
    """The output record's ``removed`` item (category, rule, reason) when the line was removed."""
    held: dict[str, Any] | None = None
    """The ``held`` item (rule, why) when a rule marked the line and the guard kept it."""


def document_lines(record: dict[str, Any]) -> list[Line]:
    """The input's lines in order, from ``source`` when the record has it, else rebuilt."""
    removed = sorted(_items(record.get("removed")), key=lambda item: item.get("start", 0))
    held = {item.get("start"): item for item in _items(record.get("held"))}
    source = record.get("source")
    if isinstance(source, str):
        placed = _from_source(source, removed)
    else:
        placed = _interleave(_kept_lines(record.get("text")), removed)
    return [
        Line(text, removal, None if removal is not None else held.get(start))
        for start, text, removal in placed
    ]


def _items(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _kept_lines(text: Any) -> list[tuple[str, bool]]:
    """The kept blocks, each with whether a blank line preceded it: cleaned text is the kept lines
    joined by two line breaks where the input had a blank line anywhere between them, else one."""
    lines: list[tuple[str, bool]] = []
    blank = False
    for line in text.split("\n") if isinstance(text, str) else []:
        if line.strip():
            lines.append((line, blank))
            blank = False
        else:
            blank = True
    return lines


def _from_source(source: str, removed: list[dict[str, Any]]) -> list[tuple[int, str, dict[str, Any] | None]]:
    """Split the input as the cleaner does (non-blank lines, trailing spaces cut)."""
    by_start = {item.get("start"): item for item in removed}
    placed = []
    position = 0
    for line in source.split("\n"):
        stripped = line.rstrip()
        if stripped:
            placed.append((position, stripped, by_start.get(position)))
        position += len(line) + 1
    return placed


def _interleave(
    kept: list[tuple[str, bool]], removed: list[dict[str, Any]]
) -> list[tuple[int, str, dict[str, Any] | None]]:
    """Kept lines and removed blocks in input order: the kept lines are shared out among the
    gaps between removed blocks (see :func:`_share_out`), each gap's lines packed from its start."""
    counts = _share_out(kept, removed)
    placed: list[tuple[int, str, dict[str, Any] | None]] = []
    position = 0
    lines = iter(kept)
    for gap, count in enumerate(counts):
        for _ in range(count):
            text, _blank = next(lines)
            placed.append((position, text, None))
            position += len(text) + 1
        if gap < len(removed):
            removal = removed[gap]
            start = int(removal.get("start") or 0)
            placed.append((start, removal["text"], removal))
            position = max(position, int(removal.get("end") or start)) + 1
    return placed


MAX_TABLE = 250_000
"""Gaps times kept lines past which the kept lines are packed into the earliest gaps that hold
them instead (a page of thousands of removed and kept lines)."""


def _share_out(kept: list[tuple[str, bool]], removed: list[dict[str, Any]]) -> list[int]:
    """How many kept lines go in each gap before, between and after the removed blocks.

    A gap's length is known from the removed blocks' offsets; the lines in it and the line breaks
    between them must fit. Blank lines and trailing spaces can leave room for a short line that
    belongs elsewhere, so the sharing chosen is the one where most gaps are filled exactly: by
    their lines, one line break between lines the text joins with one, two where it joins them
    with two, and one or two next to a removed block. Ties go to the earliest placement.

    Dynamic programming from the last gap back; for each gap, the lines that fit after a given
    first line end at an index that only grows with it, so the best of the later gaps' costs over
    that window is kept by a sliding minimum (a few operations per line and gap).
    """
    gaps = len(removed) + 1
    total = len(kept)
    early = _pack_early(kept, removed)
    reach = [0]  # reach[j]: characters of kept lines 0..j-1 and of the line breaks the text joins them with
    for index, (text, blank) in enumerate(kept):
        reach.append(reach[-1] + len(text) + (0 if index == 0 else 2 if blank else 1))
    bounds = [0] + [int(item.get("end") or 0) for item in removed]
    starts = [int(item.get("start") or 0) for item in removed]
    if gaps * (total + 1) > MAX_TABLE or _fills_exactly(early, kept, reach, bounds, starts):
        return early  # the earliest sharing, and no gap left with room to spare: nothing to choose
    unreachable = gaps + 1
    cost = [[unreachable] * (total + 1) for _ in range(gaps - 1)] + [[0] * (total + 1)]
    most = list(accumulate(early, initial=0))  # most[gap]: the most lines that fit before the gap
    share = [[total - first for first in range(total + 1)] for _ in range(gaps)]  # the last gap takes the rest
    for gap in range(gaps - 2, -1, -1):
        room = starts[gap] - bounds[gap]
        lead = 0 if gap == 0 else 1  # no line break before the document's first line
        later = cost[gap + 1]
        window: deque[int] = deque()  # ends of line runs that fit, their later costs increasing
        end = 0
        for first in range(most[gap] + 1):
            # No line in the gap: the line breaks between the removed blocks fill it.
            best = (unreachable if room < lead else 0 if room <= 2 * lead else 1) + later[first]
            best_count = 0
            if first < total:
                least = lead + 1  # fewest line breaks around the lines
                before = reach[first + 1] - len(kept[first][0])  # lines first..last-1 take reach[last] - before
                end = max(end, first)
                while end < total and reach[end + 1] - before <= room - least:
                    end += 1
                    while window and later[window[-1]] >= later[end]:
                        window.pop()
                    window.append(end)
                while window and window[0] <= first:
                    window.popleft()
                if window and 1 + later[window[0]] <= best:  # room to spare: blank lines or spaces
                    best, best_count = 1 + later[window[0]], window[0] - first
                last = end
                while last > first and reach[last] - before >= room - 2 * least:  # one or two line breaks each
                    if later[last] < best or (later[last] == best and last - first > best_count):
                        best, best_count = later[last], last - first
                    last -= 1
            cost[gap][first], share[gap][first] = best, best_count
    counts = []
    first = 0
    for gap in range(gaps):
        counts.append(share[gap][first])
        first += counts[-1]
    return counts


def _fills_exactly(
    counts: list[int], kept: list[tuple[str, bool]], reach: list[int], bounds: list[int], starts: list[int]
) -> bool:
    """Whether every gap but the last holds its lines with one or two line breaks around each
    (the test :func:`_share_out` scores a gap by)."""
    first = 0
    for gap, count in enumerate(counts[:-1]):
        lead = 0 if gap == 0 else 1
        least = lead + 1 if count else lead
        used = reach[first + count] - reach[first + 1] + len(kept[first][0]) if count else 0
        if not 0 <= starts[gap] - bounds[gap] - used - least <= least:
            return False
        first += count
    return True


def _pack_early(kept: list[tuple[str, bool]], removed: list[dict[str, Any]]) -> list[int]:
    """Each gap takes the kept lines that fit in it, a line break each, in order."""
    counts = []
    position = 0
    index = 0
    for removal in removed:
        count = 0
        while index < len(kept) and position + len(kept[index][0]) < int(removal.get("start") or 0):
            position += len(kept[index][0]) + 1
            index += 1
            count += 1
        counts.append(count)
        position = max(position, int(removal.get("end") or 0)) + 1
    counts.append(len(kept) - index)
    return counts
