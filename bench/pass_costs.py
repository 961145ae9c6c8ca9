"""What cleaning's later passes cost: the fixed point against its first pass alone.

    python bench/pass_costs.py [--datasets scrapinghub,wcxb] [--rounds 5] [--limit 100]

Cleaning repeats on what it kept until a pass removes nothing (``MAX_PASSES`` at most), so that
rules reading neighbours see the page again once chrome around them is gone. This script cleans
each dev set's full texts with the fixed point and with the first pass alone
(``cleaner.engine.cleaner.MAX_PASSES`` set to 1), in alternating rounds, and prints per set: the
documents a second pass changed, the documents where a second pass ran and removed nothing, and
the CPU time of both ways (medians of the rounds; the difference is what all the later passes
cost, the most that skipping some of them could save). Text mode, cleaning alone, one process.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from run_bench import dev_pages, load

from cleaner import Cleaner
from cleaner.engine import cleaner as engine


def clean_all(cleaner: Cleaner, pages: list[dict], passes: int) -> tuple[list[tuple[str, int]], float]:
    """Each page's kept text and removal count, and the CPU seconds, with at most ``passes`` passes."""
    default, engine.MAX_PASSES = engine.MAX_PASSES, passes
    try:
        start = time.process_time()
        results = [cleaner.clean(page["fulltext"], url=page["url"]) for page in pages]
        seconds = time.process_time() - start
    finally:
        engine.MAX_PASSES = default
    return [(result.text, len(result.removed)) for result in results], seconds


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rounds", type=int, default=5, help="alternating timed rounds of each way (default 5)")


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv, _options)
    if folder is None:
        return 0
    cleaner = Cleaner()
    print(f"{args.rounds} alternating rounds, CPU time, cleaning alone")
    print(
        "| dataset | docs | changed by a later pass | later passes that removed nothing | "
        "first pass s | fixed point s | later passes' share |"
    )
    print("|---|---|---|---|---|---|---|")
    for dataset in (name.strip() for name in args.datasets.split(",") if name.strip()):
        pages = load(folder, dataset, limit=args.limit)
        once, _ = clean_all(cleaner, pages, 1)
        twice, _ = clean_all(cleaner, pages, 2)
        full, _ = clean_all(cleaner, pages, engine.MAX_PASSES)
        first_removed = [removed for _, removed in once]
        changed = sum(a != b for a, b in zip(once, full, strict=True))
        idle = sum(  # a second pass ran (the first removed something) and took nothing more
            removed > 0 and a == b for removed, a, b in zip(first_removed, once, twice, strict=True)
        )
        times: dict[int, list[float]] = {1: [], engine.MAX_PASSES: []}
        for _ in range(args.rounds):
            for passes in times:
                times[passes].append(clean_all(cleaner, pages, passes)[1])
        first, fixed = statistics.median(times[1]), statistics.median(times[engine.MAX_PASSES])
        print(
            f"| {dataset} | {len(pages)} | {changed} | {idle} | {first:.2f} | {fixed:.2f} | "
            f"{(fixed - first) / fixed:.1%} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
