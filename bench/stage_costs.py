"""Where text mode's CPU time goes, stage by stage, without a profiler's distortion.

    python bench/stage_costs.py [--datasets scrapinghub,wcxb] [--rounds 3] [--limit 100]

cProfile charges every Python call, so it inflates the stages made of many small calls (a line's
word count, a rule's loop) against those made of a few long C calls (a regular expression over a
line): its shares misdirect work. This script cleans the dev full texts in one process with one
cleaner (cleaning alone, text mode), times each stage of :meth:`Cleaner._clean_text` by CPU time
around it, and prints each stage's share of the whole, the median of ``--rounds`` rounds after
one untimed round (the line matchers' prefix buckets filled, as in a long batch):

- ``segment``: cutting the text into blocks; ``keys``: their comparison keys;
- ``line rules``: every line, phrase and region-heading rule, once per document
  (``phrase lists`` and ``region headings`` are parts of it);
- per pass: ``body facts`` (the :class:`~cleaner.engine.body.Body` parts rules and the guard
  read, and the notice candidates), ``page rules`` (the detectors once those facts are known),
  ``guard`` (:func:`~cleaner.engine.guard.decide`) and ``view`` (the kept blocks renumbered);
- the same per-pass work by pass: the first, later passes that removed something, and later
  passes that removed nothing (what proving a pass idle before running it could save).
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from run_bench import dev_pages, pages_of

from cleaner import Cleaner
from cleaner.engine import cleaner as engine
from cleaner.rule_api import Page

BODY_FACTS = (
    "key_counts",
    "_dated",
    "trailers",
    "core",
    "headline",
    "teasers",
    "printed_once",
    "span",
    "article",
    "echoed",
    "after_paragraphs",
)
"""The :class:`Body` parts rules and the guard read, worked out before the page rules run."""


class Stages:
    """CPU seconds per stage, gathered by wrapping the engine's functions and methods."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self._pass_seconds = 0.0
        self._first_pass = True

    def timed(self, stage: str, function: Callable) -> Callable:
        def measured(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - start

        return measured

    def instrument(self, cleaner: Cleaner) -> None:
        """Wrap the stages of ``cleaner`` (and of the engine module, for every cleaner)."""
        engine.segment = self.timed("segment", engine.segment)
        engine._view = self.timed("view", engine._view)
        keys = functools.cached_property(self.timed("keys", Page.keys.func))
        keys.__set_name__(Page, "keys")
        Page.keys = keys  # type: ignore[method-assign]
        cleaner._line_marks = self.timed("line rules", cleaner._line_marks)  # type: ignore[method-assign]
        cleaner._family_phrases.scan = self.timed("  phrase lists", cleaner._family_phrases.scan)  # type: ignore[method-assign]
        cleaner._family_headings.headings = self.timed("  region headings", cleaner._family_headings.headings)  # type: ignore[method-assign]
        marks, decide = cleaner._marks, engine.decide

        def page_marks(page: Page, *args, **kwargs):
            start = time.process_time()
            body = page.body
            for fact in BODY_FACTS:
                getattr(body, fact)
            _ = page.notice_lines  # worked out now, as the body facts are
            facts = time.process_time()
            found = marks(page, *args, **kwargs)
            end = time.process_time()
            self.seconds["body facts"] += facts - start
            self.seconds["page rules"] += end - facts
            self._pass_seconds = end - start
            return found

        def guard(body, found):
            start = time.process_time()
            decision = decide(body, found)
            seconds = time.process_time() - start
            self.seconds["guard"] += seconds
            idle = all(mark is None for mark in decision.removals)
            kind = "first pass" if self._first_pass else "later pass, idle" if idle else "later pass, removing"
            self.seconds[kind] += self._pass_seconds + seconds
            self._first_pass = False
            return decision

        cleaner._marks = page_marks  # type: ignore[method-assign]
        engine.decide = guard

    def clean(self, cleaner: Cleaner, pages: list[dict]) -> float:
        """Clean every page; the CPU seconds of the whole."""
        start = time.process_time()
        for page in pages:
            self._first_pass = True
            cleaner.clean(page["fulltext"], url=page["url"])
        return time.process_time() - start


ORDER = (
    "segment",
    "keys",
    "line rules",
    "  phrase lists",
    "  region headings",
    "body facts",
    "page rules",
    "guard",
    "view",
    "first pass",
    "later pass, removing",
    "later pass, idle",
)


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds after an untimed one (default 3)")


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv, _options)
    if folder is None:
        return 0
    pages = pages_of(folder, args.datasets, args.limit)
    cleaner = Cleaner()
    stages = Stages()
    stages.instrument(cleaner)
    stages.clean(cleaner, pages)
    totals: list[float] = []
    shares: dict[str, list[float]] = {stage: [] for stage in ORDER}
    for _ in range(args.rounds):
        stages.seconds.clear()
        total = stages.clean(cleaner, pages)
        totals.append(total)
        for stage in ORDER:
            shares[stage].append(stages.seconds[stage] / total)
    total = statistics.median(totals)
    print(f"{len(pages)} documents, {args.rounds} rounds: {total:.2f} s CPU a round, {len(pages) / total:.0f} docs/s")
    print("| stage | share of cleaning's CPU time (median) |")
    print("|---|---|")
    for stage in ORDER:
        print(f"| {stage} | {statistics.median(shares[stage]):.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
