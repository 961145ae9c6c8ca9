"""The ``cleaner`` command: batch cleaning of files, folders, JSONL, WARC and standard input."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import click
import orjson

from cleaner.batch import BatchCleaner, CleanerSpec
from cleaner.explain import explain
from cleaner.inputs import ReadStats, read_inputs
from cleaner.loader import load_rules
from cleaner.rules import CATEGORIES

EXAMPLES = """
\b
Examples:
  cleaner clean article.txt                    # cleaned text on standard output
  cleaner clean scraped/ -o cleaned/           # a folder in, a folder of .txt files out
  cleaner clean pages.jsonl --format jsonl -o clean.jsonl --jobs 2
  cat page.txt | cleaner clean - --explain     # see every removal and its reason
  cleaner clean page.html --url https://example.com/story
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="cleaner")
def main() -> None:
    """Strip scrape noise (menus, promos, share widgets, repeats, feed footers, AI filler) from
    web and news articles. Only whole lines are removed, never a part of one, and every removal
    is recorded with the rule that made it and why."""


@main.command(epilog=EXAMPLES)
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(), help="File to write (jsonl), or folder (text, many documents).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "jsonl"]),
    default="text",
    show_default=True,
    help="text: the cleaned text. jsonl: one record per document with removals, reasons and metadata.",
)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Extra folder of rule modules (repeatable).")
@click.option("--keep", multiple=True, type=click.Choice(CATEGORIES),
              help="Never remove this category (repeatable), e.g. --keep ai_filler.")
@click.option("--ai-sensitivity", type=click.FloatRange(0.0, 1.0), default=None,
              help="AI-filler detector sensitivity from 0 (never) to 1 (eager); default 0.5.")
@click.option("--url", default=None, help="URL of a single input document, to select site rules.")
@click.option(
    "--explain", "explain_removals", is_flag=True, help="Show each document with removed lines struck out and why."
)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
def clean(
    paths: tuple[str, ...],
    output: str | None,
    output_format: str,
    jobs: int,
    rule_dirs: tuple[str, ...],
    keep: tuple[str, ...],
    ai_sensitivity: float | None,
    url: str | None,
    explain_removals: bool,
    progress: bool | None,
) -> None:
    """Clean PATHS: .txt, .html/.htm, .jsonl (fields text or html, optional id and url),
    .warc/.warc.gz, folders (recursively) or - for standard input (JSONL when it starts with
    "{", else one text document). Gzipped inputs are read transparently.

    Exit status: 0 all cleaned, 1 some documents became error records, 2 usage error.
    """
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise click.BadParameter(f"{path} does not exist", param_hint="PATHS")
    settings = (("ai_filler.sensitivity", ai_sensitivity),) if ai_sensitivity is not None else ()
    spec = CleanerSpec(rule_dirs=rule_dirs, keep=frozenset(keep), settings=settings)
    for problem in load_rules(rule_dirs).errors:
        click.echo(f"warning: {problem}", err=True)
    stats = ReadStats()
    records = read_inputs(paths, stats)
    if url is not None:
        records = _with_url(records, url)
    batch = BatchCleaner(spec=spec, jobs=jobs, detail=explain_removals)
    show_progress = sys.stderr.isatty() if progress is None else progress
    summary = Summary()
    outputs = summary.watch(_progress(batch.run(records), show_progress))
    if explain_removals:
        color = sys.stdout.isatty()
        for record in outputs:
            click.echo(explain(record, color=color))
    elif output_format == "jsonl":
        _write_jsonl(outputs, output)
    else:
        _write_text(outputs, output)
    click.echo(summary.line(stats), err=True)
    sys.exit(1 if summary.errors else 0)


def _with_url(records: Iterator[Any], url: str) -> Iterator[Any]:
    for record in records:
        record.url = record.url or url
        yield record


def _progress(outputs: Iterator[dict[str, Any]], enabled: bool) -> Iterator[dict[str, Any]]:
    if not enabled:
        return outputs
    from tqdm import tqdm

    return iter(tqdm(outputs, unit="doc", file=sys.stderr, dynamic_ncols=True))


class Summary:
    """Counts what went by for the closing line on standard error."""

    def __init__(self) -> None:
        self.documents = 0
        self.errors = 0
        self.characters = 0
        self.categories: Counter[str] = Counter()

    def watch(self, outputs: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in outputs:
            self.documents += 1
            if record.get("error"):
                self.errors += 1
            self.characters += len(record.get("text") or "")
            self.categories.update(item["category"] for item in record.get("removed", []))
            yield record

    def line(self, stats: ReadStats) -> str:
        removals = sum(self.categories.values())
        by_category = ", ".join(f"{name} {count}" for name, count in self.categories.most_common())
        parts = [
            f"{self.documents} documents",
            f"{self.characters:,} characters kept",
            f"{removals} removals" + (f" ({by_category})" if by_category else ""),
            f"{self.errors} errors",
        ]
        if stats.skipped_files:
            parts.append(f"{stats.skipped_files} files of unknown type skipped")
        if stats.skipped_records:
            parts.append(f"{stats.skipped_records} non-HTML WARC records skipped")
        return "cleaner: " + "; ".join(parts)


def _write_jsonl(outputs: Iterator[dict[str, Any]], output: str | None) -> None:
    with _open_output(output) as stream:
        for record in outputs:
            stream.write(orjson.dumps(record).decode() + "\n")


def _open_output(output: str | None) -> Any:
    if output is None:
        return _StdoutContext()
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.open("w", encoding="utf-8")


class _StdoutContext:
    def __enter__(self) -> TextIO:
        return sys.stdout

    def __exit__(self, *_: object) -> None:
        sys.stdout.flush()


def _write_text(outputs: Iterator[dict[str, Any]], output: str | None) -> None:
    """One document: its text. Several: to a folder, one file each; to stdout, with ``==> id <==`` headers."""
    first = next(outputs, None)
    if first is None:
        return
    second = next(outputs, None)
    if second is None and (output is None or not Path(output).is_dir()):
        if output is None:
            click.echo(first["text"] or "")
        else:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            Path(output).write_text((first["text"] or "") + "\n", encoding="utf-8")
        return
    rest = [first] if second is None else [first, second]
    for record in _chain(rest, outputs):
        if output is None:
            click.echo(f"==> {record['id']} <==\n{record['text'] or ''}\n")
        else:
            target = Path(output) / _text_name(record["id"])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text((record["text"] or "") + "\n", encoding="utf-8")


def _chain(head: list[dict[str, Any]], tail: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield from head
    yield from tail


def _text_name(record_id: str) -> str:
    """A safe relative file name for a record id: no absolute paths, no climbing out of the folder."""
    parts = [part for part in Path(record_id.replace(":", "_")).parts if part not in ("", ".", "..", "/")]
    name = Path(*parts) if parts else Path("document")
    if name.suffix == ".gz":
        name = name.with_suffix("")
    return str(name.with_suffix(".txt"))
