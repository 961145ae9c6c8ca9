"""Every reader, on any bytes: one record per document it can delimit, never an exception.

Encoding problems (a Latin-1 byte, a byte-order mark) are replaced and flagged, as in text files.
"""

from __future__ import annotations

import codecs
import gzip
import io
from pathlib import Path

import orjson
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.documents.inputs import ReadStats, Record, read_file, read_stdin, sniff
from cleaner.run.cli import main

BODY = "The council approved the new budget on Tuesday after a debate that lasted more than four hours."
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def from_file(tmp_path: Path, name: str, data: bytes) -> list[Record]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(read_file(path, name, ReadStats()))


def from_stdin(data: bytes, kind: str = "auto") -> list[Record]:
    return list(read_stdin(io.BytesIO(data), ReadStats(), kind))


def delimited_lines(data: bytes) -> int:
    """Non-blank lines, a byte-order mark at the start ignored: the documents of a JSONL stream."""
    lines = data.removeprefix(codecs.BOM_UTF8).split(b"\n")
    return sum(1 for line in lines if line.strip())


# -- encoding ---------------------------------------------------------------------------------


def test_a_latin1_byte_in_a_jsonl_line_is_replaced_and_flagged(tmp_path: Path) -> None:
    line = orjson.dumps({"id": "a", "text": f"Caf\u00e9 {BODY}"}).replace("é".encode(), b"\xe9")
    (record,) = from_file(tmp_path, "pages.jsonl", line + b"\n")
    assert record.error is None
    assert record.text == f"Caf\ufffd {BODY}"
    assert record.warnings and "invalid UTF-8" in record.warnings[0]


def test_a_byte_order_mark_does_not_break_the_first_record(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + b"".join(orjson.dumps({"id": str(n), "text": BODY}) + b"\n" for n in range(2))
    records = from_file(tmp_path, "pages.jsonl", data)
    assert [(record.id, record.error) for record in records] == [("0", None), ("1", None)]
    assert [record.id for record in from_stdin(data)] == ["0", "1"]


def test_standard_input_kinds_are_sniffed_and_can_be_forced() -> None:
    assert sniff(b"  \n{\"text\": 1}") == "jsonl"
    assert sniff(b"<!DOCTYPE html><html>") == "html"
    assert sniff(b"WARC/1.0\r\n") == "warc"
    assert sniff(b"Just a story.") == "text"
    data = orjson.dumps({"id": "x", "text": BODY}) + b"\n"
    assert [record.text for record in from_stdin(data, "text")] == [data.decode()]
    assert [record.html for record in from_stdin(b"<p>a page</p>", "html")] == ["<p>a page</p>"]


def test_input_format_forces_jsonl_on_standard_input() -> None:
    data = b"\n\n" + orjson.dumps({"id": "x", "text": BODY}) + b"\n"
    result = CliRunner().invoke(main, ["clean", "-", "--format", "jsonl", "--input-format", "jsonl"], input=data)
    assert result.exit_code == 0
    assert [orjson.loads(line)["id"] for line in result.stdout.splitlines()] == ["x"]


# -- fuzz: every reader ------------------------------------------------------------------------

JSON_LINES = st.lists(
    st.one_of(
        st.builds(lambda text: orjson.dumps({"text": text}), st.text()),
        st.builds(orjson.dumps, st.one_of(st.integers(-(2**63), 2**63 - 1), st.lists(st.booleans()), st.none())),
        st.binary(max_size=80).map(lambda raw: raw.replace(b"\n", b" ")),
        st.just(b'{"text": "a\x00b"}'),
        st.just(b'{"text": "\x00'),
        st.just(codecs.BOM_UTF8 + b'{"text": "x"}'),
    ),
    max_size=12,
)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_fuzz_text_and_html_files(tmp_path: Path, data: bytes) -> None:
    for name in ("page.txt", "page.html"):
        (record,) = from_file(tmp_path, name, data)
        assert record.error is not None or (record.text if name.endswith("txt") else record.html) is not None


@FUZZ
@given(lines=JSON_LINES, newline=st.sampled_from([b"\n", b"\r\n"]))
def test_fuzz_jsonl_files(tmp_path: Path, lines: list[bytes], newline: bytes) -> None:
    data = newline.join(lines)
    records = from_file(tmp_path, "pages.jsonl", data)
    assert len(records) == delimited_lines(data)
    assert all(isinstance(record, Record) and record.id for record in records)


@FUZZ
@given(data=st.binary(max_size=1000), cut=st.integers(min_value=0, max_value=2000))
def test_fuzz_gzipped_and_truncated_files(tmp_path: Path, data: bytes, cut: int) -> None:
    packed = gzip.compress(data)[:cut]
    (record,) = from_file(tmp_path, "page.txt.gz", packed)
    assert record.error is not None or record.text is not None
    records = from_file(tmp_path, "pages.jsonl.gz", packed)
    assert all(record.id for record in records)


def warc(pages: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=False)
    for n in range(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = io.BytesIO(f"<html><body><p>{BODY} {n}</p></body></html>".encode())
        record = writer.create_warc_record(f"https://news.example/{n}", "response", payload=payload,
                                           http_headers=headers)
        writer.write_record(record)
    return stream.getvalue()


WARC = warc(3)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=len(WARC)), position=st.integers(0, len(WARC) - 1),
       byte=st.binary(min_size=1, max_size=3))
def test_fuzz_warc_with_bad_lengths_and_truncation(tmp_path: Path, cut: int, position: int, byte: bytes) -> None:
    lengths = WARC.replace(b"Content-Length: ", b"Content-Length: 9", 1)
    for data in (WARC[:cut], WARC[:position] + byte + WARC[position + len(byte):], lengths):
        records = from_file(tmp_path, "crawl.warc", data)
        errors = [index for index, record in enumerate(records) if record.error]
        assert errors in ([], [len(records) - 1])
        assert len(records) <= 4
        assert all(record.html is not None for record in records if not record.error)


@FUZZ
@given(data=st.one_of(st.binary(max_size=1500), JSON_LINES.map(b"\n".join), st.sampled_from([WARC, WARC[:700]])),
       packed=st.booleans())
def test_fuzz_standard_input(data: bytes, packed: bool) -> None:
    records = from_stdin(gzip.compress(data) if packed else data)
    kind = sniff(data)
    if kind == "jsonl":
        assert len(records) == delimited_lines(data)
    elif kind == "warc":
        assert all(record.error for record in records[3:])
    else:
        assert len(records) == 1
