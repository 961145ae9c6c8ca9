"""HTML mode's time over trafilatura's default extraction of the same pages, medians of rounds.

    python bench/html_time_ratio.py [--datasets wcxb] [--limit 100] [--rounds 5] [--against DIR]

Each round is a process of its own (so every page meets the rules' memos cold, as a page of a
batch does): page by page, trafilatura's default extraction (comments off, as ``run_bench.py``
runs it), then ``Cleaner.clean`` on the page's HTML, each timed in process time, which other work
on a shared machine disturbs less than wall time. Printed per dataset: each round's ratio of the
two sums and their median. ``--against DIR`` names another checkout of cleaner (e.g. one made
with ``git worktree add`` or ``git archive main | tar -x -C DIR``) whose code runs in rounds
alternating with this one's, for a before/after comparison on the same machine at the same time.
Skips with a message where the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

_CHECKOUT = "CLEANER_TIME_CHECKOUT"
"""Environment variable naming the checkout a round imports cleaner from (unset: the installed one)."""
if os.environ.get(_CHECKOUT):  # that checkout's cleaner and rules, an editable install's import hook set aside
    sys.meta_path[:] = [finder for finder in sys.meta_path if "editable" not in repr(finder).lower()]
    sys.path.insert(0, os.environ[_CHECKOUT])
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import dev_pages, load  # noqa: E402 (after the checkout is on the path)

ROOT = Path(__file__).resolve().parent.parent


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rounds", type=int, default=5, help="rounds (processes) per checkout [5]")
    parser.add_argument("--against", help="another checkout of cleaner, timed in alternating rounds")
    parser.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)


def one_round(folder: Path, datasets: list[str], limit: int | None) -> dict[str, float]:
    """cleaner's process time over trafilatura's, per dataset, in this process."""
    import trafilatura

    from cleaner import Cleaner

    cleaner = Cleaner()
    ratios: dict[str, float] = {}
    for dataset in datasets:
        theirs = ours = 0.0
        for page in load(folder, dataset, limit=limit):
            start = time.process_time()
            trafilatura.extract(page["html"], url=page["url"], include_comments=False)
            middle = time.process_time()
            cleaner.clean(html=page["html"], url=page["url"])
            ours += time.process_time() - middle
            theirs += middle - start
        ratios[dataset] = ours / theirs if theirs else 0.0
    return ratios


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv, _options)
    if folder is None:
        return 0
    datasets = args.datasets.split(",")
    if args.one_round:
        print(json.dumps(one_round(folder, datasets, args.limit)))
        return 0
    checkouts = {"this": None} | ({"against": str(Path(args.against).resolve())} if args.against else {})
    command = [sys.executable, __file__, "--one-round", "--datasets", args.datasets]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    rounds: dict[str, list[dict[str, float]]] = {name: [] for name in checkouts}
    for _ in range(args.rounds):
        for name, checkout in checkouts.items():
            environment = {k: v for k, v in os.environ.items() if k != _CHECKOUT}
            if checkout is not None:
                environment[_CHECKOUT] = checkout
            done = subprocess.run(command, env=environment, capture_output=True, text=True, check=True, cwd=ROOT)
            rounds[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    print("| checkout | dataset | rounds (cleaner / trafilatura, process time) | median |")
    print("|---|---|---|---|")
    for name, results in rounds.items():
        for dataset in datasets:
            values = [result[dataset] for result in results]
            shown = " ".join(f"{value:.3f}" for value in values)
            print(f"| {name} | {dataset} | {shown} | {statistics.median(values):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
