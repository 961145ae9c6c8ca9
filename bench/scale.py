"""Scale benchmark: throughput with --jobs 1 and 2, peak memory at two batch sizes, Dask, kill + resume.

    python bench/scale.py [--docs 100000] [--repeats 3] [--no-dask] [--keep DIR]

The batch is JSONL: generated news stories (nine in ten have the 100 distinct content words
that duplicate marking needs to index them) with menus and share lines, and every 20th document
a corpus page (with a number changed). ``--docs`` sets the large size; the small one is a tenth
of it; the default takes about a quarter of an hour on two busy cores. Each measured run is
``cleaner clean`` in a process of its own, timed from its imports to its exit (start-up included;
a one-document run shows how much), with the CPU time of its main process and of its workers.

Throughput is measured on the large batch, where start-up is a small share, in alternating
``--jobs 1``/``--jobs 2`` pairs, ``--repeats`` of them, reported as medians, for cleaning alone
(``--no-learn --no-duplicates``) and for the defaults, which add the learning pass and duplicate
marking (their costly parts run in the workers too; the main process counts, looks up and
writes). Peak memory (``--jobs 2``, at both sizes, without duplicate marking and with the
defaults) is the largest resident size of any process of the run (the command or a worker),
from ``getrusage`` of the process that runs only that command.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

import orjson

ROOT = Path(__file__).resolve().parent.parent
CORPUS_EVERY = 20
WORDS = (
    *("the", "council", "said", "on", "a", "budget", "school", "river", "police", "market", "storm", "court"),
    *("minister", "company", "museum", "team", "season", "election", "would", "after", "before", "new", "old"),
    *("city", "state", "week", "year", "officials", "residents", "report", "plan", "vote"),
)
NAMES = 20_000
"""Made-up names and terms a story draws 40% of its words from: nine stories in ten get 100 to
260 distinct content words, as news stories do, so duplicate marking indexes them and its memory
grows with the stories it remembers (a 35-word vocabulary alone left the index empty)."""
NOISE_HEAD = ("Home\nWorld\nBusiness\nSports", "Menu\nSearch\nSubscribe", "Skip to content")
NOISE_TAIL = ("Share this article\nLeave a Reply", "Advertisement", "Follow us on Twitter\nRead more")
CLEANING_ONLY = ("--no-learn", "--no-duplicates")
_MEASURE = """
import os, resource, runpy, sys, time
report = os.fdopen(os.dup(1), "w")
quiet = os.open(os.devnull, os.O_WRONLY)
os.dup2(quiet, 1)
os.dup2(quiet, 2)
sys.argv = ["cleaner", *sys.argv[1:]]
start = time.perf_counter()
try:
    runpy.run_module("cleaner", run_name="__main__", alter_sys=True)
    code = 0
except SystemExit as done:
    code = done.code if isinstance(done.code, int) else 1
wall = time.perf_counter() - start
me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(code, wall, max(me.ru_maxrss, workers.ru_maxrss), me.ru_utime + me.ru_stime,
      workers.ru_utime + workers.ru_stime, file=report, flush=True)
"""
"""Runs ``cleaner`` with the given arguments in this wrapper's own process, so that its CPU time
(the main process, with its threads) is told apart from its worker processes' (its children),
and reports its exit code, wall time (from the command's imports on), peak RSS (KiB, the largest
process) and both CPU times."""


class Run(NamedTuple):
    """One measured run of the command."""

    wall: float
    """Seconds."""
    rss: int
    """Peak resident size of the largest process of the run (the command or a worker), MiB."""
    main_cpu: float
    """CPU seconds of the command's main process: reading, handing out, indexing, writing."""
    workers_cpu: float
    """CPU seconds of its worker processes (none with ``--jobs 1``)."""

    @property
    def cpu(self) -> float:
        return self.main_cpu + self.workers_cpu


def write_batch(path: Path, count: int, seed: int = 7) -> None:
    """``count`` JSONL records with unique ids, streamed to ``path``."""
    rng = random.Random(seed)
    corpus = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").rglob("*.txt"))]

    names = [_name(rng) for _ in range(NAMES)]

    def sentence() -> str:
        words = (rng.choice(WORDS) if rng.random() < 0.6 else rng.choice(names) for _ in range(rng.randint(12, 24)))
        return " ".join(words).capitalize() + "."

    def paragraph() -> str:
        return " ".join(sentence() for _ in range(rng.randint(2, 4)))

    with path.open("wb") as stream:
        for n in range(count):
            if n % CORPUS_EVERY == 0:
                text = corpus[(n // CORPUS_EVERY) % len(corpus)].replace(" the ", f" the {n} ", 1)
            else:
                body = "\n\n".join(paragraph() for _ in range(rng.randint(4, 8)))
                text = f"{rng.choice(NOISE_HEAD)}\n\n{body}\n\n{rng.choice(NOISE_TAIL)}"
            url = f"https://news{n % 50}.example.com/{n}"
            stream.write(orjson.dumps({"id": f"doc{n:07d}", "url": url, "text": text}) + b"\n")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


def cleaner_command(source: Path, target: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", "clean", str(source), "--format", "jsonl", "-o", str(target), *extra]


def measure(command: list[str]) -> Run:
    """One run of ``command`` (a :func:`cleaner_command`, which must succeed)."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command[3:]], capture_output=True, text=True, check=True)
    code, wall, rss, main_cpu, workers_cpu = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(command)} exited with {code}")
    return Run(float(wall), int(rss) // 1024, float(main_cpu), float(workers_cpu))


def throughput(folder: Path, batch: Path, count: int, repeats: int) -> tuple[Path, int]:
    """``--jobs 1`` and ``--jobs 2`` runs, alternating, ``repeats`` pairs per mode; the speed-up is
    the median of the pairs' ratios (the machine is shared: one pair can be off by 10%). Returns
    the defaults' ``--jobs 2`` output and the largest peak RSS of those runs.

    Since other programs' load moves wall times, the CPU times are reported too, and the speed-up
    they allow: two cores run ``--jobs 2``'s main process and workers together, so it takes at
    least ``max(main, (main + workers) / 2)`` seconds where ``--jobs 1`` takes its CPU time."""
    one = folder / "one.jsonl"
    one.write_bytes(batch.open("rb").readline())
    startup = measure(cleaner_command(one, folder / "one.out.jsonl")).wall
    print(f"start-up (one document, --jobs 1): {startup:.2f} s")
    peak = 0
    for label, flags in (("cleaning only", CLEANING_ONLY), ("defaults", ())):
        runs: dict[int, list[Run]] = {1: [], 2: []}
        for _ in range(repeats):
            for jobs in (1, 2):
                run = measure(cleaner_command(batch, folder / f"jobs{jobs}.jsonl", "--jobs", str(jobs), *flags))
                runs[jobs].append(run)
                if not flags and jobs == 2:
                    peak = max(peak, run.rss)
                print(
                    f"{label}, --jobs {jobs}: {count} docs in {run.wall:.1f} s = {count / run.wall:.0f} docs/s; "
                    f"cores busy {run.cpu / run.wall:.2f}; CPU s main {run.main_cpu:.2f}, workers "
                    f"{run.workers_cpu:.2f}; peak RSS {run.rss} MiB"
                )
        _speed_up(label, count, runs[1], runs[2])
    return folder / "jobs2.jsonl", peak


def _speed_up(label: str, count: int, ones: list[Run], twos: list[Run]) -> None:
    """The wall figures and the CPU figures of a mode's runs, as medians."""
    ratios = sorted(one.wall / two.wall for one, two in zip(ones, twos, strict=True))
    wall_one, wall_two = (statistics.median(run.wall for run in runs) for runs in (ones, twos))
    print(
        f"{label}: median docs/s --jobs 1 {count / wall_one:.0f}, --jobs 2 {count / wall_two:.0f}; speed-up "
        f"--jobs 2 / --jobs 1, median of {len(ratios)} pairs = {statistics.median(ratios):.2f}x (pairs: "
        f"{', '.join(f'{r:.2f}' for r in ratios)}; target >= 1.8x)"
    )
    alone = statistics.median(run.cpu for run in ones)
    main = statistics.median(run.main_cpu for run in twos)
    workers = statistics.median(run.workers_cpu for run in twos)
    print(
        f"{label}, CPU (medians): --jobs 1 {alone:.2f} s ({1000 * alone / count:.3f} ms a document); --jobs 2 "
        f"main process {main:.2f} s per {count} documents, workers {1000 * workers / count:.3f} ms a document "
        f"({workers + main - alone:+.2f} s against --jobs 1); the speed-up two cores allow: "
        f"{alone / max(main, (main + workers) / 2):.2f}x"
    )


def memory(folder: Path, small: Path, large: Path, sizes: tuple[int, int], large_peak: int) -> None:
    """Peak RSS with --jobs 2 at both sizes: the stream without the duplicate index (reading,
    learning, cleaning, writing), then the defaults (the large one from the throughput runs), and
    the large batch with the duplicate index limited to a tenth of the small batch's stories, to
    show where memory stops growing once the index is full."""
    peaks = []
    for batch in (small, large):
        peaks.append(measure(cleaner_command(batch, folder / "memory.jsonl", "--jobs", "2", "--no-duplicates")).rss)
    print(
        f"stream without the duplicate index (--no-duplicates), --jobs 2: peak RSS {peaks[0]} MiB at "
        f"{sizes[0]} docs, {peaks[1]} MiB at {sizes[1]}"
    )
    rss = measure(cleaner_command(small, folder / "memory.jsonl", "--jobs", "2")).rss
    print(
        f"defaults, --jobs 2: peak RSS {rss} MiB at {sizes[0]} docs, {large_peak} MiB at {sizes[1]} (largest of "
        "the throughput runs); the difference is the duplicate index, which remembers every distinct story"
    )
    limit = sizes[0] // 10
    wall, rss, *_ = measure(cleaner_command(large, folder / "memory.jsonl", "--jobs", "2", "--max-stories", str(limit)))
    print(
        f"{sizes[1]} docs, --jobs 2 --max-stories {limit}: peak RSS {rss} MiB ({sizes[1] / wall:.0f} docs/s): "
        "the index stops growing at --max-stories (default 1,000,000)"
    )


def dask_run(folder: Path, small: Path, count: int) -> None:
    """The same small batch through ``--scheduler`` and through ``clean_bag`` on a LocalCluster."""
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError:
        print("dask: not installed (pip install '.[dask]'), skipped")
        return
    from cleaner.run.dask_runner import clean_bag, learn_boilerplate
    from cleaner.run.tasks import CleanerSpec

    with (
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        wall = measure(cleaner_command(small, folder / "dask.jsonl", "--scheduler", cluster.scheduler_address)).wall
        print(f"dask LocalCluster (2 workers), --scheduler: {count} docs in {wall:.1f} s = {count / wall:.0f} docs/s")
        start = time.perf_counter()
        bag = db.read_text(str(small), blocksize=4 << 20).map(orjson.loads)
        spec = CleanerSpec().with_boilerplate(learn_boilerplate(bag))
        learned = time.perf_counter() - start
        clean_bag(bag, spec).map(orjson.dumps).map(bytes.decode).to_textfiles(str(folder / "bag-*.jsonl"))
        wall = time.perf_counter() - start
        print(
            f"dask LocalCluster (2 workers), learn_boilerplate + clean_bag: {count} docs in {wall:.1f} s "
            f"= {count / wall:.0f} docs/s (learning pass {learned:.1f} s; no duplicate marking)"
        )
        client.close()


def kill_and_resume(folder: Path, large: Path, count: int, complete: Path) -> None:
    """Kill a --jobs 2 run halfway (SIGKILL to its process group), resume it, compare with a full run."""
    target = folder / "resumed.jsonl"
    target.unlink(missing_ok=True)  # a --keep folder holds the last run's
    half = complete.stat().st_size // 2
    run = subprocess.Popen(
        cleaner_command(large, target, "--jobs", "2"), start_new_session=True, stderr=subprocess.DEVNULL
    )
    while run.poll() is None and not (target.exists() and target.stat().st_size >= half):
        time.sleep(0.05)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    with target.open("rb") as stream:
        before = sum(1 for _ in stream)
    start = time.perf_counter()
    subprocess.run(cleaner_command(large, target, "--jobs", "2", "--resume"), check=True, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    with target.open("rb") as stream:
        ids = [orjson.loads(line)["id"] for line in stream]
    once = ids == [f"doc{n:07d}" for n in range(count)]
    same = _same_file(target, complete)
    print(
        f"kill + resume at {count} docs: killed after {before} records, resumed in {wall:.1f} s; "
        f"every id exactly once and in order: {once}; output identical to an uninterrupted run: {same}"
    )
    if not once:
        raise SystemExit("resume check FAILED")
    if not same:
        print("(outputs differ: did the rules change between the two runs?)")


def _same_file(first: Path, second: Path) -> bool:
    with first.open("rb") as a, second.open("rb") as b:
        while True:
            chunk = a.read(1 << 20)
            if chunk != b.read(1 << 20):
                return False
            if not chunk:
                return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="large batch size; the small one is a tenth")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    parser.add_argument("--repeats", type=int, default=3, help="--jobs 1/--jobs 2 pairs per mode (median)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cleaner-scale-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        sizes = (args.docs // 10, args.docs)
        small, large = folder / f"batch{sizes[0]}.jsonl", folder / f"batch{sizes[1]}.jsonl"
        write_batch(small, sizes[0])
        write_batch(large, sizes[1])
        print(f"batches: {sizes[0]} and {sizes[1]} documents, {large.stat().st_size / sizes[1]:.0f} bytes each")
        complete, large_peak = throughput(folder, large, sizes[1], args.repeats)
        memory(folder, small, large, sizes, large_peak)
        if not args.no_dask:
            dask_run(folder, small, sizes[0])
        kill_and_resume(folder, large, sizes[1], complete)


if __name__ == "__main__":
    main()
