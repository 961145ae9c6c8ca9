"""cleaner's author search against trafilatura's on the dev pages: the same answers, and the time of each.

    python bench/html_metadata_bench.py [--datasets wcxb] [--limit 100]

Prints, per dataset, the pages, those with an author, those where the two searches disagree (the
first few listed) and the seconds each took in all. Skips with a message where the data is absent.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import dev_pages, load

from cleaner.documents.html_author import find_author


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv)
    if folder is None:
        return 0
    from trafilatura import load_html
    from trafilatura.metadata import extract_author

    print("| dataset | pages | with an author | disagree | trafilatura s | cleaner s |")
    print("|---|---|---|---|---|---|")
    for dataset in args.datasets.split(","):
        theirs_seconds = ours_seconds = 0.0
        pages = found = 0
        disagree: list[str] = []
        for page in load(folder, dataset, limit=args.limit):
            tree = load_html(page["html"])
            if tree is None:
                continue
            start = time.perf_counter()
            theirs = extract_author(tree)
            theirs_seconds += time.perf_counter() - start
            start = time.perf_counter()
            ours = find_author(tree)
            ours_seconds += time.perf_counter() - start
            pages += 1
            found += theirs is not None
            if ours != theirs:
                disagree.append(f"{page['id']}: {theirs!r} vs {ours!r}")
        print(f"| {dataset} | {pages} | {found} | {len(disagree)} | {theirs_seconds:.2f} | {ours_seconds:.2f} |")
        for line in disagree[:5]:
            print("   ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
