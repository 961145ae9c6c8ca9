"""Report build time and size for a large batch, and how fast the page opens in a browser.

    python bench/report_bench.py [--docs 100000] [--repeats 3] [--pages 1000] [--base OUT.jsonl] [--keep DIR]

The batch is synthesised in the output format: the shipped corpus is cleaned once (or ``--base``
names the JSONL output of another run, e.g. of full news pages, whose texts are longer), and its
records are repeated with new ids, spread over 500 made-up sites by URL; every 100th record is
an error record and every 1,000th line is not JSON (the report must count those too). The build
(``cleaner report`` in its own process, wall to wall) is timed ``--repeats`` times; the script
prints the median, the report's size, and, where Chromium is installed, the time headless Chromium
takes to open it (page start to the overview drawn, from the page's own ``data-since-start-ms``)
and to draw the documents list and a rule page.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
SITES = 500
ERROR_EVERY = 100
BAD_LINE_EVERY = 1000


def corpus_records(folder: Path) -> list[dict]:
    out = folder / "corpus.jsonl"
    command = [sys.executable, "-m", "cleaner", "clean", str(ROOT / "corpus"), "--format", "jsonl", "-o", str(out)]
    subprocess.run(command, check=False, stderr=subprocess.DEVNULL)
    return [orjson.loads(line) for line in out.read_bytes().splitlines()]


def synthesise(base: list[dict], count: int, target: Path) -> None:
    with target.open("wb") as stream:
        for index in range(count):
            if index % BAD_LINE_EVERY == BAD_LINE_EVERY - 1:
                stream.write(b'{"id": "cut short\n')
                continue
            record = dict(base[index % len(base)])
            record["id"] = f"{index:07d}/{record['id']}"
            record["url"] = f"https://www.site{index % SITES}.example.com/{index}"
            if index % ERROR_EVERY == ERROR_EVERY - 1:
                record.update(removed=[], metadata={}, error="malformed JSON line: synthetic")
            stream.write(orjson.dumps(record) + b"\n")


def browser_times(report: Path) -> dict[str, str] | None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        return None
    times = {}
    for route in ("overview", "docs", "rule/0"):
        command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=60000",
                   "--dump-dom", f"{report.as_uri()}#{route}"]
        dom = subprocess.run(command, capture_output=True, text=True, check=False).stdout
        found = re.search(r'data-render-ms="([\d.]+)" data-since-start-ms="([\d.]+)"', dom)
        drawn = f"{found.group(1)} ms to draw, {found.group(2)} ms from page start" if found else None
        times[route] = drawn or "did not render"
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--base", type=Path, help="JSONL output whose records to repeat (default: the corpus's).")
    parser.add_argument("--keep", type=Path, help="Write the batch and the report here instead of a temporary folder.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        batch, report = folder / "batch.jsonl", folder / "report.html"
        base = [orjson.loads(line) for line in args.base.read_bytes().splitlines()] if args.base else None
        synthesise(base or corpus_records(folder), args.docs, batch)
        print(f"batch: {args.docs:,} lines, {batch.stat().st_size / 1e6:.1f} MB")
        walls = []
        for _ in range(args.repeats):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "cleaner", "report", str(batch), "-o", str(report), "--pages",
                            str(args.pages)], check=False, stderr=subprocess.DEVNULL)
            walls.append(time.perf_counter() - start)
        print(f"build: median {statistics.median(walls):.2f} s of {args.repeats} "
              f"({', '.join(f'{wall:.2f}' for wall in walls)}), --pages {args.pages}")
        print(f"report: {report.stat().st_size / 1e6:.1f} MB")
        times = browser_times(report)
        if times is None:
            print("browser: skipped (no chromium on PATH)")
        for route, measured in (times or {}).items():
            print(f"browser #{route}: {measured}")


if __name__ == "__main__":
    main()
