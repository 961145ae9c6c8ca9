"""The output record: what cleaning one input document gives, and the one place that says how it
is written as JSON (a JSONL line, a Dask bag item, a dataframe row).

A record is made once and never changed: duplicate marking, for instance, makes a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from cleaner.documents.inputs import Record
from cleaner.engine.result import CleanResult, Held, Removal

if TYPE_CHECKING:
    from cleaner.evidence.near_duplicates import Signature

FRAME_COLUMNS = ("id", "url", "text", "removed", "metadata", "error", "warnings")
"""The JSON fields a dataframe row holds (``warnings`` is None where there are none)."""
DUPLICATE = "duplicate_of"
"""The ``skipped`` reason of a document written in place of a duplicate (``--drop-duplicates``)."""


@dataclass(frozen=True, slots=True)
class OutputRecord:
    """One output per input document: cleaned, an error that keeps its input, or a skipped duplicate."""

    id: str
    url: str | None
    text: str | None
    """The cleaned text; an error record keeps the input text; None for a skipped duplicate."""
    removed: tuple[Removal, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)
    """Found metadata (title, date, author, ``duplicate_of``...); read it, never change it."""
    error: str | None = None
    html: str | None = None
    """The input HTML an error record keeps (a cleaned record does not repeat its input)."""
    warnings: tuple[str, ...] = ()
    held: tuple[Held, ...] | None = None
    """Refused removals, only when asked for (``--explain``), with ``source``."""
    source: str | None = None
    """The text the offsets point into (the input text or the text extracted from HTML), with ``held``."""
    skipped: str | None = None
    """Why the document was written without its text (:data:`DUPLICATE`)."""
    story: Signature | None = field(default=None, compare=False, repr=False)
    """The cleaned text's story signature, computed where it was cleaned so that duplicate marking
    only looks it up; never written."""

    @classmethod
    def cleaned(
        cls, record: Record, result: CleanResult, *, detail: bool = False, story: Signature | None = None
    ) -> OutputRecord:
        """``detail`` keeps what ``--explain`` shows: the refused removals and the cleaned source text."""
        return cls(
            record.id,
            record.url,
            result.text,
            tuple(result.removed),
            result.metadata,
            warnings=(*record.warnings, *result.warnings),
            held=tuple(result.held) if detail else None,
            source=result.source if detail else None,
            story=story,
        )

    @classmethod
    def failed(cls, record: Record, error: str) -> OutputRecord:
        """An error record: it keeps the input (text or HTML) so that nothing is lost."""
        return cls(record.id, record.url, record.text, error=error, html=record.html, warnings=tuple(record.warnings))

    def marked_duplicate(self, original: str, score: float, *, drop: bool) -> OutputRecord:
        """This record as a copy of the story of ``original`` (``score`` written to 3 decimals); with
        ``drop``, written without its text."""
        metadata = {**self.metadata, "duplicate_of": original, "duplicate_score": round(score, 3)}
        if drop:
            return OutputRecord(self.id, self.url, None, metadata=metadata, skipped=DUPLICATE)
        return replace(self, metadata=metadata)

    def to_json(self) -> dict[str, Any]:
        """The JSONL record: ``id``, ``url``, ``text``, ``removed``, ``metadata`` and ``error``, then
        ``held`` and ``source`` if asked for, ``html`` (error records) and ``warnings`` if any; a
        skipped duplicate is ``id``, ``url``, ``skipped`` and ``metadata``."""
        if self.skipped is not None:
            return {"id": self.id, "url": self.url, "skipped": self.skipped, "metadata": self.metadata}
        data: dict[str, Any] = {
            "id": self.id,
            "url": self.url,
            "text": self.text,
            "removed": [removal.to_dict() for removal in self.removed],
            "metadata": self.metadata,
            "error": self.error,
        }
        if self.held is not None:
            data["held"] = [held.to_dict() for held in self.held]
            data["source"] = self.source
        if self.html is not None:
            data["html"] = self.html
        if self.warnings:
            data["warnings"] = list(self.warnings)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OutputRecord:
        """A record as :meth:`to_json` wrote it (to replay a file's records, e.g. when resuming)."""
        held = data.get("held")
        return cls(
            data["id"],
            data.get("url"),
            data.get("text"),
            tuple(Removal(**removal) for removal in data.get("removed", ())),
            data.get("metadata") or {},
            error=data.get("error"),
            html=data.get("html"),
            warnings=tuple(data.get("warnings", ())),
            held=None if held is None else tuple(Held(**item) for item in held),
            source=data.get("source"),
            skipped=data.get("skipped"),
        )

    def frame_row(self) -> list[Any]:
        """The values of :data:`FRAME_COLUMNS`, as in the JSON record."""
        data = self.to_json()
        return [data.get(column) for column in FRAME_COLUMNS]

    def __reduce__(self) -> tuple[Callable[..., OutputRecord], tuple[Any, ...]]:
        """Workers send one per document: removals go as plain tuples, which pickle in C (a
        frozen dataclass's own state, or a ``__reduce__`` per removal, took twice as long)."""
        removed = tuple(
            (removal.start, removal.end, removal.text, removal.category, removal.rule, removal.reason)
            for removal in self.removed
        )
        fields = (self.metadata, self.error, self.html, self.warnings, self.held, self.source, self.skipped, self.story)
        return _unpickled, (self.id, self.url, self.text, removed, *fields)


def _unpickled(
    record_id: str, url: str | None, text: str | None, removed: tuple[tuple[Any, ...], ...], *fields: Any
) -> OutputRecord:
    return OutputRecord(record_id, url, text, tuple(Removal(*removal) for removal in removed), *fields)
