"""How often the AI-filler detector would cut real article prose, how much filler it finds, and
what it costs.

    python bench/ai_filler_fp.py [--show] [--sensitivity 0.5] [--repeats 5]

1. False positives: every gold article body of the shared dev pages (``<dataset>/dev.jsonl.gz``,
   field ``gold``) is fed as one page, one paragraph per line, to the ``ai_filler`` rules alone;
   each paragraph they would remove counts. Most of these articles predate language models, so
   the target is at most 0.3 removals per 1,000 paragraphs. ``--show`` prints each one with its reason.
2. Recall on the labelled dev set in ``corpus/ai_filler/``: filler paragraphs are those of a
   ``.txt`` missing from its ``.expected``; body paragraphs are the rest.
3. Time: text-mode ``Cleaner().clean`` over every page's ``fulltext`` with the family and without
   it, as medians of ``--repeats`` passes, alternating; each pass starts with empty memos, as a
   batch of distinct pages would, so the figure is the detector's cold cost.

The data is ``../shared/bench`` next to the repository, or the folder named by
``CLEANER_BENCH_DATA``; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from run_bench import DATASETS, NO_DATA, data_dir, load  # the harness beside this script

from cleaner import Cleaner
from cleaner.engine.blocks import Block, segment
from cleaner.evidence import filler
from cleaner.rule_api import Mark, Page, Rule

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT / "corpus" / "ai_filler"
TARGET_PER_1000 = 0.3


def load_pages() -> dict[str, list[dict]]:
    """The shared dev pages by dataset (a dataset without its file has none); empty without the data."""
    folder = data_dir()
    if folder is None:
        return {}
    return {d: load(folder, d) if (folder / d / "dev.jsonl.gz").is_file() else [] for d in DATASETS}


def filler_rules(cleaner: Cleaner) -> list[Rule]:
    return [rule for module in cleaner.modules if module.name == "ai_filler" for rule in module.page_rules]


def gold_removals(rows: list[dict], rules: list[Rule], settings: dict) -> Iterator[tuple[dict, Block, Mark]]:
    """Every gold paragraph of ``rows`` the rules would remove, with its page and mark."""
    for row in rows:
        blocks = segment(row.get("gold") or "")
        page = Page(blocks, row.get("url"), settings)
        hits = {mark.block: mark for rule in rules for mark in rule.marks(page)}
        for index, mark in sorted(hits.items()):
            yield row, blocks[index], mark


def gold_paragraphs(rows: list[dict]) -> int:
    return sum(len(segment(row.get("gold") or "")) for row in rows)


def false_positives(pages: dict[str, list[dict]], rules: list[Rule], settings: dict, show: bool) -> None:
    total_paragraphs = total_removed = 0
    for dataset, rows in pages.items():
        paragraphs = gold_paragraphs(rows)
        removed = 0
        for row, block, mark in gold_removals(rows, rules, settings):
            removed += 1
            if show:
                print(f"  [{dataset} {row.get('id')}] {block.text[:160]!r}\n      {mark.reason}")
        rate = 1000 * removed / max(1, paragraphs)
        print(f"{dataset:12} {paragraphs:7d} gold paragraphs, {removed:3d} removed = {rate:.2f} per 1,000")
        total_paragraphs += paragraphs
        total_removed += removed
    rate = 1000 * total_removed / max(1, total_paragraphs)
    verdict = "OK" if rate <= TARGET_PER_1000 else "OVER TARGET"
    print(f"{'all':12} {total_paragraphs:7d} gold paragraphs, {total_removed:3d} removed = {rate:.2f} per 1,000 "
          f"(target <= {TARGET_PER_1000:g}: {verdict})")


def dev_set_recall(cleaner: Cleaner) -> None:
    filler = caught = body = lost = 0
    for source in sorted(DEV_SET.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        expected_text = source.with_suffix(".expected").read_text(encoding="utf-8")
        expected = Counter(p for p in expected_text.split("\n") if p.strip())
        wanted_out = Counter(p for p in text.split("\n") if p.strip()) - expected
        removed = Counter(r.text for r in cleaner.clean(text).removed if r.category == "ai_filler")
        filler += sum(wanted_out.values())
        caught += sum((removed & wanted_out).values())
        body += sum(expected.values())
        lost += sum((removed - wanted_out).values())
    if not filler:
        print(f"dev set: no cases in {DEV_SET}")
        return
    print(f"dev set: {caught}/{filler} filler paragraphs removed (recall {caught / filler:.1%}); "
          f"{lost} of {body} body paragraphs removed")


def _forget_paragraphs() -> None:
    """Empty the detector's per-paragraph memos, so a timed pass meets every paragraph cold, as a
    batch of distinct pages does."""
    filler.forget()


def timing(pages: dict[str, list[dict]], repeats: int) -> None:
    texts = [row["fulltext"] for rows in pages.values() for row in rows if row.get("fulltext")]

    def without_family() -> Cleaner:
        cleaner = Cleaner()
        cleaner._families = [m for m in cleaner._families if m.name != "ai_filler"]
        return cleaner

    def clean_all(make: Callable[[], Cleaner]) -> float:
        cleaner = make()  # a new cleaner: its line-match memo starts empty too
        _forget_paragraphs()
        start = time.perf_counter()
        for text in texts:
            cleaner.clean(text)
        return time.perf_counter() - start

    runs: dict[str, list[float]] = {"on": [], "absent": []}
    for _ in range(repeats):
        runs["on"].append(clean_all(Cleaner))
        runs["absent"].append(clean_all(without_family))
    median = {name: statistics.median(values) for name, values in runs.items()}
    count = len(texts)
    added = median["on"] / median["absent"] - 1
    print(f"time over {count} fulltexts, cold memos, median of {repeats} passes:")
    print(f"  Cleaner().clean                      {median['on']:.3f} s ({count / median['on']:.0f} docs/s)")
    print(f"  without the ai_filler module         {median['absent']:.3f} s ({count / median['absent']:.0f} docs/s)")
    print(f"  added by the detector                {100 * added:.1f}% (target < 20%)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print each removed gold paragraph and its reason")
    parser.add_argument("--sensitivity", type=float, default=None, help="ai_filler.sensitivity (0..1)")
    parser.add_argument("--repeats", type=int, default=5, help="timing passes; 0 skips timing")
    args = parser.parse_args(argv)
    settings = {} if args.sensitivity is None else {"ai_filler.sensitivity": args.sensitivity}
    cleaner = Cleaner(settings=settings)
    dev_set_recall(cleaner)
    pages = load_pages()
    if not pages:
        print(NO_DATA)
        return 0
    false_positives(pages, filler_rules(cleaner), settings, args.show)
    if args.repeats > 0:
        timing(pages, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
