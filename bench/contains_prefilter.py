"""Text mode's time with and without the line rules' ``contains`` prefilters, in one process.

    python bench/contains_prefilter.py [--datasets scrapinghub,wcxb] [--limit 100] [--rounds 5]

A ``contains`` pattern only skips lines its rule cannot match, so both settings must give the
same output (the script checks it). Rounds alternate (with, without, with, ...); before each,
every line matcher forgets what it remembered, so both pay the same warm-up. Times are process
time (``time.process_time``), which other work on a shared machine disturbs less than wall time;
the speed-up is the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from run_bench import DATASETS, data_dir, load

from cleaner import Cleaner
from cleaner.engine.matching import HeadingMatcher, LineMatcher, _Alternation


def alternations(cleaner: Cleaner) -> Iterator[_Alternation]:
    """Every rule alternation the cleaner's line and heading matchers hold."""
    for value in vars(cleaner).values():
        for matcher in value.values() if isinstance(value, dict) else (value,):
            if isinstance(matcher, LineMatcher):
                yield from (matcher.all, matcher.for_prose, matcher.refused_on_prose)
            elif isinstance(matcher, HeadingMatcher):
                yield matcher.alternation


def switch(cleaner: Cleaner, saved: dict[int, object], on: bool) -> None:
    """Give every line rule its ``contains`` search back (``on``) or take it away; forget the
    matchers' memo and rule buckets, which hold the searches."""
    for alternation in alternations(cleaner):
        for rule in alternation.rules:
            saved.setdefault(id(rule), rule.find_contained)
            rule.find_contained = saved[id(rule)] if on else None
        alternation.forget()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", default=",".join(DATASETS))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    folder = data_dir()
    if folder is None:
        print("skipped: no benchmark data (expected ../shared/bench next to the repository or CLEANER_BENCH_DATA)")
        return 0
    cleaner, saved = Cleaner(), {}
    for dataset in args.datasets.split(","):
        pages = load(folder, dataset, limit=args.limit)
        times: dict[bool, list[float]] = {True: [], False: []}
        outputs: dict[bool, list[str]] = {}
        for _ in range(args.rounds):
            for on in (True, False):
                switch(cleaner, saved, on)
                start = time.process_time()
                outputs[on] = [cleaner.clean(page["fulltext"], url=page["url"]).text for page in pages]
                times[on].append(time.process_time() - start)
        switch(cleaner, saved, True)
        same = "identical" if outputs[True] == outputs[False] else "DIFFERENT"
        ratio = statistics.median(off / on for on, off in zip(times[True], times[False], strict=True))
        print(
            f"{dataset}: {len(pages)} pages, with {statistics.median(times[True]):.2f} s, "
            f"without {statistics.median(times[False]):.2f} s (process time, medians), "
            f"speed-up x{ratio:.3f}, output {same}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
