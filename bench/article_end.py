"""How :attr:`cleaner.engine.body.Body.article` reaches past the article's end, and what that holds back.

    python bench/article_end.py [--datasets wcxb] [--limit 100] [--past 20] [--samples 10]

For every dev page's ``fulltext`` (text mode), the widening of the article model on the page as it
comes: from the core's last line, each step over a gap of lines that are not its paragraphs to the
line it goes on at. Steps that start past the gold's last article line are counted by the line they
reach (a paragraph printed once, a short sentence, a numbered item), by that line's rough group
(:func:`after_chrome.group_of`: a teaser after a headline, a comment, a bio...) and by the gap's
length, on the pages where the model ends more than ``--past`` lines past the gold's end; samples
show the gap's first line and the line reached. Then, over the lines cleaner keeps after the
gold's end that are not article (the after-chrome of ``after_chrome.py``), the tokens a rule did
mark and the guard held back, by the guard's reason: what an earlier end could let go.

The data is ``../shared/bench`` next to the repository, or the folder named by
``CLEANER_BENCH_DATA``; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from after_chrome import group_of
from run_bench import dev_pages, load

from cleaner import Cleaner
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body
from cleaner.review.scoring import article_bounds, article_lines


class TracedBody(Body):
    """A body that records each step its article's end takes: (gap's first line, line reached)."""

    steps: list[tuple[int, int]]

    def _resumes(
        self,
        lines: Sequence[int],
        named: Collection[int] = frozenset(),
        number: int | None = None,
        interrupting: Collection[int] = frozenset(),
    ) -> int | None:
        found = super()._resumes(lines, named, number, interrupting)
        if found is not None and lines and lines[-1] > lines[0]:  # walked forward
            self.__dict__.setdefault("steps", []).append((lines[0], found))
        return found


@dataclass
class Counts:
    pages: int = 0
    far: int = 0
    reached: Counter[str] = field(default_factory=Counter)
    groups: Counter[str] = field(default_factory=Counter)
    gaps: Counter[str] = field(default_factory=Counter)
    held: Counter[str] = field(default_factory=Counter)
    after: int = 0
    samples: list[str] = field(default_factory=list)


def _reached(body: Body, index: int) -> str:
    block = body.blocks[index]
    if block.is_prose:
        return "paragraph printed once"
    return "short sentence" if block.text.strip()[-1:] in ".!?" else "numbered item or other"


def _gap(length: int) -> str:
    return "0" if length == 0 else "1-2" if length <= 2 else "3-6" if length <= 6 else "7-12"


def measure(pages: list[dict], cleaner: Cleaner, past: int, samples: int) -> Counts:
    counts = Counts()
    for page in pages:
        counts.pages += 1
        blocks = segment(page["fulltext"])
        found = article_lines([block.text for block in blocks], page["gold"])
        _, gold_last = article_bounds(found)
        body = TracedBody(blocks)
        stop = body.article.stop
        if gold_last < len(blocks) and stop - 1 - gold_last > past:
            counts.far += 1
            for gap_start, line in body.__dict__.get("steps", []):
                if gap_start <= gold_last:
                    continue
                group = "article" if found[line][1] else group_of(blocks, line)
                counts.reached[_reached(body, line)] += 1
                counts.groups[group] += 1
                counts.gaps[_gap(line - gap_start)] += 1
                if len(counts.samples) < samples and group != "article":
                    gap = blocks[gap_start].text.strip()[:60] if line > gap_start else "-"
                    counts.samples.append(f"{page['id']}: [{group}] gap {line - gap_start} ({gap}) -> "
                                          f"{blocks[line].text.strip()[:90]}")
        result = cleaner.clean(page["fulltext"], url=page["url"], explain=True)
        kept = result.blocks if result.blocks is not None else segment(result.text)
        kept_found = article_lines([block.text for block in kept], page["gold"])
        _, last = article_bounds(kept_found)
        after = {kept[i].start: len(kept_found[i][0]) for i in range(last + 1, len(kept))
                 if kept_found[i][0] and not kept_found[i][1]}
        counts.after += sum(after.values())
        reasons: dict[int, str] = {}
        for held in result.held:
            if held.start in after:
                reasons.setdefault(held.start, f"{held.why[:70]}")
        for start, reason in reasons.items():
            counts.held[reason] += after[start]
    return counts


def report(name: str, counts: Counts) -> None:
    pages = max(counts.pages, 1)
    print(f"\n**{name}** dev, {counts.pages} pages, {counts.far} with the article model past the gold's end")
    for title, counter in (("line reached", counts.reached), ("its group", counts.groups), ("gap lines", counts.gaps)):
        print(f"  steps past the gold's end by {title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    held = sum(counts.held.values())
    print(f"  after-chrome {counts.after / pages:.0f} tokens/page, of which a rule marked and the guard held "
          f"{held / pages:.0f}:")
    for reason, tokens in counts.held.most_common(8):
        print(f"    {tokens / pages:5.1f}  {reason}")
    for line in counts.samples:
        print(f"  {line}")


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--past", type=int, default=20, help="lines past the gold's end that count as far")
    parser.add_argument("--samples", type=int, default=0, help="sample steps to print per set")


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv, _options)
    if folder is None:
        return 0
    cleaner = Cleaner()
    for name in (name.strip() for name in args.datasets.split(",") if name.strip()):
        report(name, measure(load(folder, name, limit=args.limit), cleaner, args.past, args.samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
