"""WARC in: every HTML page a crawler fetched becomes one document, the rest is counted.

Web archives hold requests, metadata, redirects and images next to the pages; only ``response``
records whose HTTP answer is a successful HTML page carry an article. Everything else is skipped
and counted by kind, so a run's summary can say what it passed over and why.
"""

from __future__ import annotations

import codecs
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import regex

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

_HEADER_CHARSET = regex.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", regex.IGNORECASE)
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WarcDocument:
    """One HTML page: ``id`` is the WARC-Record-ID, ``url`` the WARC-Target-URI."""

    id: str
    url: str | None
    html: str


@dataclass
class WarcStats:
    """What a pass over a WARC file yielded and skipped; complete once iteration has ended."""

    documents: int = 0
    skipped_by: Counter[str] = field(default_factory=Counter)
    """Skipped records by reason: ``request``, ``warcinfo``, ``not html``, ``http 404``, ..."""

    @property
    def skipped(self) -> int:
        return sum(self.skipped_by.values())


def iter_warc(source: str | Path | BinaryIO, stats: WarcStats | None = None) -> Iterator[WarcDocument]:
    """Yield each successful HTML ``response`` record of a ``.warc`` or ``.warc.gz`` file as a document.

    ``source`` is a path or a binary file object. Pass a :class:`WarcStats` to learn what was
    yielded and skipped. A file that is not a WARC raises ``ValueError``.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stats = stats if stats is not None else WarcStats()
    if isinstance(source, str | Path):
        with open(source, "rb") as stream:
            yield from iter_warc(stream, stats)
        return
    try:
        for record in ArchiveIterator(source):
            if not record.format.startswith("warc"):
                raise ValueError(f"not a WARC file: found a record in {record.format!r} format")
            reason = _skip_reason(record)
            if reason:
                stats.skipped_by[reason] += 1
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            html = decode(record.content_stream().read(), content_type)
            stats.documents += 1
            yield WarcDocument(
                id=record.rec_headers.get_header("WARC-Record-ID") or "",
                url=record.rec_headers.get_header("WARC-Target-URI"),
                html=html,
            )
    except ArchiveLoadFailed as problem:
        raise ValueError(f"not a readable WARC file: {problem}") from problem


def _skip_reason(record: ArcWarcRecord) -> str | None:
    """Why a record carries no page, or None for an HTML page fetched successfully."""
    if record.rec_type != "response":
        return record.rec_type
    headers = record.http_headers
    if headers is None:
        return "no http"
    status = headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"http {status or 'unknown'}"
    media = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return None if media in HTML_TYPES else "not html"


def decode(payload: bytes, content_type: str) -> str:
    """The page as text: the charset the HTTP header names, else one a ``<meta>`` tag names near
    the top, else UTF-8; bytes that do not decode become U+FFFD rather than failing the page."""
    header = _HEADER_CHARSET.search(content_type)
    meta = _META_CHARSET.search(payload[:4096])
    for name in (header and header.group(1), meta and meta.group(1).decode("ascii", "replace")):
        if not name:
            continue
        try:
            codec = codecs.lookup(name)
        except LookupError:
            continue
        return payload.decode(codec.name, errors="replace")
    return payload.decode("utf-8", errors="replace")
