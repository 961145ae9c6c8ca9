"""Text mode against the line filter of LLM-corpus pipelines: datatrove's C4 filter, FineWeb's way.

    python bench/line_filters.py [--datasets scrapinghub,wcxb] [--rounds 5] [--limit 100]

Both run over the same dev full texts in one process, in alternating rounds (C4, cleaner, C4,
...), one document at a time; each system's speed is the median of its rounds, and the ratio is
taken round by round (cleaner's time over C4's). Time is CPU time (the process's, or a child
run's from ``getrusage``), not wall time: on a shared machine other work stretches wall time by
whatever it takes, while CPU time counts only what the system itself spent.

- ``c4``: datatrove's ``C4QualityFilter`` as FineWeb configures it (``filter_no_terminal_punct=
  False``) with its whole-document drops switched off (``min_num_sentences=-1``, no lorem-ipsum
  or curly-bracket drops), so it is the line filter alone and every page keeps an output.
- ``cleaner``: ``Cleaner().clean(text, url=...)``, one document at a time, cleaning alone.
- ``cleaner_defaults``: ``cleaner clean`` with its defaults over the whole set as one JSONL
  batch (site boilerplate learned over the batch, same-story marking), ``--jobs 1``, each round
  in its own process; the start-up (a one-document run, timed the same way) is subtracted.

The cleaner measured is this checkout's (its folder goes first on the import path), whatever
an installed copy points at.

F1 is the scrapinghub metric of :mod:`cleaner.review.scoring`. datatrove is a benchmark-only
dependency (``pip install datatrove``); without it, or without the data, the script says so and
exits 0.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from run_bench import ROOT, dev_pages, load

from cleaner import Cleaner
from cleaner.review.scoring import score, summarize

Clean = Callable[[list[dict]], tuple[list[str], float]]
"""A system: the set's pages in; each page's kept text out, in order, and the CPU seconds it took."""


def timed(run: Callable[[list[dict]], list[str]]) -> Clean:
    """An in-process system, timed by this process's CPU time."""

    def measured(pages: list[dict]) -> tuple[list[str], float]:
        start = time.process_time()
        outputs = run(pages)
        return outputs, time.process_time() - start

    return measured


def children_cpu() -> float:
    """CPU seconds spent so far by this process's finished children."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed_children(run: Callable[[list[dict]], list[str]]) -> Clean:
    """A system that runs in child processes, timed by the CPU time they spent."""

    def measured(pages: list[dict]) -> tuple[list[str], float]:
        start = children_cpu()
        outputs = run(pages)
        return outputs, children_cpu() - start

    return measured


def c4_filter() -> Clean | None:
    """datatrove's C4 line filter in FineWeb's configuration, whole-document drops off."""
    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters import C4QualityFilter
    except ImportError:
        return None
    line_filter = C4QualityFilter(
        filter_no_terminal_punct=False, min_num_sentences=-1, filter_lorem_ipsum=False, filter_curly_bracket=False
    )

    def run(pages: list[dict]) -> list[str]:
        kept = []
        for number, page in enumerate(pages):
            document = Document(text=page["fulltext"], id=str(number))
            line_filter.filter(document)
            kept.append(document.text)
        return kept

    return timed(run)


def cleaner_alone() -> Clean:
    cleaner = Cleaner()
    return timed(lambda pages: [cleaner.clean(page["fulltext"], url=page["url"]).text for page in pages])


def cleaner_defaults() -> Clean:
    """The command line with its defaults, one process per call, its own start-up subtracted."""
    command = [sys.executable, "-m", "cleaner", "clean", "--format", "jsonl", "--jobs", "1"]

    def batch(pages: list[dict], folder: Path) -> list[str]:
        source, target = folder / "in.jsonl", folder / "out.jsonl"
        with source.open("w", encoding="utf-8") as lines:
            for number, page in enumerate(pages):
                lines.write(json.dumps({"id": str(number), "url": page["url"], "text": page["fulltext"]}) + "\n")
        subprocess.run([*command, str(source), "-o", str(target)], check=False, capture_output=True, cwd=ROOT)
        return [json.loads(line)["text"] or "" for line in target.read_text(encoding="utf-8").splitlines()]

    def run(pages: list[dict]) -> tuple[list[str], float]:
        with tempfile.TemporaryDirectory() as tmp:
            _, startup = timed_children(lambda one: batch(one, Path(tmp)))(pages[:1])
            outputs, seconds = timed_children(lambda every: batch(every, Path(tmp)))(pages)
            return outputs, seconds - startup

    return run


def f1(pages: list[dict], outputs: list[str]) -> float:
    return summarize([score(output, page["gold"]) for page, output in zip(pages, outputs, strict=True)]).f1


def compare(pages: list[dict], systems: dict[str, Clean], rounds: int) -> dict[str, tuple[float, float, float]]:
    """Per system: F1, median docs/s, and the median per-round ratio of its time to the first system's."""
    times: dict[str, list[float]] = {name: [] for name in systems}
    outputs: dict[str, list[str]] = {}
    for run in systems.values():
        run(pages[:1])  # start-up paid untimed
    for _ in range(rounds):
        for name, run in systems.items():
            outputs[name], seconds = run(pages)
            times[name].append(seconds)
    first = next(iter(systems))
    return {
        name: (
            f1(pages, outputs[name]),
            len(pages) / statistics.median(times[name]),
            statistics.median(mine / theirs for mine, theirs in zip(times[name], times[first], strict=True)),
        )
        for name in systems
    }


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rounds", type=int, default=5, help="alternating timed rounds per system (default 5)")


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv, _options)
    if folder is None:
        return 0
    c4 = c4_filter()
    if c4 is None:
        print("skipped: datatrove is not installed (pip install datatrove); it is a benchmark-only dependency")
        return 0
    systems = {"c4": c4, "cleaner": cleaner_alone(), "cleaner_defaults": cleaner_defaults()}
    print(f"{args.rounds} alternating rounds, one process, Python {sys.version.split()[0]}")
    print("| dataset | system | F1 | docs/s (median) | time / c4 (median of rounds) |")
    print("|---|---|---|---|---|")
    for dataset in (name.strip() for name in args.datasets.split(",") if name.strip()):
        pages = load(folder, dataset, limit=args.limit)
        for name, (quality, speed, ratio) in compare(pages, systems, args.rounds).items():
            print(f"| {dataset} | {name} | {quality:.3f} | {speed:.0f} | {ratio:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
