"""A dev page cleaned in text mode, with its kept lines read against the gold article.

Shared by the scripts that ask where the chrome cleaner leaves sits (``before_chrome.py``,
``after_chrome.py``, ``inside_chrome.py``): each line is article or not (:func:`cleaner.review.scoring.article_lines`)
and the article span runs from the first to the last article line
(:func:`cleaner.review.scoring.article_bounds`), as the text-mode table of ``run_bench.py`` counts.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from run_bench import dev_pages, load

from cleaner import Cleaner
from cleaner.engine.blocks import Block, segment
from cleaner.engine.result import CleanResult
from cleaner.review.scoring import article_bounds, article_lines


@dataclass(frozen=True, slots=True)
class KeptAgainstGold:
    """One page's cleaning: the result, its kept lines, each line's tokens and whether it is
    article, and the first and last article line (``len(kept)`` for both when none is)."""

    result: CleanResult
    kept: list[Block]
    found: list[tuple[list[str], bool]]
    first: int
    last: int

    def chrome(self, lines: range) -> list[int]:
        """The kept lines in ``lines`` that hold tokens and are not article."""
        return [i for i in lines if self.found[i][0] and not self.found[i][1]]

    @property
    def before(self) -> list[int]:
        """The chrome lines before the article's first line."""
        return self.chrome(range(self.first))

    @property
    def inside(self) -> list[int]:
        """The chrome lines between the article's first and last line."""
        return self.chrome(range(self.first + 1, self.last))

    @property
    def after(self) -> list[int]:
        """The chrome lines after the article's last line."""
        return self.chrome(range(self.last + 1, len(self.kept)))


def kept_against_gold(page: dict, cleaner: Cleaner, *, explain: bool = False) -> KeptAgainstGold:
    """Clean the page's ``fulltext`` (``explain``: recording the marks the guard held) and read
    the kept lines against its ``gold``."""
    result = cleaner.clean(page["fulltext"], url=page["url"], explain=explain)
    kept = result.blocks if result.blocks is not None else segment(result.text)
    found = article_lines([block.text for block in kept], page["gold"])
    first, last = article_bounds(found)
    return KeptAgainstGold(result, kept, found, first, last)


Count = TypeVar("Count")


def print_samples(samples: Mapping[str, list[str]]) -> None:
    """Print each group's sample lines under its name."""
    for group, lines in samples.items():
        print(f"\n{group}:")
        print("\n".join(f"  {line}" for line in lines))


def grouped_main(
    doc: str,
    argv: list[str] | None,
    groups: Sequence[str],
    measure: Callable[[list[dict], Cleaner, str | None, int], Count],
    report: Callable[[str, Count], None],
) -> int:
    """The command line of a script counting chrome lines by group: ``--datasets``, ``--limit``,
    ``--show GROUP`` (or ``all``) and ``--samples``; ``measure`` counts one set's pages and
    ``report`` prints the count. Exits 0 after saying so where the shared data is absent."""

    def options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--show", choices=(*groups, "all"), default=None, help="print sample lines of a group")
        parser.add_argument("--samples", type=int, default=15, help="sample lines per group")

    args, folder = dev_pages(doc, argv, options)
    if folder is None:
        return 0
    cleaner = Cleaner()
    for name in (name.strip() for name in args.datasets.split(",") if name.strip()):
        report(name, measure(load(folder, name, limit=args.limit), cleaner, args.show, args.samples))
    return 0
