"""Read documents from files, folders, JSONL and standard input as a stream of records.

Every input document becomes exactly one :class:`Record`. One that cannot be read (a malformed
JSONL line, a binary file, a record without ``text`` or ``html``) becomes a record carrying an
``error`` and whatever input there was, so the batch goes on and nothing goes missing.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

import orjson

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc",)
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES
"""Every file name ending cleaner reads (each also gzipped)."""
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Record:
    """One input document: its id, URL and ``text`` or ``html``; ``error`` when unreadable.
    Never changed once read (``dataclasses.replace`` makes a changed copy)."""

    id: str
    url: str | None = None
    text: str | None = None
    html: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    def __reduce__(self) -> tuple[type[Record], tuple[str, str | None, str | None, str | None, str | None, list[str]]]:
        """Every record goes to a worker: as a tuple of fields this pickles in a quarter of the time
        the frozen dataclass's own state does."""
        return Record, (self.id, self.url, self.text, self.html, self.error, self.warnings)


@dataclass(slots=True)
class ReadStats:
    """What the readers passed over, for the end-of-run summary."""

    skipped_files: Counter[str] = field(default_factory=Counter)
    """Files of no known kind in the folders read, by suffix (``.md``, ``.json``; ``""`` for none)."""
    skipped_records: Counter[str] = field(default_factory=Counter)
    """WARC records that carry no page, by reason (``request``, ``http 404``, ``not html``)."""


def kind_of(path: Path) -> str | None:
    """The input kind a file name says (``text``, ``html``, ``jsonl``, ``warc``), gzip or not."""
    name = path.name.lower().removesuffix(".gz")
    for kind, suffixes in (
        ("text", TEXT_SUFFIXES),
        ("html", HTML_SUFFIXES),
        ("jsonl", JSONL_SUFFIXES),
        ("warc", WARC_SUFFIXES),
    ):
        if name.endswith(suffixes):
            return kind
    return None


def read_inputs(paths: Iterable[str], stats: ReadStats, kind: str = "auto") -> Iterator[Record]:
    """Records from every path in order; folders are walked recursively (see :func:`walk`), and a
    folder that cannot be listed becomes one error record. ``kind`` (one of :data:`INPUT_FORMATS`)
    overrides what file names and the start of standard input say."""
    for raw in paths:
        if raw == "-":
            yield from read_stdin(sys.stdin.buffer, stats, kind)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in walk(path):
                if isinstance(child, Unreadable):
                    yield Record(_record_id(child.path, path), error=f"cannot read folder {child.path}: {child.why}")
                elif kind_of(child) is None:
                    stats.skipped_files[child.suffix.lower()] += 1
                else:
                    yield from read_file(child, _record_id(child, path), stats, kind)
        else:
            yield from read_file(path, path.as_posix(), stats, kind)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A folder the walk could not list (no permission, removed meanwhile), and why."""

    path: Path
    why: str


def walk(folder: Path) -> Iterator[Path | Unreadable]:
    """Files below ``folder``, depth first, each directory's entries in name order: a stable
    order (``--resume`` relies on it) that never holds more than one listing per level. A folder
    that cannot be listed is yielded as :class:`Unreadable`, and the walk goes on."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as problem:
        yield Unreadable(folder, problem.strerror or str(problem))
        return
    for entry in entries:
        if entry.is_dir():
            yield from walk(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def _record_id(path: Path, folder: Path) -> str:
    """A file's id: its path inside the folder read (the folder's own path if it is the folder)."""
    return path.relative_to(folder).as_posix() if path != folder else path.as_posix()


def read_file(path: Path, record_id: str, stats: ReadStats, kind: str = "auto") -> Iterator[Record]:
    """The records of one file, of ``kind`` or the kind its name says (text when it says none).

    A file that cannot be read, or whose reading fails part way (a truncated gzip, a WARC record
    with a bad length), ends in one error record after the documents read before the failure.
    """
    kind = (kind_of(path) or "text") if kind == "auto" else kind
    try:
        if kind == "jsonl":
            with _open_binary(path) as stream:
                yield from read_jsonl(stream, record_id)
            return
        if kind == "warc":
            with path.open("rb") as stream:
                yield from _read_warc(stream, stats)
            return
        data = _read_bytes(path)
    except Exception as problem:  # readers of corrupt files raise all kinds (zlib.error, IndexError)
        yield Record(record_id, error=f"cannot read {path}: {problem or type(problem).__name__}")
        return
    yield from _document(data, record_id, html=kind == "html")


def _read_warc(stream: BinaryIO, stats: ReadStats) -> Iterator[Record]:
    from cleaner.documents.warc import WarcStats, iter_warc

    warc_stats = WarcStats()
    try:
        for document in iter_warc(stream, warc_stats):
            yield Record(document.id, url=document.url, html=document.html)
    finally:
        stats.skipped_records.update(warc_stats.skipped_by)


def _document(data: bytes, record_id: str, *, html: bool) -> Iterator[Record]:
    if b"\x00" in data[:_SNIFF_BYTES]:
        yield Record(record_id, error="binary file (NUL bytes), not text; nothing was cleaned")
        return
    text, warnings = decode(data)
    if html:
        yield Record(record_id, html=text, warnings=warnings)
    else:
        yield Record(record_id, text=text, warnings=warnings)


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM); invalid bytes are replaced and the replacement is flagged."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as problem:
        text = data.decode("utf-8-sig", errors="replace")
        return text, [f"invalid UTF-8 at byte {problem.start}; undecodable bytes replaced with U+FFFD"]


def read_jsonl(stream: BinaryIO, source: str) -> Iterator[Record]:
    """One record per non-blank line: ``text`` or ``html``, optional ``id`` and ``url``. A
    byte-order mark is skipped; a line with bytes that are not UTF-8 is decoded with replacement
    and its record flagged in ``warnings``, as text files are."""
    for number, line in enumerate(stream, start=1):
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if not line.strip():
            continue
        fallback_id = f"{source}:{number}"
        warnings: list[str] = []
        try:
            item = orjson.loads(line)
        except orjson.JSONDecodeError:
            text, warnings = decode(line)
            try:
                item = orjson.loads(text)  # parses once bytes that are not UTF-8 are replaced, or is not JSON
            except orjson.JSONDecodeError as problem:
                error = f"line {number} is not valid JSON: {problem}"
                yield Record(fallback_id, text=text, error=error, warnings=warnings)
                continue
        record = record_from_json(item, fallback_id)
        yield replace(record, warnings=[*record.warnings, *warnings]) if warnings else record


def record_from_json(item: object, fallback_id: str) -> Record:
    """Validate one JSON object into a record; anything off becomes an error record."""
    if not isinstance(item, dict):
        return Record(fallback_id, error=f"expected a JSON object, got {type(item).__name__}")
    record_id = item.get("id", fallback_id)
    record_id = str(record_id) if record_id is not None else fallback_id
    url = item.get("url") if isinstance(item.get("url"), str) else None
    text, html = item.get("text"), item.get("html")
    if isinstance(text, str):
        return Record(record_id, url=url, text=text)
    if isinstance(html, str):
        return Record(record_id, url=url, html=html)
    return Record(record_id, url=url, error='record has neither a "text" nor an "html" string field')


INPUT_FORMATS = ("auto", "text", "html", "jsonl", "warc")
"""What ``--input-format`` accepts: ``auto`` goes by file name, and for standard input by its start."""


def sniff(head: bytes) -> str:
    """The kind of a stream from its first bytes (a byte-order mark and leading blanks skipped):
    ``jsonl`` when it starts with ``{``, ``warc`` with ``WARC/``, ``html`` with ``<!doctype`` or
    ``<html``, else ``text``."""
    head = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"WARC/"):
        return "warc"
    if head[:9].lower() == b"<!doctype" or head[:5].lower() == b"<html":
        return "html"
    return "text"


def read_stdin(stream: BinaryIO, stats: ReadStats, kind: str = "auto") -> Iterator[Record]:
    """Standard input, gzipped or not, as ``kind``; ``auto`` goes by :func:`sniff`."""
    buffered = io.BufferedReader(stream) if not isinstance(stream, io.BufferedReader) else stream
    try:
        if buffered.peek(2)[:2] == b"\x1f\x8b":
            buffered = io.BufferedReader(gzip.GzipFile(fileobj=buffered))  # type: ignore[arg-type]
        if kind == "auto":
            kind = sniff(buffered.peek(_SNIFF_BYTES)[:_SNIFF_BYTES])
        if kind == "jsonl":
            yield from read_jsonl(buffered, "stdin")
        elif kind == "warc":
            yield from _read_warc(buffered, stats)
        else:
            yield from _document(buffered.read(), "stdin", html=kind == "html")
    except Exception as problem:  # a corrupt stream (gzip, WARC) must not stop the run: see read_file
        yield Record("stdin", error=f"cannot read standard input: {problem or type(problem).__name__}")


def _open_binary(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _read_bytes(path: Path) -> bytes:
    with _open_binary(path) as stream:
        return stream.read()
