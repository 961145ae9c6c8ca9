"""How often the AI-filler detector would cut real article prose, how much filler it finds, and
what it costs.

    python bench/ai_filler_fp.py [--show] [--sensitivity 0.5] [--repeats 5]

1. False positives: every gold article body of the shared dev pages (``<dataset>/dev.jsonl.gz``,
   field ``gold``) is fed as one page, one paragraph per line, to the ``ai_filler`` rules alone;
   each paragraph they would remove counts. Most of these articles predate language models, so
   the target is at most 0.3 removals per 1,000 paragraphs. Most bodies are longer than the
   detector judges (it stands down on pages of more than ``filler.MAX_PROSE`` prose paragraphs),
   so the count also says how many paragraphs were judged, and the same bodies are fed again cut
   into short pages of 6 to 12 lines (:func:`gold_windows`), every paragraph of which is judged as
   on a short news page: there the target is per 1,000 judged paragraphs. ``--show`` prints each
   removal with its reason.
   The same detector also runs inside whole pages, where chrome changes what the page's prose
   looks like: every gold paragraph that ``Cleaner().clean`` takes as ``ai_filler`` from a page's
   ``fulltext`` counts too (a threshold can pass the first check and fail this one).
2. Recall on the labelled dev set in ``corpus/ai_filler/``: filler paragraphs are those of a
   ``.txt`` missing from its ``.expected``; body paragraphs are the rest.
3. Time: text-mode ``Cleaner().clean`` over every page's ``fulltext`` with the family and without
   it, as medians of ``--repeats`` passes, alternating, in process time (a shared machine's load
   does not count); each pass starts with empty memos, as a batch of distinct pages would, so the
   figure is the detector's cold cost.

The data is ``../shared/bench`` next to the repository, or the folder named by
``CLEANER_BENCH_DATA``; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from run_bench import DATASETS, NO_DATA, data_dir, load  # the harness beside this script

from cleaner import Cleaner
from cleaner.engine.blocks import Block, segment
from cleaner.evidence import filler
from cleaner.rule_api import Mark, Page, Rule

ROOT = Path(__file__).resolve().parent.parent
DEV_SET = ROOT / "corpus" / "ai_filler"
TARGET_PER_1000 = 0.3
WINDOW = (6, 12)
"""Lines of the short pages long gold bodies are cut into: the length of a short news story."""


def load_pages() -> dict[str, list[dict]]:
    """The shared dev pages by dataset (a dataset without its file has none); empty without the data."""
    folder = data_dir()
    if folder is None:
        return {}
    return {d: load(folder, d) if (folder / d / "dev.jsonl.gz").is_file() else [] for d in DATASETS}


def filler_rules(cleaner: Cleaner) -> list[Rule]:
    return [rule for module in cleaner.modules if module.name == "ai_filler" for rule in module.page_rules]


@dataclass
class Count:
    """What the rules did to a set of real pages: paragraphs fed, paragraphs on pages the detector
    judges (:func:`filler.judged_lines`), and those it would remove."""

    paragraphs: int = 0
    judged: int = 0
    removed: list[tuple[str, Block, Mark]] = field(default_factory=list)

    def per_1000(self, of: int) -> float:
        return 1000 * len(self.removed) / max(1, of)


def gold_pages(rows: list[dict]) -> Iterator[tuple[str, str]]:
    """Every gold article body of ``rows`` as one page, by page id."""
    for row in rows:
        yield str(row.get("id")), row.get("gold") or ""


def gold_windows(rows: list[dict]) -> Iterator[tuple[str, str]]:
    """Every gold article body of ``rows`` as short pages: a body of more than ``WINDOW[1]`` lines cut
    into consecutive windows of ``WINDOW[0]`` to ``WINDOW[1]`` lines (lengths drawn from a generator
    seeded by the page's id, so the cut is the same on every run), a shorter one whole. Most gold
    bodies are longer than the detector judges (:data:`filler.MAX_PROSE`); cut, each window is judged
    as a short news page would be, its first and last lines the page's edges."""
    low, high = WINDOW
    for page_id, gold in gold_pages(rows):
        lines = [line for line in gold.split("\n") if line.strip()]
        draw = random.Random(zlib.crc32(page_id.encode()))
        start = 0
        while len(lines) - start > high:
            size = draw.randint(low, min(high, len(lines) - start - low))
            yield f"{page_id}@{start}", "\n".join(lines[start : start + size])
            start += size
        yield (f"{page_id}@{start}" if start else page_id), "\n".join(lines[start:])


def count_removals(pages: Iterable[tuple[str, str]], rules: list[Rule], settings: dict) -> Count:
    """Feed each page to the rules alone and count its paragraphs, those judged and those removed."""
    count = Count()
    for page_id, text in pages:
        blocks = segment(text)
        count.paragraphs += len(blocks)
        count.judged += len(filler.judged_lines(blocks))
        page = Page(blocks, None, settings)
        hits = {mark.block: mark for rule in rules for mark in rule.marks(page)}
        count.removed.extend((page_id, blocks[index], mark) for index, mark in sorted(hits.items()))
    return count


def real_page_rates(pages: dict[str, list[dict]], settings: dict) -> tuple[float, float]:
    """Removals per 1,000 gold paragraphs over whole bodies, and per 1,000 judged paragraphs over
    their short windows: the two figures held to :data:`TARGET_PER_1000`."""
    rows = [row for dataset in pages.values() for row in dataset]
    rules = filler_rules(Cleaner(settings=settings))
    whole = count_removals(gold_pages(rows), rules, settings)
    windows = count_removals(gold_windows(rows), rules, settings)
    return whole.per_1000(whole.paragraphs), windows.per_1000(windows.judged)


def false_positives(pages: dict[str, list[dict]], rules: list[Rule], settings: dict, show: bool) -> None:
    """Removals of real gold paragraphs, over whole bodies and over their short windows, by dataset."""
    for title, cut in (("whole gold bodies", gold_pages), (f"gold bodies cut to {WINDOW[0]}-{WINDOW[1]}-line pages",
                                                           gold_windows)):
        print(f"{title}:")
        total = Count()
        for dataset, rows in pages.items():
            count = count_removals(cut(rows), rules, settings)
            if show:
                for page_id, block, mark in count.removed:
                    print(f"  [{dataset} {page_id}] {block.text[:160]!r}\n      {mark.reason}")
            print(f"  {dataset:12} {count.paragraphs:6d} paragraphs, {count.judged:6d} judged, "
                  f"{len(count.removed):3d} removed = {count.per_1000(count.paragraphs):.2f} per 1,000, "
                  f"{count.per_1000(count.judged):.2f} per 1,000 judged")
            total.paragraphs += count.paragraphs
            total.judged += count.judged
            total.removed += count.removed
        rates = (total.per_1000(total.paragraphs), total.per_1000(total.judged))
        verdict = "OK" if max(rates) <= TARGET_PER_1000 else "OVER TARGET"
        print(f"  {'all':12} {total.paragraphs:6d} paragraphs, {total.judged:6d} judged, {len(total.removed):3d} "
              f"removed = {rates[0]:.2f} per 1,000, {rates[1]:.2f} per 1,000 judged "
              f"(target <= {TARGET_PER_1000:g}: {verdict})")


def full_text_losses(pages: dict[str, list[dict]], cleaner: Cleaner, show: bool) -> None:
    """Gold paragraphs the whole cleaner takes as AI filler from the pages' full texts."""
    total = 0
    for dataset, rows in pages.items():
        lost = 0
        for row in rows:
            gold = {line.strip() for line in (row.get("gold") or "").split("\n") if line.strip()}
            for removal in cleaner.clean(row.get("fulltext") or "", url=row.get("url")).removed:
                if removal.category == "ai_filler" and removal.text.strip() in gold:
                    lost += 1
                    if show:
                        print(f"  [{dataset} {row.get('id')} fulltext] {removal.text[:160]!r}\n      {removal.reason}")
        print(f"{dataset:12} full texts: {lost} gold paragraphs taken as AI filler")
        total += lost
    print(f"{'all':12} full texts: {total} gold paragraphs taken as AI filler")


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
        start = time.process_time()
        for text in texts:
            cleaner.clean(text)
        return time.process_time() - start

    runs: dict[str, list[float]] = {"on": [], "absent": []}
    for _ in range(repeats):
        runs["on"].append(clean_all(Cleaner))
        runs["absent"].append(clean_all(without_family))
    median = {name: statistics.median(values) for name, values in runs.items()}
    count = len(texts)
    added = median["on"] / median["absent"] - 1
    print(f"process time over {count} fulltexts, cold memos, median of {repeats} passes:")
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
    full_text_losses(pages, cleaner, args.show)
    if args.repeats > 0:
        timing(pages, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
