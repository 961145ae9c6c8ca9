"""What cleaning returns: the kept text, every removal with its reason, and found metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cleaner.engine.blocks import Block


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed block: its offsets into the input, its text, and which rule took it and why."""

    start: int
    end: int
    text: str
    category: str
    rule: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        # Field by field: ``dataclasses.asdict`` deep-copies each value (5% of a batch).
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "rule": self.rule,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Held:
    """A removal the guard refused: the block stays, and rule authors can see why."""

    start: int
    end: int
    rule: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "rule": self.rule, "why": self.why}


@dataclass(slots=True)
class CleanResult:
    """The cleaned text, the removals (enough to restore or audit every cut) and the metadata."""

    text: str
    removed: list[Removal] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    held: list[Held] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str = ""
    """The text the offsets point into: the input text, or the text extracted from HTML."""
    blocks: list[Block] | None = field(default=None, repr=False, compare=False)
    """The kept blocks, numbered and spaced as ``segment(text)`` would cut ``text`` (offsets stay
    the source's): what a caller that reads the cleaned text's lines needs, without cutting it again
    (None in a result built by hand)."""
    keys: list[str] | None = field(default=None, repr=False, compare=False)
    """Each kept block's comparison key (:func:`cleaner.engine.blocks.normalize`), worked out once
    in cleaning, for a caller that compares the cleaned lines (None where ``blocks`` is)."""
