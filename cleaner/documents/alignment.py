"""Which lines of the visible text an extractor kept: its output aligned to the page's lines.

An extractor returns text, not positions. Its lines are, up to white space, runs of the page's
visible text (a paragraph, a heading, a list item, a table row), so each is looked up in the
visible text from where the previous one was found (then anywhere, for text an extractor moves,
such as a title); a line found in neither way counts the visible lines it contains whole, for
output that joins lines the page shows apart. A table row that trafilatura prints as
``| a | b |`` is looked up as its cells apart by a space, as the visible text has it. A visible
line is kept when at least half of its characters are covered.
"""

from __future__ import annotations

from collections.abc import Sequence

KEPT_SHARE = 0.5
"""Share of a visible line's characters the extractor's output must cover for the line to count as kept."""

_MARKERS = ("- ", "* ", "• ")


def kept_lines(lines: Sequence[str], extracted: str) -> list[bool]:
    """For each visible line (white space already collapsed), whether ``extracted`` keeps it."""
    joined = "\n".join(lines)
    starts: list[int] = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    covered = bytearray(len(joined) + 1)
    unfound: list[str] = []
    cursor = 0
    for raw in extracted.splitlines():
        piece = _table_row(" ".join(raw.split()))
        if not piece:
            continue
        found = _find(joined, piece, cursor)
        if found is None:
            unfound.append(piece)
            continue
        start, end = found
        covered[start:end] = b"\x01" * (end - start)
        cursor = end
    kept = [
        covered.count(1, start, start + len(line)) >= KEPT_SHARE * len(line)
        for line, start in zip(lines, starts, strict=True)
    ]
    if unfound:
        rest = "\n".join(unfound)
        kept = [was or (len(line) > 1 and line in rest) for was, line in zip(kept, lines, strict=True)]
    return kept


def _table_row(piece: str) -> str:
    """A table row as the visible text prints it (cells apart by a space); a Markdown rule row
    (``|---|---|``) is nothing."""
    if not piece.startswith("|"):
        return piece
    cells = [cell.strip() for cell in piece.strip("|").split("|")]
    return " ".join(cell for cell in cells if cell and set(cell) != {"-"})


def _find(joined: str, piece: str, cursor: int) -> tuple[int, int] | None:
    """Where ``piece`` (or the piece without a list or table marker) occurs, after ``cursor`` first."""
    candidates = [piece]
    for marker in _MARKERS:
        if piece.startswith(marker):
            candidates.append(piece[len(marker) :])
    for candidate in candidates:
        start = joined.find(candidate, cursor)
        if start < 0:  # then only before the cursor: the text after it was searched just now
            start = joined.find(candidate, 0, cursor + len(candidate) - 1)
        if start >= 0:
            return start, start + len(candidate)
    return None
