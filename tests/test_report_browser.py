"""The report of the corpus run, opened in headless Chromium: the overview, a rule page and a
document page must draw (the page marks <body> with data-rendered only when its script ran, and
with data-error on a script error), show the counts of the run, and log nothing to the console.

Skips where Chromium is not installed (CI installs Debian's ``chromium``). Screenshots are
written under the test's temporary folder for a person to look at.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed (apt-get install chromium)")


class Browser:
    """Headless Chromium runs, one per page load, with their console output on standard error."""

    def __init__(self, profile: Path) -> None:
        self.profile = profile

    def run(self, url: str, *extra: str) -> tuple[str, str]:
        command = [
            str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={self.profile}", "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=10000", *extra, url,
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        return done.stdout, done.stderr

    def dom(self, url: str) -> str:
        """The page's DOM after its script ran; fails on any console message (the page logs none)."""
        dom, log = self.run(url, "--dump-dom")
        console = [line for line in log.splitlines() if ":CONSOLE" in line]
        assert not console, f"console output on {url}: {console}"
        error = re.search(r'data-error="[^"]*"', dom)
        assert error is None, f"script error on {url}: {error.group(0) if error else ''}"
        return dom

    def screenshot(self, url: str, target: Path) -> None:
        self.run(url, f"--screenshot={target}", "--window-size=1280,1600", "--hide-scrollbars")
        assert target.stat().st_size > 10_000, "the screenshot is empty"


@pytest.fixture(scope="module")
def corpus_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    folder = tmp_path_factory.mktemp("report")
    output = folder / "corpus.jsonl"
    cleaner = [sys.executable, "-m", "cleaner"]
    subprocess.run([*cleaner, "clean", str(ROOT / "corpus"), "--format", "jsonl", "-o", str(output)],
                   check=True, capture_output=True)
    report = folder / "report.html"
    subprocess.run([*cleaner, "report", str(output), "-o", str(report)], check=True, capture_output=True)
    return report, [orjson.loads(line) for line in output.read_bytes().splitlines()]


@pytest.fixture
def browser(tmp_path: Path) -> Browser:
    return Browser(tmp_path / "profile")


def text_of(dom: str, element_id: str) -> str:
    found = re.search(rf'id="{element_id}"[^>]*>(.*?)</', dom, re.S)
    assert found, f"no #{element_id} on the page"
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1)))


def test_overview_shows_the_run(corpus_report: tuple[Path, list[dict]], browser: Browser, tmp_path: Path) -> None:
    report, records = corpus_report
    dom = browser.dom(report.as_uri())
    assert 'data-rendered="overview"' in dom
    assert text_of(dom, "total-documents") == f"{len(records):,}"
    assert text_of(dom, "total-removals") == f"{sum(len(r['removed']) for r in records):,}"
    assert text_of(dom, "total-kept") == f"{sum(len(r['text']) for r in records):,}"
    duplicates = sum("duplicate_of" in r["metadata"] for r in records)
    assert text_of(dom, "total-duplicates") == str(duplicates) and duplicates > 0
    browser.screenshot(report.as_uri(), tmp_path / "overview.png")


def test_rule_page_shows_what_the_rule_took(corpus_report: tuple[Path, list[dict]], browser: Browser,
                                            tmp_path: Path) -> None:
    report, records = corpus_report
    taken = [item for record in records for item in record["removed"] if item["rule"] == "navigation.menu_run"]
    rules = browser.dom(report.as_uri() + "#rules")
    index = re.search(r'<a href="#rule/(\d+)">navigation\.menu_run</a>', rules).group(1)
    url = f"{report.as_uri()}#rule/{index}"
    dom = browser.dom(url)
    assert 'data-rendered="rule"' in dom
    assert text_of(dom, "rule-blocks") == str(len(taken))
    samples = re.findall(r'<div class="sample"><div><del>(.*?)</del>', dom, re.S)
    assert samples and len(samples[0]) >= max(len(html.escape(s, quote=False)) for s in samples)
    assert html.unescape(samples[0]) == max((item["text"] for item in taken), key=len)
    browser.screenshot(url, tmp_path / "rule.png")


def test_document_page_strikes_out_what_was_removed(corpus_report: tuple[Path, list[dict]], browser: Browser,
                                                    tmp_path: Path) -> None:
    report, records = corpus_report
    document = max(range(len(records)), key=lambda n: len(records[n]["removed"]))
    url = f"{report.as_uri()}#doc/{document}"
    dom = browser.dom(url)
    assert 'data-rendered="doc"' in dom
    struck = [html.unescape(text) for text in re.findall(r'<div class="line removed"[^>]*><del>(.*?)</del>', dom, re.S)]
    assert struck == [item["text"] for item in records[document]["removed"]]
    kept = [html.unescape(text) for text in re.findall(r'<div class="line kept">(.*?)<span>', dom, re.S)]
    assert "\n".join(kept) == "\n".join(line for line in records[document]["text"].split("\n") if line.strip())
    assert 'id="next"' in dom and 'id="previous"' in dom
    browser.screenshot(url, tmp_path / "document.png")


def test_filters_narrow_the_document_list(corpus_report: tuple[Path, list[dict]], browser: Browser) -> None:
    report, records = corpus_report
    categories = sum(any(item["category"] == "ai_filler" for item in r["removed"]) for r in records)
    dom = browser.dom(report.as_uri() + "#docs?category=ai_filler")
    assert text_of(dom, "doc-count") == f"{categories} of {len(records)} documents"
    dom = browser.dom(report.as_uri() + "#docs?q=hegseth")
    hits = sum("hegseth" in (r["text"] + "".join(i["text"] for i in r["removed"])).lower() for r in records)
    assert text_of(dom, "doc-count").startswith(f"{hits} of ") and hits > 0


def test_error_records_and_bad_lines_are_shown(tmp_path: Path, browser: Browser) -> None:
    output = tmp_path / "out.jsonl"
    good = {"id": "ok", "url": "https://example.com/ok", "text": "Body.", "metadata": {}, "error": None,
            "removed": [{"start": 0, "end": 4, "text": "Menu", "category": "navigation", "rule": "navigation.menu_run",
                         "reason": "menu words"}]}
    failed = {"id": "bad", "url": None, "text": "<binary?>", "removed": [], "metadata": {},
              "error": "record has neither text nor html"}
    output.write_bytes(orjson.dumps(good) + b"\n{cut short\n" + orjson.dumps(failed) + b"\n")
    report = tmp_path / "report.html"
    done = subprocess.run([sys.executable, "-m", "cleaner", "report", str(output), "-o", str(report)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and "line 2: not JSON" in done.stderr
    dom = browser.dom(report.as_uri())
    assert text_of(dom, "total-errors") == "1" and text_of(dom, "total-bad-lines") == "1"
    assert "line 2: not JSON" in text_of(dom, "bad-lines")
    dom = browser.dom(report.as_uri() + "#doc/1")
    assert text_of(dom, "doc-error") == "record has neither text nor html"
    assert "&lt;binary?&gt;" in dom  # the input, kept as it came, shown as text
