"""Check that a result accounts for every line of its source: kept text plus removals give it back."""

from __future__ import annotations

from cleaner.engine.blocks import join_blocks, segment
from cleaner.engine.result import CleanResult


def unaccounted(result: CleanResult) -> list[str]:
    """What does not add up in ``result`` (empty when all is well): each removal must be a whole
    line of ``result.source`` at its offsets, no line removed twice, and the lines left over,
    joined as cleaning joins them, must be ``result.text`` exactly."""
    blocks = segment(result.source)
    spans = {(block.start, block.end): index for index, block in enumerate(blocks)}
    removed = [False] * len(blocks)
    problems: list[str] = []
    for removal in result.removed:
        index = spans.get((removal.start, removal.end))
        if index is None or result.source[removal.start : removal.end] != removal.text:
            problems.append(f"removal at {removal.start}-{removal.end} is not a line of the source: {removal.text!r}")
        elif removed[index]:
            problems.append(f"line at {removal.start} removed twice")
        else:
            removed[index] = True
    rebuilt = join_blocks(blocks, [not gone for gone in removed])
    if rebuilt != result.text:
        problems.append("the source less its removals is not the cleaned text")
    return problems
