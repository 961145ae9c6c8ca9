"""Every dev page in HTML mode accounts for its whole visible text: kept text plus removals give it back.

    python bench/html_accounting.py [--datasets wcxb] [--limit 50]

Prints, per dataset, the pages checked and those where :func:`cleaner.review.accounting.unaccounted`
found a problem (with the first problem of each). Skips with a message where the data is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import dev_pages, load

from cleaner import Cleaner
from cleaner.documents.html import extract
from cleaner.review.accounting import unaccounted


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv)
    if folder is None:
        return 0
    cleaner = Cleaner()
    failed_any = False
    for dataset in args.datasets.split(","):
        pages = load(folder, dataset, limit=args.limit)
        failures = []
        for page in pages:
            result = cleaner.clean(html=page["html"], url=page["url"])
            problems = unaccounted(result)
            if result.source != extract(page["html"], page["url"]).text:
                problems.append("the result's source is not the page's visible text")
            if problems:
                failures.append(f"{page['id']}: {problems[0]}")
        failed_any = failed_any or bool(failures)
        print(f"{dataset}: {len(pages)} pages, {len(failures)} not accounted for", flush=True)
        for failure in failures[:10]:
            print("   ", failure)
    return 1 if failed_any else 0


if __name__ == "__main__":
    raise SystemExit(main())
