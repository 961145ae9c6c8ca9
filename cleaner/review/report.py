"""``cleaner report``: one self-contained HTML file showing what a batch removed and why.

The page is a static file: its data is embedded as JSON and drawn by an inline script, with no
server, network, external script or font, so it can be mailed, archived or opened from a CI job.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import orjson

from cleaner.review.report_data import PAGES, ReportData, gather

PLACEHOLDER = b"/*REPORT-DATA*/"


def build_report(output: Path, report: Path, *, pages: int = PAGES) -> ReportData:
    """Read the JSONL ``output`` of a run and write its report to ``report``."""
    data = gather(output, pages=pages)
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_bytes(render(data))
    return data


def render(data: ReportData) -> bytes:
    """The report page with ``data`` embedded; every ``<`` is escaped so no text can end the script."""
    template = files("cleaner.review").joinpath("report_template.html").read_bytes()
    payload = orjson.dumps(data.as_json()).replace(b"<", b"\\u003c")
    before, placeholder, after = template.partition(PLACEHOLDER)
    assert placeholder, "report template without its data placeholder"
    return before + payload + after
