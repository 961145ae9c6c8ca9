"""What cleaning's later passes change: the most that rerunning only the page rules whose inputs a
removal touched could save.

    python bench/pass_inputs.py [--datasets scrapinghub,wcxb] [--limit 100]

Cleaning repeats on what it kept until a pass removes nothing. This script cleans the dev full
texts (text mode, cleaning alone, one process) and compares each later pass with the pass before
it, on the lines both see: which page rules' marks differ there, and whether the body's stretch
of prose (:attr:`Body.core`) and span moved. A rule whose marks did not change needed no rerun,
whatever it read; the passes where no rule's marks changed are those a pass proven idle from its
rules' declared inputs could at best skip (the guard still reads the body, which may have moved).
It prints counts, not times: ``bench/pass_costs.py`` times the later passes.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from run_bench import dev_pages, pages_of

from cleaner import Cleaner
from cleaner.engine import cleaner as engine

Pass = tuple[list[int], dict[str, set[int]], dict[str, tuple[int, ...]], set[int]]
"""One pass: its view (document block of each view block), each rule's marked document blocks,
the body's core and span as document blocks, and the blocks it removed."""


def record_passes(cleaner: Cleaner) -> list[list[Pass]]:
    """Wrap ``cleaner`` so that every document's passes are appended to the list returned."""
    documents: list[list[Pass]] = []
    marks, decide = cleaner._marks, engine.decide
    current: dict[str, tuple] = {}

    def recorded_marks(page, origin, *args):
        found = marks(page, origin, *args)
        by_rule: dict[str, set[int]] = defaultdict(set)
        for mark in found:
            by_rule[mark.rule].add(origin[mark.block])
        body = {name: tuple(origin[i] for i in getattr(page.body, name)) for name in ("core", "span")}
        current["pass"] = (list(origin), by_rule, body)
        return found

    def recorded_decide(body, found):
        decision = decide(body, found)
        origin, by_rule, facts = current["pass"]
        removed = {origin[i] for i, mark in enumerate(decision.removals) if mark is not None}
        documents[-1].append((origin, by_rule, facts, removed))
        return decision

    def clean(text, **options):
        documents.append([])
        return Cleaner.clean(cleaner, text, **options)

    cleaner._marks = recorded_marks  # type: ignore[method-assign]
    engine.decide = recorded_decide
    cleaner.clean = clean  # type: ignore[method-assign]
    return documents


def compare(documents: list[list[Pass]]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Counts of later passes by kind (idle: removed nothing) and what changed in them, and how
    often each rule's marks changed in each kind of pass."""
    counts: Counter[str] = Counter()
    rules: Counter[tuple[str, str]] = Counter()
    for passes in documents:
        counts[f"documents cleaned in {len(passes)} pass(es)"] += 1
        for before, after in pairwise(passes):
            kept = set(after[0])
            kind = "idle" if not after[3] else "removing"
            counts[f"{kind} later passes"] += 1
            for name, blocks in before[2].items():
                if tuple(i for i in blocks if i in kept) != after[2][name]:
                    counts[f"{kind}: body {name} moved"] += 1
            changed = [
                rule
                for rule in set(before[1]) | set(after[1])
                if {i for i in before[1].get(rule, ()) if i in kept} != after[1].get(rule, set())
            ]
            counts[f"{kind}: no rule's marks changed"] += not changed
            for rule in changed:
                rules[kind, rule] += 1
    return counts, rules


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv)
    if folder is None:
        return 0
    pages = pages_of(folder, args.datasets, args.limit)
    cleaner = Cleaner()
    documents = record_passes(cleaner)
    for page in pages:
        cleaner.clean(page["fulltext"], url=page["url"])
    counts, rules = compare(documents)
    print(f"{len(pages)} documents, text mode, cleaning alone")
    for name, count in sorted(counts.items()):
        print(f"{count:6d}  {name}")
    print("rules whose marks changed in a later pass (kind of pass, rule: passes):")
    for (kind, rule), count in rules.most_common(15):
        print(f"{count:6d}  {kind}, {rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
