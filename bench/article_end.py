"""How :attr:`cleaner.engine.body.Body.article` reaches past the article's end, and what that holds back.

    python bench/article_end.py [--datasets wcxb] [--limit 100] [--past 20] [--samples 10] [--ceiling]

For every dev page's ``fulltext`` (text mode), the widening of the article model on the page as it
comes: from the core's last line, each step over a gap of lines that are not its paragraphs to the
line it goes on at. Steps that start past the gold's last article line are counted by the line they
reach (a paragraph printed once, a short sentence, a numbered item), by that line's rough group
(:func:`after_chrome.group_of`: a teaser after a headline, a comment, a bio...) and by the gap's
length, on the pages where the model ends more than ``--past`` lines past the gold's end; samples
show the gap's first line and the line reached. Then, over the lines cleaner keeps after the
gold's end that are not article (the after-chrome of ``after_chrome.py``), the tokens a rule did
mark and the guard held back, by the guard's reason: what an earlier end could let go.

``--ceiling`` also scores text mode twice: as it is, and with every article the body models
(:attr:`~cleaner.engine.body.Body.article`, :meth:`~cleaner.engine.body.Body.article_with_tail`,
:meth:`~cleaner.engine.body.Body.article_past`, :meth:`~cleaner.engine.body.Body.article_from_before`)
cut at the gold's last article line: what an exact end buys with the evidence the rules give today.

The data is ``../shared/bench`` next to the repository, or the folder named by
``CLEANER_BENCH_DATA``; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from after_chrome import group_of
from run_bench import dev_pages, load

from cleaner import Cleaner
from cleaner.engine import body as body_module
from cleaner.engine.blocks import segment
from cleaner.engine.body import Article, Body
from cleaner.review.scoring import Retention, article_bounds, article_lines, retention, score, summarize


class TracedBody(Body):
    """A body that records each step its article's end takes: (gap's first line, line reached)."""

    steps: list[tuple[int, int]]

    def _resumes(
        self,
        lines: Sequence[int],
        named: Collection[int] = frozenset(),
        number: int | None = None,
        interrupting: Collection[int] = frozenset(),
        *,
        ahead: bool = False,
    ) -> int | None:
        found = super()._resumes(lines, named, number, interrupting, ahead=ahead)
        if found is not None and lines and lines[-1] > lines[0]:  # walked forward
            self.__dict__.setdefault("steps", []).append((lines[0], found))
        return found


@dataclass
class Counts:
    """One set's counts: pages, the far ones' steps past the gold's end, and the held after-chrome."""

    pages: int = 0
    far: int = 0
    reached: Counter[str] = field(default_factory=Counter)
    groups: Counter[str] = field(default_factory=Counter)
    gaps: Counter[str] = field(default_factory=Counter)
    held: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    """After-chrome tokens by the line's kind: prose (only placed or strong evidence takes it) or not."""
    after: int = 0
    samples: list[str] = field(default_factory=list)


def _reached(body: Body, index: int) -> str:
    """What the article's end went on at: a paragraph, a short sentence, or another line."""
    block = body.blocks[index]
    if block.is_prose:
        return "paragraph printed once"
    return "short sentence" if block.text.strip()[-1:] in ".!?" else "numbered item or other"


def _gap(length: int) -> str:
    """A gap's length in lines, in coarse buckets up to :data:`~cleaner.engine.body.INTERRUPTION_LINES`."""
    return "0" if length == 0 else "1-2" if length <= 2 else "3-6" if length <= 6 else "7-12"


def measure(pages: list[dict], cleaner: Cleaner, past: int, samples: int) -> Counts:
    """Count one set's steps past the gold's end and its held after-chrome (see the module doc)."""
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
                    counts.samples.append(
                        f"{page['id']}: [{group}] gap {line - gap_start} ({gap}) -> {blocks[line].text.strip()[:90]}"
                    )
        result = cleaner.clean(page["fulltext"], url=page["url"], explain=True)
        kept = result.blocks if result.blocks is not None else segment(result.text)
        kept_found = article_lines([block.text for block in kept], page["gold"])
        _, last = article_bounds(kept_found)
        after = {
            kept[i].start: len(kept_found[i][0])
            for i in range(last + 1, len(kept))
            if kept_found[i][0] and not kept_found[i][1]
        }
        counts.after += sum(after.values())
        for block in kept[last + 1 :]:
            if block.start in after:
                counts.kinds["prose" if block.is_prose else "not prose"] += after[block.start]
        reasons: dict[int, str] = {}
        for held in result.held:
            if held.start in after:
                reasons.setdefault(held.start, f"{held.why[:70]}")
        for start, reason in reasons.items():
            counts.held[reason] += after[start]
    return counts


def report(name: str, counts: Counts) -> None:
    """Print one set's counts."""
    pages = max(counts.pages, 1)
    print(f"\n**{name}** dev, {counts.pages} pages, {counts.far} with the article model past the gold's end")
    for title, counter in (("line reached", counts.reached), ("its group", counts.groups), ("gap lines", counts.gaps)):
        print(f"  steps past the gold's end by {title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    held = sum(counts.held.values())
    print(
        f"  after-chrome {counts.after / pages:.0f} tokens/page, of which a rule marked and the guard held "
        f"{held / pages:.0f}; by kind: "
        + ", ".join(f"{kind} {tokens / pages:.0f}" for kind, tokens in counts.kinds.items())
    )
    for reason, tokens in counts.held.most_common(8):
        print(f"    {tokens / pages:5.1f}  {reason}")
    for line in counts.samples:
        print(f"  {line}")


MODELS = ("article_with_tail", "article_past", "article_from_before")
"""The body's methods that give an article, besides :attr:`Body.article`."""


def _cut(body: Body, article: Article, offset: int | None) -> Article:
    """``article`` ending before the first line of ``body`` that starts past ``offset``."""
    if offset is None or not article:
        return article
    cut = next((block.index for block in body.blocks if block.start > offset), len(body.blocks))
    if article.stop <= cut or article.start >= cut:
        return article
    return Article(article.start, cut, body_module._interruptions(body.blocks, article.start, cut))


@contextmanager
def ending_at(offset: list[int | None]) -> Iterator[None]:
    """Every article the body models cut after the line at ``offset[0]`` in the page's text (the
    gold's last line; None: not cut), while the block runs; the body as it was afterwards."""
    saved = {name: getattr(Body, name) for name in MODELS}
    saved_article = Body.__dict__["article"]

    def wrap(method: Callable[..., Article]) -> Callable[..., Article]:
        return lambda self, *args, **kwargs: _cut(self, method(self, *args, **kwargs), offset[0])

    article = cached_property(wrap(saved_article.func))
    article.__set_name__(Body, "article")
    try:
        Body.article = article  # type: ignore[method-assign]
        for name, method in saved.items():
            setattr(Body, name, wrap(method))
        yield
    finally:
        Body.article = saved_article  # type: ignore[method-assign]
        for name, method in saved.items():
            setattr(Body, name, method)


def ceiling(name: str, pages: list[dict], cleaner: Cleaner) -> None:
    """Print text mode's F1 and gold retention as it is and with the article's end exact."""
    offset: list[int | None] = [None]
    for label, exact in (("as it is", False), ("end at the gold's", True)):
        scores, kept = [], Retention(0, 0)
        with ending_at(offset):
            for page in pages:
                blocks = segment(page["fulltext"])
                _, last = article_bounds(article_lines([block.text for block in blocks], page["gold"]))
                offset[0] = blocks[last].start if exact and last < len(blocks) else None
                result = cleaner.clean(page["fulltext"], url=page["url"])
                scores.append(score(result.text, page["gold"]))
                kept += retention(page["fulltext"], result.text, page["gold"], result.metadata.get("title") or "")
        summary = summarize(scores)
        print(f"  {name} {label}: F1 {summary.f1:.4f}, precision {summary.precision:.4f}, retention {kept.share:.4f}")


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--past", type=int, default=20, help="lines past the gold's end that count as far")
    parser.add_argument("--samples", type=int, default=0, help="sample steps to print per set")
    parser.add_argument("--ceiling", action="store_true", help="score text mode with the article's end exact")


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv, _options)
    if folder is None:
        return 0
    cleaner = Cleaner()
    for name in (name.strip() for name in args.datasets.split(",") if name.strip()):
        pages = load(folder, name, limit=args.limit)
        report(name, measure(pages, cleaner, args.past, args.samples))
        if args.ceiling:
            ceiling(name, pages, cleaner)
    return 0


if __name__ == "__main__":
    sys.exit(main())
