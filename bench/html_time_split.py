"""Where HTML mode's time goes, each part against trafilatura's default extraction of the same pages.

    python bench/html_time_split.py [--datasets wcxb] [--limit 100]

Per page, in one process: trafilatura's default extraction (comments off, as ``run_bench.py``
runs it), then HTML mode's parts one by one (parsing, the visible-text walk, the metadata,
trafilatura's extraction with cleaner's settings, aligning its output to the lines, the rules),
then the whole of ``Cleaner.clean``, each in process time. Printed as shares of trafilatura's
time. The parts run on a page the whole has just been through, so caches are warm and they add
up to less than the whole (``bench/html_time_ratio.py`` times the whole alone, in rounds). Skips
with a message where the shared data is absent.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import dev_pages, load

from cleaner import Cleaner
from cleaner.documents.alignment import kept_lines
from cleaner.documents.html import _drop_code, extract, extractor_options, parse
from cleaner.documents.html_extraction import extracted_text
from cleaner.documents.html_metadata import page_metadata
from cleaner.documents.visible import visible_text


def _timed(seconds: dict[str, float], name: str, step: Callable[..., Any], *args: Any, **options: Any) -> Any:
    start = time.process_time()
    result = step(*args, **options)
    seconds[name] = seconds.get(name, 0.0) + time.process_time() - start
    return result


def _extraction(tree: Any, url: str | None) -> str:
    """trafilatura's extraction as HTML mode runs it, code dropped from the tree first."""
    _drop_code(tree)
    return extracted_text(tree, extractor_options(url))


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv)
    if folder is None:
        return 0
    import trafilatura
    from trafilatura.settings import set_date_params

    cleaner = Cleaner()
    dates = set_date_params(extensive=False)
    print("| dataset | pages | whole | parse | walk | extraction | align | metadata | rules |")
    print("|---|---|---|---|---|---|---|---|---|")
    for dataset in args.datasets.split(","):
        seconds: dict[str, float] = {}
        pages = load(folder, dataset, limit=args.limit)
        for page in pages:
            html, url = page["html"], page["url"]
            _timed(seconds, "trafilatura", trafilatura.extract, html, url=url, include_comments=False)
            _timed(seconds, "whole", cleaner.clean, html=html, url=url)
            tree = _timed(seconds, "parse", parse, html)
            if tree is None:
                continue
            visible = _timed(seconds, "walk", visible_text, tree)
            _timed(seconds, "metadata", page_metadata, tree, url, dates)
            extracted = _timed(seconds, "extraction", _extraction, tree, url)
            lines = [line for line in visible.text.split("\n") if line]
            _timed(seconds, "align", kept_lines, lines, extracted)
            read = extract(html, url)
            _timed(seconds, "rules", cleaner._clean_text, read.text, url, read.metadata, False, read.facts)
        base = seconds.get("trafilatura", 0.0) or 1.0
        parts = ("whole", "parse", "walk", "extraction", "align", "metadata", "rules")
        print(f"| {dataset} | {len(pages)} | " + " | ".join(f"{seconds.get(p, 0.0) / base:.2f}" for p in parts) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
