"""md5 of cleaner's JSONL output over the corpus and every dev page, to show a change keeps output.

    python bench/output_digest.py [--renames renames.json] [--sets corpus,wcxb_fulltext]

Runs ``cleaner clean --format jsonl`` with its defaults over the shipped corpus and over each dev
set's full texts and HTML pages (one JSONL batch per set), and prints, per set, the number of
records and the md5 of their ``id``, ``text``, ``removed``, ``metadata`` and ``error`` in order.
``held`` is left out (it records what the guard refused, which a refactoring may add to), and
``--renames`` maps old rule ids to new ones ({"old": "new"}) so a renamed rule does not count as a
change. Run it before and after a change that should not alter output and compare the lines.
The dev sets come from ``../shared/bench`` or ``CLEANER_BENCH_DATA``; without them only the corpus
is digested, and the script says so.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import DATASETS, ROOT, data_dir, load


def digest(paths: list[Path], renames: dict[str, str]) -> tuple[int, str]:
    """Records written and the md5 of their compared fields, for one batch of inputs."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        command = [sys.executable, "-m", "cleaner", "clean", *map(str, paths), "--format", "jsonl", "-o", str(out)]
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        md5, count = hashlib.md5(), 0
        for line in out.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            for removal in record.get("removed") or []:
                removal["rule"] = renames.get(removal["rule"], removal["rule"])
            fields = [record.get(name) for name in ("id", "text", "removed", "metadata", "error")]
            md5.update(json.dumps(fields, sort_keys=True).encode() + b"\n")
            count += 1
        return count, md5.hexdigest()


def dev_batches(folder: Path, tmp: Path) -> dict[str, Path]:
    """Each dev set as two JSONL batches, its full texts and its HTML pages."""
    fields = (("fulltext", "text"), ("html", "html"))
    batches = {}
    for dataset in DATASETS:
        paths = [tmp / f"{dataset}_{field}.jsonl" for field, _ in fields]
        with contextlib.ExitStack() as stack:
            outs = [stack.enter_context(path.open("w", encoding="utf-8")) for path in paths]
            for page in load(folder, dataset):
                for out, (field, key) in zip(outs, fields, strict=True):
                    out.write(json.dumps({"id": page["id"], "url": page.get("url"), key: page[field]}) + "\n")
        batches |= {f"{dataset}_{field}": path for (field, _), path in zip(fields, paths, strict=True)}
    return batches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--renames", type=Path, help="JSON object mapping old rule ids to new ones")
    parser.add_argument("--sets", help="comma-separated subset of: corpus, <dataset>_fulltext, <dataset>_html")
    args = parser.parse_args(argv)
    renames = json.loads(args.renames.read_text()) if args.renames else {}
    with tempfile.TemporaryDirectory() as tmp:
        batches = {"corpus": ROOT / "corpus"}
        folder = data_dir()
        if folder is None:
            print("no benchmark data (expected ../shared/bench or CLEANER_BENCH_DATA): the corpus only")
        else:
            batches |= dev_batches(folder, Path(tmp))
        chosen = args.sets.split(",") if args.sets else list(batches)
        for name in chosen:
            if name not in batches:
                parser.error(f"unknown set {name}; sets are {', '.join(batches)}")
            print(name, *digest([batches[name]], renames), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
