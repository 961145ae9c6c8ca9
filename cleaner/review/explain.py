"""Show a document as the cleaner saw it: kept lines plain, removed lines struck out with their
rule and reason, refused removals flagged, so a rule author sees every decision at a glance."""

from __future__ import annotations

from cleaner.documents.output_record import OutputRecord
from cleaner.engine.blocks import segment

_STRIKE, _DIM, _RED, _YELLOW, _RESET = "\x1b[9m", "\x1b[2m", "\x1b[31m", "\x1b[33m", "\x1b[0m"


def explain(record: OutputRecord, *, color: bool) -> str:
    """Render one cleaned record (with ``held`` and ``source``) against the text it came from."""
    removed = {removal.start: removal for removal in record.removed}
    held = {item.start: item for item in record.held or ()}
    lines = [f"== {record.id} =="]
    if record.error:
        lines.append(f"error: {record.error}")
        return "\n".join(lines)
    for block in segment(record.source or ""):
        removal = removed.get(block.start)
        if removal is None:
            lines.append(f"  {block.text}")
            if block.start in held:
                note = f"    ! held back {held[block.start].rule}: {held[block.start].why}"
                lines.append(_paint(note, _YELLOW, color))
            continue
        reason = f"    <- {removal.category} {removal.rule}: {removal.reason}"
        if color:
            lines.append(f"{_RED}- {_STRIKE}{block.text}{_RESET}")
            lines.append(_paint(reason, _DIM, color))
        else:
            lines.append(f"- {block.text}")
            lines.append(reason)
    return "\n".join(lines)


def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{_RESET}" if color else text
