"""Score cleaner against the HTML extractors people use, and in text mode, on the shared dev pages.

    python bench/run_bench.py [--datasets scrapinghub,wcxb] [--limit 50] [--only cleaner,trafilatura]

HTML mode runs every page's ``html`` through cleaner (the page's visible text, trafilatura's
verdict on each line as evidence, then the rules and the guard) and through trafilatura (default,
favor_precision, favor_recall), readability-lxml, jusText, resiliparse and rs-trafilatura;
``extract`` is the lines trafilatura keeps as cleaner reads them (no rules). Under the table,
cleaner's HTML truncation share again with the headline lines it moved to ``metadata.title``
counted as kept (the golds disagree on the headline; the product moves it). rs-trafilatura ships
a CPython 3.12 wheel only, so it runs in a side environment: the Python named by
``CLEANER_RS_PYTHON``, else ``.venv312/bin/python`` in the repository (make it with
``~/.pyenv/versions/3.12.*/bin/python -m venv .venv312 && .venv312/bin/pip install rs-trafilatura``);
it is timed inside that process, without the pipe, and skipped with a message where absent. Text
mode runs the page's ``fulltext`` (all visible text) through cleaner. Every system is timed in
the same run, one process, one document at a time. The metric is :mod:`cleaner.review.scoring`.

Text mode also prints, per system: gold retention (gold tokens kept, the headline cleaner moved to
``metadata.title`` counted as kept), the same with policy removals aside (the gold taken by removals
:func:`~cleaner.review.scoring.policy_removal` names, inline "Related:" links and syndication
notices, counted as kept: chrome by the product's definition, not body loss), the share of pages
cleaning truncated (recall under 0.9 in the output, the moved headline again counted as kept, but
not in the input), and where the chrome it leaves sits: tokens of non-article lines per page, and
their shares before, inside and after the article span (located from the gold), in short (under ten
words) and long lines.

The data is ``../shared/bench`` next to the repository, or the folder named by
``CLEANER_BENCH_DATA``; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaner import Cleaner
from cleaner.documents.html import extract
from cleaner.review.scoring import (
    LENGTHS,
    POSITIONS,
    TRUNCATED_BELOW,
    DocScore,
    Retention,
    chrome_left,
    policy_removal,
    retention,
    score,
    summarize,
)

DATASETS = ("scrapinghub", "readability", "wcxb")
ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path | None:
    """The folder holding ``<dataset>/dev.jsonl.gz``, or None when the shared data is absent."""
    named = os.environ.get("CLEANER_BENCH_DATA")
    base = Path(named) if named else ROOT.parent / "shared" / "bench"
    for candidate in (base / "data", base):
        if any((candidate / name / "dev.jsonl.gz").is_file() for name in DATASETS):
            return candidate
    return None


NO_DATA = "skipped: no benchmark data (expected ../shared/bench next to the repository or CLEANER_BENCH_DATA)"


def dev_pages(
    doc: str, argv: list[str] | None, options: Callable[[argparse.ArgumentParser], object] | None = None
) -> tuple[argparse.Namespace, Path | None]:
    """``--datasets``/``--limit`` arguments of a script over the dev pages (``options`` adds the
    script's own), and the data folder (None, after saying so, where the shared data is absent)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--datasets", default=",".join(DATASETS), help="comma-separated, of: " + ", ".join(DATASETS))
    parser.add_argument("--limit", type=int, help="at most this many pages per dataset")
    if options is not None:
        options(parser)
    args = parser.parse_args(argv)
    folder = data_dir()
    if folder is None:
        print(NO_DATA)
    return args, folder


def pages_of(folder: Path, datasets: str, limit: int | None = None) -> list[dict]:
    """The dev pages of the comma-separated ``datasets``, in that order, at most ``limit`` of each."""
    names = (name.strip() for name in datasets.split(",") if name.strip())
    return [page for dataset in names for page in load(folder, dataset, limit=limit)]


def load(folder: Path, dataset: str, *, every: int = 1, limit: int | None = None) -> list[dict]:
    """Every ``every``-th page of a dataset's dev split (a fixed sample), at most ``limit`` of them."""
    with gzip.open(folder / dataset / "dev.jsonl.gz", "rt", encoding="utf-8") as lines:
        pages = [json.loads(text) for number, text in enumerate(lines) if number % every == 0]
    return pages[:limit] if limit is not None else pages


Run = Callable[[dict], "str | tuple[str, str, str]"]
"""A system: one page record in, the text it keeps out (text mode: with the text it moved to
``metadata.title`` and the text its policy removals took, as a triple)."""


def _html_text(fragment: str) -> str:
    """Visible text of an HTML fragment, with a line break after each block element."""
    import lxml.html

    if not fragment.strip():
        return ""
    tree = lxml.html.fromstring(fragment)
    for element in tree.iter(_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return tree.text_content()


_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "pre", "blockquote", "section")


class SideExtractor:
    """rs-trafilatura in its own Python 3.12 process (``rs_trafilatura_worker.py``), one page at a
    time over a pipe; ``last_seconds`` is the extraction time the worker measured."""

    def __init__(self, python: str) -> None:
        worker = Path(__file__).resolve().parent / "rs_trafilatura_worker.py"
        self.process = subprocess.Popen(
            [python, str(worker)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
        )
        ready = self.process.stdout.readline() if self.process.stdout else ""
        if not ready.strip():
            raise RuntimeError(f"{python} could not run rs_trafilatura_worker.py (is rs-trafilatura installed?)")
        self.last_seconds = 0.0

    def __call__(self, page: dict) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"html": page["html"], "url": page["url"]}) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        self.last_seconds = answer["seconds"]
        if "error" in answer:
            raise RuntimeError(answer["error"])
        return answer["text"]


def side_python() -> str | None:
    """The Python 3.12 that has rs-trafilatura, or None (with a message saying how to make one)."""
    named = os.environ.get("CLEANER_RS_PYTHON")
    python = Path(named) if named else ROOT / ".venv312" / "bin" / "python"
    if python.is_file():
        return str(python)
    print(
        f"rs_trafilatura skipped: no side environment at {python} (set CLEANER_RS_PYTHON or make .venv312 with"
        " a Python 3.12 and pip install rs-trafilatura)",
        file=sys.stderr,
    )
    return None


def html_systems() -> dict[str, Run]:
    """HTML mode: cleaner and the extractors it is compared with, by name."""
    import justext
    import trafilatura
    from readability import Document
    from resiliparse.extract.html2text import extract_plain_text

    cleaner = Cleaner()
    english = justext.get_stoplist("English")

    def trafilatura_with(**options: bool) -> Run:
        """Main text only (comments off), as trafilatura's own benchmark scores it."""
        return lambda page: trafilatura.extract(page["html"], url=page["url"], include_comments=False, **options) or ""

    def clean_html(page: dict) -> tuple[str, str, str]:
        result = cleaner.clean(html=page["html"], url=page["url"])
        moved = "\n".join(removal.text for removal in result.removed if removal.rule in HEADLINE_RULES)
        return result.text, moved, ""

    systems: dict[str, Run] = {
        "cleaner": clean_html,
        "extract": lambda page: extract(page["html"], page["url"]).kept_text,
        "trafilatura": trafilatura_with(),
        "trafilatura_precision": trafilatura_with(favor_precision=True),
        "trafilatura_recall": trafilatura_with(favor_recall=True),
        "readability": lambda page: _html_text(Document(page["html"]).summary(html_partial=True)),
        "justext": lambda page: "\n".join(
            p.text for p in justext.justext(page["html"], english) if not p.is_boilerplate
        ),
        "resiliparse": lambda page: extract_plain_text(page["html"], main_content=True, alt_texts=False),
    }
    python = side_python()
    if python is not None:
        try:
            systems["rs_trafilatura"] = SideExtractor(python)
        except (OSError, RuntimeError) as error:
            print(f"rs_trafilatura skipped: {error}", file=sys.stderr)
    return systems


HEADLINE_RULES = frozenset({"extracted.headline", "extracted.page_title", "extracted.standfirst"})
"""Rules that move a page's headline line to ``metadata.title`` (and its standfirst to
``metadata.standfirst``): HTML mode counts the lines they take as kept for its truncation figure
beside the plain one."""


def text_systems() -> dict[str, Run]:
    """Text mode: the page's visible text as is, and through cleaner."""
    cleaner = Cleaner()

    def clean_text(page: dict) -> tuple[str, str, str]:
        result = cleaner.clean(page["fulltext"], url=page["url"])
        title = result.metadata.get("title")
        policy = "\n".join(removal.text for removal in result.removed if policy_removal(removal.category, removal.rule))
        return result.text, title if isinstance(title, str) else "", policy

    return {"fulltext": lambda page: page["fulltext"], "cleaner_text": clean_text}


@dataclass
class Row:
    """One system on one dataset: per-document scores, text-mode retention, time and errors."""

    system: str
    mode: str
    scores: list[DocScore] = field(default_factory=list)
    retained: Retention | None = None
    policy_aside: Retention | None = None
    """Retention with the gold that policy removals take counted as kept (text mode)."""
    worst: float = 1.0
    """Lowest per-document gold retention (text mode)."""
    cut: int = 0
    """Pages with recall under 0.9 (the headline moved to ``metadata.title`` counted as kept) whose
    input had 0.9 or more: truncated by cleaning (text mode)."""
    titled: int | None = None
    """HTML mode, for a system that moves the headline to ``metadata.title`` (cleaner): pages with
    recall under 0.9 with the headline lines it moved counted as kept."""
    left: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Tokens of chrome left in the output, by position against the article and line length."""
    seconds: float = 0.0
    errors: int = 0

    @property
    def speed(self) -> float:
        return len(self.scores) / self.seconds if self.seconds else 0.0


def evaluate(chosen: dict[str, tuple[str, Run]], pages: list[dict]) -> list[Row]:
    """Run every system over the pages, interleaved page by page so that caches and machine load
    weigh on all systems alike; each system first sees one page untimed to pay its start-up.
    The order alternates from page to page (forwards, then backwards): systems that share code
    (cleaner runs trafilatura) warm its caches for whoever runs next on the same page, which
    otherwise favours the later system. A failure scores as empty output and is counted."""
    rows = [
        Row(name, mode, retained=Retention(0, 0), policy_aside=Retention(0, 0))
        if mode == "text" and name != "fulltext"
        else Row(name, mode)
        for name, (mode, _) in chosen.items()
    ]
    runs = [run for _, run in chosen.values()]
    for run in runs:
        with contextlib.suppress(Exception):
            run(pages[0])
    text_mode = any(row.mode == "text" for row in rows)
    for number, page in enumerate(pages):
        whole = score(page["fulltext"], page["gold"]).recall if text_mode else None
        order = list(zip(rows, runs, strict=True))
        for row, run in order if number % 2 == 0 else reversed(order):
            start = time.perf_counter()
            try:
                output = run(page)
            except Exception:
                output = ""
                row.errors += 1
            elapsed = time.perf_counter() - start
            row.seconds += getattr(run, "last_seconds", elapsed)
            text, moved, policy = output if isinstance(output, tuple) else (output, "", "")
            row.scores.append(score(text, page["gold"]))
            if row.mode != "text":
                if isinstance(output, tuple):
                    recall = score(f"{moved}\n{text}", page["gold"]).recall if moved else row.scores[-1].recall
                    row.titled = (row.titled or 0) + (recall is not None and recall < TRUNCATED_BELOW)
                continue
            row.left += chrome_left(text, page["gold"])
            recall = score(f"{moved}\n{text}", page["gold"]).recall if moved else row.scores[-1].recall
            if recall is not None and whole is not None and recall < TRUNCATED_BELOW <= whole:
                row.cut += 1
            if row.retained is not None and row.policy_aside is not None:
                kept = retention(page["fulltext"], text, page["gold"], moved)
                row.retained += kept
                row.worst = min(row.worst, kept.share)
                row.policy_aside += retention(page["fulltext"], text, page["gold"], f"{moved}\n{policy}")
    return rows


def chrome_table(rows: list[Row]) -> Iterator[str]:
    """Text mode: how much chrome each system leaves per page, and where it sits."""
    places = [(position, length) for position in POSITIONS for length in LENGTHS]
    yield (
        "| system | truncated by cleaning | chrome tokens/page | "
        + " | ".join(f"{position} {length}" for position, length in places)
        + " |"
    )
    yield "|---" * (3 + len(places)) + "|"
    for row in rows:
        if row.mode != "text":
            continue
        total = sum(row.left.values())
        shares = " | ".join(f"{row.left[place] / total:.0%}" if total else "-" for place in places)
        pages = len(row.scores)
        cut = f"{row.cut / pages:.3f} ({row.cut})" if pages else "-"
        yield f"| {row.system} | {cut} | {total / pages if pages else 0:.0f} | {shares} |"


def table(rows: list[Row]) -> Iterator[str]:
    yield (
        "| system | mode | F1 | P | R | trunc (R<0.9) | gold retention | policy aside | worst doc | docs/s | errors |"
    )
    yield "|---|---|---|---|---|---|---|---|---|---|---|"
    for row in rows:
        s = summarize(row.scores)
        kept = (
            f"{row.retained.share:.4f} | {row.policy_aside.share:.4f} | {row.worst:.3f}"
            if row.retained and row.policy_aside
            else "| | "
        )
        yield (
            f"| {row.system} | {row.mode} | {s.f1:.3f} | {s.precision:.3f} | {s.recall:.3f} | {s.truncated:.3f}"
            f" | {kept} | {row.speed:.1f} | {row.errors} |"
        )


def _options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--every", type=int, default=1, help="take every N-th page (a fixed sample)")
    parser.add_argument("--only", help="comma-separated system names, e.g. cleaner,cleaner_text,trafilatura")


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv, _options)
    if folder is None:
        return 0
    datasets = [name.strip() for name in args.datasets.split(",") if name.strip()]
    unknown = set(datasets) - set(DATASETS)
    systems = {
        **{name: ("html", run) for name, run in html_systems().items()},
        **{name: ("text", run) for name, run in text_systems().items()},
    }
    chosen = [name.strip() for name in args.only.split(",")] if args.only else list(systems)
    unknown |= set(chosen) - set(systems)
    if unknown:
        print(f"run_bench.py: error: unknown: {', '.join(sorted(unknown))}; systems are {', '.join(systems)}",
              file=sys.stderr)
        return 2

    print(f"measured {dt.date.today().isoformat()}, one process, Python {sys.version.split()[0]}")
    for dataset in datasets:
        pages = load(folder, dataset, every=args.every, limit=args.limit)
        rows = evaluate({name: systems[name] for name in chosen}, pages) if pages else []
        print(f"\n**{dataset}** dev, {len(pages)} pages\n")
        print("\n".join(table(rows)), flush=True)
        for row in rows:
            judged = sum(doc.recall is not None for doc in row.scores)
            if row.titled is not None and judged:
                print(
                    f"\n{row.system} (html), pages truncated with the headline lines it moved to metadata.title"
                    f" counted as kept: {row.titled / judged:.3f} ({row.titled})",
                    flush=True,
                )
        if any(row.mode == "text" for row in rows):
            print("\nText mode, chrome left (shares of its tokens; positions against the gold's article lines):\n")
            print("\n".join(chrome_table(rows)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
