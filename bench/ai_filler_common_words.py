"""Build the AI-filler detector's table of common words from real article text.

    python bench/ai_filler_common_words.py [--share 0.05] [--check]

A paragraph's **novelty** is the share of its words that say something the rest of the article
does not: a word no other paragraph uses. But a new word only carries content when it is
specific: "routine", "decision" or "small" are new to a page as easily as "bumblebees", and
filler that talks around a story in everyday words is not saying anything new. Which words are
everyday is learned here from real text, not written by hand: the gold article bodies of the
shared dev pages (``<dataset>/dev.jsonl.gz``, field ``gold``; several hundred articles over many
topics, sites and years). A content stem (the detector's stem of a word that is not a stop word)
used by at least ``--share`` of those articles is common: it occurs whatever the article is about.
The table lists those stems with the number of articles using each, and ships with the rules
(``rules/families/data/ai_filler_common_stems.txt``); the detector counts a new word as novelty
only when its stem is not in it.

``--check`` rebuilds the table in memory and says whether the committed file matches (exit 1 if
not). The data is ``../shared/bench`` next to the repository, or the folder named by
``CLEANER_BENCH_DATA``; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from pathlib import Path

from ai_filler_fp import load_pages  # the harness beside this script
from cleaner.builtin_rules.families.ai_filler import COMMON_STEMS_FILE, LEXICON
from run_bench import NO_DATA

DEFAULT_SHARE = 0.05


def page_counts(golds: list[str]) -> Counter[str]:
    """How many of the articles use each content stem."""
    counts: Counter[str] = Counter()
    for gold in golds:
        counts.update(LEXICON.find_content(gold)[0])
    return counts


def table(golds: list[str], share: float) -> str:
    """The file's text: a header saying how it was built, then ``stem<TAB>articles`` lines by stem."""
    counts = page_counts(golds)
    least = math.ceil(share * len(golds))
    rows = sorted((stem, count) for stem, count in counts.items() if count >= least)
    header = (
        f"# Content-word stems used by at least {share:g} of {len(golds)} real article bodies (at least {least}):\n"
        "# common whatever the article is about, so a new one says nothing specific. Built by\n"
        "# bench/ai_filler_common_words.py from the gold bodies of the shared dev pages; do not edit.\n"
        "# stem<TAB>articles using it\n"
    )
    return header + "".join(f"{stem}\t{count}\n" for stem, count in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--share", type=float, default=DEFAULT_SHARE, help="share of articles a common stem is in")
    parser.add_argument("--check", action="store_true", help="compare with the committed table, write nothing")
    args = parser.parse_args(argv)
    pages = load_pages()
    golds = [row["gold"] for rows in pages.values() for row in rows if row.get("gold")]
    if not golds:
        print(NO_DATA)
        return 0
    text = table(golds, args.share)
    stems = sum(1 for line in text.splitlines() if not line.startswith("#"))
    target = Path(COMMON_STEMS_FILE)
    if args.check:
        same = target.is_file() and target.read_text(encoding="utf-8") == text
        state = "up to date" if same else "differs from a rebuild"
        print(f"{target}: {state} ({stems} stems from {len(golds)} articles)")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}: {stems} stems used by at least {args.share:g} of {len(golds)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
