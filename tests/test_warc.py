"""WARC input: only successful HTML responses become documents; every other record is counted."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner.documents.warc import WarcStats, decode, iter_warc

PAGE = "<html><body><article><p>Grüße aus Köln, where the council met on Tuesday.</p></article></body></html>"


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def write_warc(path: Path, gzip: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record("https://example.com/a", "request", payload=io.BytesIO(b""), http_headers=request)
        )
        _response(writer, "https://example.com/a", PAGE.encode("latin-1"), "text/html; charset=ISO-8859-1")
        _response(writer, "https://example.com/logo.png", b"\x89PNG\r\n", "image/png")
        _response(writer, "https://example.com/gone", b"<html>Not found</html>", "text/html", "404 Not Found")
        _response(writer, "https://example.com/b", PAGE.encode("utf-8"), "application/xhtml+xml")


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_only_html_responses_become_documents(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, gzip)
    stats = WarcStats()
    documents = list(iter_warc(path, stats))
    assert [d.url for d in documents] == ["https://example.com/a", "https://example.com/b"]
    assert all(d.id.startswith("<urn:uuid:") for d in documents)
    assert len({d.id for d in documents}) == 2
    assert all(d.html == PAGE for d in documents), "charset of the HTTP header must decode the payload"
    assert stats.documents == 2
    assert stats.skipped_by == {"warcinfo": 1, "request": 1, "not html": 1, "http 404": 1}
    assert stats.skipped == 4


def test_reads_from_an_open_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    with path.open("rb") as stream:
        assert len(list(iter_warc(stream))) == 2


def test_a_file_that_is_not_a_warc_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("these are notes, not an archive\n" * 3)
    with pytest.raises(ValueError, match=r"not a (readable )?WARC"):
        list(iter_warc(path))


def test_decoding_falls_back_from_header_to_meta_to_utf8() -> None:
    latin = "<meta charset='windows-1252'><p>café</p>".encode("cp1252")
    assert decode(latin, "text/html") == "<meta charset='windows-1252'><p>café</p>"
    assert decode("Köln".encode("latin-1"), "text/html; charset=latin-1") == "Köln"
    assert decode("Köln".encode(), "text/html; charset=no-such-charset") == "Köln"
    assert decode(b"caf\xe9", "text/html") == "caf\ufffd"
