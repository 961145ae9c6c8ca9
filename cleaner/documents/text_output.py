"""Write cleaned text: one document to a file or standard output, many to a folder or with headers.

A folder gets one file per input document, whatever the ids: ids that map to the same name
(records without ids, repeated ids, ``story.txt`` beside ``story.html``) get ``~2``, ``~3``, ...
in input order, a name too long for a file system is shortened with a hash of it, and
``index.jsonl`` in the folder maps every document to its file. A document that could not be
cleaned gets a ``.error.txt`` file holding the reason instead of an empty text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit

import orjson
import regex

from cleaner.documents.inputs import INPUT_SUFFIXES

if TYPE_CHECKING:
    from cleaner.documents.output_record import OutputRecord

INDEX_NAME = "index.jsonl"
"""The folder's map from each document (in input order) to the file it was written to."""
MAX_NAME_BYTES = 200
"""Longest file name part kept as it is; file systems allow 255 bytes, and room is left for
the ``~N`` of a collision and the ``.error.txt`` of a failed document."""

_UNSAFE = regex.compile(r'[\x00-\x1f<>:"|?*\\]')


def label(record: OutputRecord) -> str:
    """What names a document to a reader: its id, or its URL when the id is a WARC record id."""
    return record.url if record.url and record.id.startswith("<urn:") else record.id


def file_stem(record: OutputRecord) -> PurePosixPath:
    """A safe relative path (without the ``.txt``) for a document: never absolute, never climbing
    out of the folder, no characters file systems refuse, no part longer than :data:`MAX_NAME_BYTES`."""
    name = label(record)
    if name == record.url:
        parts = urlsplit(name)
        name = (parts.netloc + (parts.path or "/")).rstrip("/") + ("_" + parts.query if parts.query else "")
    pieces = [_short(_UNSAFE.sub("_", piece)) for piece in name.split("/") if piece not in ("", ".", "..")]
    path = PurePosixPath(*pieces) if pieces else PurePosixPath("document")
    if path.suffix.lower() == ".gz":
        path = path.with_suffix("")
    if path.suffix.lower() in INPUT_SUFFIXES:
        path = path.with_suffix("")
    return path if path.name else path / "document"


def _short(piece: str) -> str:
    if len(piece.encode("utf-8")) <= MAX_NAME_BYTES:
        return piece
    digest = hashlib.sha256(piece.encode("utf-8")).hexdigest()[:16]
    head = piece.encode("utf-8")[: MAX_NAME_BYTES - 17].decode("utf-8", errors="ignore")
    return f"{head}-{digest}"


class FolderWriter:
    """Writes each document to its own file in ``folder`` and records where in ``index.jsonl``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._taken: set[str] = set()
        folder.mkdir(parents=True, exist_ok=True)
        self._index: TextIO = (folder / INDEX_NAME).open("w", encoding="utf-8")

    def write(self, record: OutputRecord, content: str) -> Path:
        """Write ``content`` (the document's text, or its explanation) to the document's file."""
        error = record.error
        stem = self._free(file_stem(record), ".error.txt" if error else ".txt")
        target = self.folder / stem
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content + "\n", encoding="utf-8")
        entry = {"id": record.id, "url": record.url, "file": stem, "error": error}
        self._index.write(orjson.dumps(entry).decode() + "\n")
        return target

    def _free(self, stem: PurePosixPath, suffix: str) -> str:
        """The first name not given to an earlier document of this run (case-insensitively, for
        file systems that ignore case): ``stem.txt``, then ``stem~2.txt``, ``stem~3.txt``, ..."""
        candidate, number = f"{stem}{suffix}", 1
        while candidate.lower() in self._taken:
            number += 1
            candidate = f"{stem}~{number}{suffix}"
        self._taken.add(candidate.lower())
        return candidate

    def close(self) -> None:
        self._index.close()


def plain(record: OutputRecord) -> str:
    """A document's cleaned text; for one that could not be cleaned, ``error:`` and why; for a
    duplicate left out (``--drop-duplicates``), ``skipped:`` and the document it repeats."""
    if record.error:
        return f"error: {record.error}"
    if record.skipped:
        return f"skipped: {record.skipped} {record.metadata.get(record.skipped)}"
    return record.text or ""


def write_text(
    outputs: Iterator[OutputRecord], output: str | None, echo: Any, render: Callable[[OutputRecord], str] = plain
) -> None:
    """One document: its text (as ``render`` makes it), to ``output`` or through ``echo``.
    Several: a folder of files (``output``), or the texts through ``echo`` under ``==> name <==``
    headers."""
    first = next(outputs, None)
    if first is None:
        return
    second = next(outputs, None)
    if second is None and (output is None or not Path(output).is_dir()):
        text = render(first)
        if output is None:
            echo(text)
        else:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            Path(output).write_text(text + "\n", encoding="utf-8")
        return
    records = _chain([first] if second is None else [first, second], outputs)
    if output is None:
        for record in records:
            echo(f"==> {label(record)} <==\n{render(record)}\n")
        return
    writer = FolderWriter(Path(output))
    try:
        for record in records:
            writer.write(record, render(record))
    finally:
        writer.close()


def _chain(head: list[OutputRecord], tail: Iterable[OutputRecord]) -> Iterator[OutputRecord]:
    yield from head
    yield from tail
