"""The ``cleaner`` command: batch cleaning of files, folders, JSONL, WARC and standard input."""

from __future__ import annotations

import importlib.util
import os
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import click

from cleaner.documents.inputs import INPUT_FORMATS, ReadStats, Record, read_inputs
from cleaner.documents.output_record import OutputRecord
from cleaner.documents.outputs import ResumeError, after_written, done_ids, skip_done, write_jsonl
from cleaner.documents.sites import site_key
from cleaner.documents.text_output import write_text
from cleaner.engine.cleaner import Cleaner
from cleaner.evidence.boilerplate import MIN_PAGES, BoilerplateTable, render_site_module
from cleaner.evidence.near_duplicates import MAX_STORIES
from cleaner.review import report_data
from cleaner.review.explain import explain
from cleaner.review.report import build_report
from cleaner.rule_api import CATEGORIES
from cleaner.run import crossdoc
from cleaner.run.dask_runner import DaskCluster
from cleaner.run.options import check_output, check_scheduler
from cleaner.run.pool import LocalPool, quiet_collector
from cleaner.run.progress import Tally, bar, breakdown, count
from cleaner.run.runner import Runner
from cleaner.run.tasks import CleanerSpec, cleaning, observing

DISTRIBUTION = "article-noise-cleaner"
"""The name cleaner is installed under (``cleaner`` on PyPI is an unrelated project); the import
name and the command stay ``cleaner``."""
DASK_INSTALL = "pip install '.[dask]' in cleaner's source folder"

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
@click.version_option(package_name=DISTRIBUTION)
def main() -> None:
    """Strip scrape noise (menus, promos, share widgets, repeats, feed footers, AI filler) from
    web and news articles. Only whole lines are removed, never a part of one, and every removal
    is recorded with the rule that made it and why."""


@main.command(epilog=EXAMPLES)
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-o", "--output", type=click.Path(),
              help="File to write (jsonl), or folder (text, many documents: a file each, and index.jsonl "
                   "mapping ids to files).")
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
              help="AI-filler detector sensitivity from 0 (cautious: score threshold 5.0) to 1 (eager: 1.8); "
                   "default 0.5. --keep ai_filler switches it off.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
              help="Read every input as this kind. auto: by file name (.txt, .html/.htm, .jsonl/.ndjson, "
                   ".warc, each optionally .gz); standard input by its first bytes.")
@click.option("--url", default=None, help="URL of a single input document, to select site rules.")
@click.option(
    "--explain", "explain_removals", is_flag=True,
    help="Show each document with removed lines struck out and why (where the text would go); with "
         "--format jsonl, add held (refused removals) and source to each record."
)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@click.option("--resume", is_flag=True,
              help="With --format jsonl -o FILE: skip the ids already in FILE and append the rest.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Clean on the Dask cluster at ADDRESS, e.g. tcp://10.0.0.5:8786 (needs Dask here and cleaner on "
                   f"every worker: {DASK_INSTALL}).")
@click.option("--learn/--no-learn", default=True, show_default=True,
              help="First learn each site's boilerplate over the whole batch (lines on at least 3 pages and "
                   "half of a site's pages), then clean every page with it. Standard input: learned from "
                   "its first 1,000 documents.")
@click.option("--boilerplate", "boilerplate_file", type=click.Path(dir_okay=False),
              help="Reuse the learned table in FILE if it exists; otherwise learn it and save it there.")
@click.option("--duplicates/--no-duplicates", default=True, show_default=True,
              help="Mark a document carrying the same story as an earlier one (wire copy, rewrite): "
                   "metadata duplicate_of and duplicate_score. Nothing is removed.")
@click.option("--drop-duplicates", is_flag=True,
              help='Write such documents as {"id", "url", "skipped": "duplicate_of", "metadata"} records instead.')
@click.option("--max-stories", type=click.IntRange(min=4), default=MAX_STORIES, show_default=True,
              help="Distinct stories the duplicate index remembers (just under 1 KB of memory each); "
                   "past it the oldest are forgotten, so memory stays bounded on any batch.")
def clean(
    paths: tuple[str, ...],
    output: str | None,
    output_format: str,
    jobs: int,
    rule_dirs: tuple[str, ...],
    keep: tuple[str, ...],
    ai_sensitivity: float | None,
    input_format: str,
    url: str | None,
    explain_removals: bool,
    progress: bool | None,
    resume: bool,
    scheduler: str | None,
    learn: bool,
    boilerplate_file: str | None,
    duplicates: bool,
    drop_duplicates: bool,
    max_stories: int,
) -> None:
    """Clean PATHS: .txt, .html/.htm, .jsonl (fields text or html, optional id and url),
    .warc/.warc.gz, folders (recursively) or - for standard input. Gzipped inputs are read
    transparently. Standard input is recognised by its first bytes (after a byte-order mark and
    blank space): "{" is JSONL, "WARC/" a WARC file, "<!doctype" or "<html" one HTML page,
    anything else one text document; --input-format forces a kind.

    Repeats are handled three ways: around the article, a line the page prints again (a title
    twice, a pasted card) is removed after its first copy; with --learn, lines a site repeats on many pages of the
    batch are learned first and removed everywhere; with --duplicates, a document carrying the
    story of an earlier one is marked in its metadata (duplicate_of), never removed unless
    --drop-duplicates.

    Exit status: 0 all cleaned, 1 some documents became error records (the first ten are
    named on standard error), 2 usage error; a closed output pipe (| head) ends quietly with 0.
    """
    for path in paths:
        if path != "-" and not Path(path).exists():
            raise click.BadParameter(f"{path} does not exist", param_hint="PATHS")
    if resume and (output_format != "jsonl" or output is None or explain_removals):
        raise click.UsageError("--resume needs --format jsonl -o FILE, without --explain")
    if scheduler is not None and importlib.util.find_spec("distributed") is None:
        raise click.UsageError(f"--scheduler needs Dask: {DASK_INSTALL}")
    if scheduler is not None:
        check_scheduler(scheduler)
    if output is not None:
        check_output(output, folder_allowed=output_format == "text")
    if boilerplate_file is not None and not Path(boilerplate_file).exists():
        check_output(boilerplate_file, folder_allowed=False, option="--boilerplate")
    try:
        done = done_ids(Path(output)) if resume and output else None
    except ResumeError as problem:
        raise click.UsageError(str(problem)) from None
    settings = (("ai_filler.sensitivity", ai_sensitivity),) if ai_sensitivity is not None else ()
    spec = CleanerSpec(rule_dirs=rule_dirs, keep=frozenset(keep), settings=settings)
    probe = spec.build()
    for problem in probe.load_errors:
        click.echo(f"warning: {problem}", err=True)
    with quiet_collector():  # the rules are built: frozen before any worker is forked
        stats = ReadStats()
        records = _records(paths, stats, url, input_format)
        show_progress = sys.stderr.isatty() if progress is None else progress
        total = None
        if learn or boilerplate_file:
            runner = _runner(spec, jobs, scheduler)
            learned = _boilerplate(paths, url, input_format, runner, records, boilerplate_file, show_progress)
            records, total = learned.records, learned.documents
            spec = spec.with_boilerplate(learned.table)
            if learned.message:
                click.echo(f"cleaner: {learned.message}", err=True)
        if done is not None:
            click.echo(f"cleaner: resuming {output}: {count(done.total(), 'record')} already done", err=True)
            records = skip_done(records, done)
            total = None if total is None else max(total - done.total(), 0)
        marking = duplicates or drop_duplicates
        runner = LocalPool(spec) if explain_removals else _runner(spec, jobs, scheduler)  # --explain: in this process
        summary = Summary()
        outputs = runner.map(cleaning(detail=explain_removals, signatures=marking), records)
        if marking:
            mark = partial(crossdoc.mark_duplicates, drop=drop_duplicates, max_stories=max_stories)
            outputs = after_written(Path(output), mark, outputs, done.total()) if resume and output else mark(outputs)
        outputs = summary.watch(bar(outputs, enabled=show_progress, desc="cleaning", total=total))
        try:
            _write(outputs, output, output_format, explain_removals, append=resume)
        except BrokenPipeError:  # the reader went away (| head): stop quietly, as other tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush into it
            sys.exit(0)
        click.echo(summary.line(stats), err=True)
    sys.exit(1 if summary.errors else 0)


def _write(
    outputs: Iterator[OutputRecord], output: str | None, output_format: str, explained: bool, *, append: bool
) -> None:
    """Write the outputs in the chosen format; ``--explain`` renders each document in text format,
    and adds ``held`` and ``source`` to each record in JSONL."""
    if output_format == "jsonl":
        write_jsonl(outputs, output, append=append)
    elif explained and output is None:
        color = sys.stdout.isatty()
        for record in outputs:
            click.echo(explain(record, color=color))
    elif explained:
        write_text(outputs, output, click.echo, render=partial(explain, color=False))
    else:
        write_text(outputs, output, click.echo)


def _runner(spec: CleanerSpec, jobs: int, scheduler: str | None) -> Runner:
    return LocalPool(spec, jobs) if scheduler is None else DaskCluster(spec, scheduler)


def _records(paths: tuple[str, ...], stats: ReadStats, url: str | None, kind: str) -> Iterator[Record]:
    records = read_inputs(paths, stats, kind=kind)
    return records if url is None else _with_url(records, url)


def _with_url(records: Iterator[Record], url: str) -> Iterator[Record]:
    for record in records:
        yield record if record.url else replace(record, url=url)


@dataclass(frozen=True)
class _Learned:
    """The boilerplate table for the cleaning pass, the records left to clean, and what to say."""

    table: BoilerplateTable
    records: Iterator[Record]
    documents: int | None
    """Documents the learning pass read (the cleaning pass's total), None when it read none or
    only a window of standard input."""
    message: str


def _boilerplate(
    paths: tuple[str, ...],
    url: str | None,
    kind: str,
    runner: Runner,
    records: Iterator[Record],
    saved: str | None,
    show_progress: bool,
) -> _Learned:
    """The learned table: loaded from ``saved``, else learned in a first pass on ``runner``'s
    processes (files are read twice; standard input, which can be read once, from a window of
    its first documents)."""
    if saved and Path(saved).exists():
        try:
            table = BoilerplateTable.load(saved)
        except ValueError as problem:
            raise click.BadParameter(str(problem), param_hint="--boilerplate") from None
        return _Learned(table, records, None, f"boilerplate loaded from {saved}: {_size(table)}")
    observe = partial(runner.map, observing(examples=bool(saved)))  # example lines only go to a saved table
    tally = Tally()
    if "-" in paths:
        table, records = crossdoc.learn_from_window(records, observe)
        documents = None
    else:
        reading = bar(_records(paths, ReadStats(), url, kind), enabled=show_progress, desc="learning")
        table = crossdoc.tally(observe(tally.watch(reading)))
        documents = tally.count
    if saved:
        table.save(saved)
    if any(site.lines for site in table.sites.values()):
        message = f"learned {_size(table)}" + (f" from {count(documents, 'document')}" if documents else "")
    elif documents is not None and documents < MIN_PAGES:
        message = ""  # too few pages to learn from: nothing worth a line
    else:
        message = f"no site boilerplate learned (a line must be on {MIN_PAGES} pages and half the pages of a site)"
    return _Learned(table, records, documents, message)


def _size(table: BoilerplateTable) -> str:
    lines = sum(len(site.lines) for site in table.sites.values())
    sites = sum(1 for site in table.sites.values() if site.lines)
    return f"{count(lines, 'boilerplate line')} on {count(sites, 'site')}"


class Summary:
    """Counts what went by for the closing line on standard error, and names the first failed
    documents there with their reasons (all of them are in the output)."""

    SHOWN_ERRORS = 10

    def __init__(self) -> None:
        self.documents = 0
        self.errors = 0
        self.characters = 0
        self.categories: Counter[str] = Counter()
        self.duplicates = 0

    def watch(self, outputs: Iterator[OutputRecord]) -> Iterator[OutputRecord]:
        for record in outputs:
            self.documents += 1
            if record.error:
                self.errors += 1
                if self.errors <= self.SHOWN_ERRORS:
                    click.echo(f"cleaner: {record.id}: {record.error}", err=True)
            self.characters += len(record.text or "")
            self.categories.update(removal.category for removal in record.removed)
            if "duplicate_of" in record.metadata:
                self.duplicates += 1
            yield record

    def line(self, stats: ReadStats) -> str:
        removals = sum(self.categories.values())
        by_category = ", ".join(f"{name} {number:,}" for name, number in self.categories.most_common())
        errors = count(self.errors, "error")
        if self.errors > self.SHOWN_ERRORS:
            errors += f" (the first {self.SHOWN_ERRORS} named above; all in the output)"
        parts = [
            count(self.documents, "document"),
            f"{count(self.characters, 'character')} kept",
            count(removals, "removal") + (f" ({by_category})" if by_category else ""),
            errors,
        ]
        if self.duplicates:
            parts.append(f"{count(self.duplicates, 'duplicate')} of an earlier story")
        if stats.skipped_files:
            skipped = count(stats.skipped_files.total(), "file")
            parts.append(f"{skipped} of other types skipped ({breakdown(stats.skipped_files)})")
        if stats.skipped_records:
            skipped = count(stats.skipped_records.total(), "WARC record")
            parts.append(f"{skipped} without a page skipped ({breakdown(stats.skipped_records)})")
        return "cleaner: " + "; ".join(parts)


@main.command("learn")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@click.option("--site", required=True, help="The site to write a module for: a registered domain (example.com), "
              "or a site module's name for text without URLs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the module here instead of stdout.")
def learn_command(paths: tuple[str, ...], site: str, output: str | None) -> None:
    """Learn the boilerplate of one site from PATHS and print it as a Python rule module, with
    counts in comments and its own must_drop examples, to review and commit under rules/sites/."""
    if output is not None:
        check_output(output, folder_allowed=False)
    table = crossdoc.learn(read_inputs(paths, ReadStats()), Cleaner())
    if site not in table.sites:
        site = site_key(site) or site  # a host or URL names its site: www.news-a.example is news-a.example
    if site not in table.sites or not table.sites[site].lines:
        known = ", ".join(sorted(name for name, lines in table.sites.items() if lines.lines)) or "none"
        raise click.UsageError(f"nothing learned for site {site!r}; sites with boilerplate: {known}")
    module = render_site_module(table, site)
    if output is None:
        click.echo(module, nl=False)
    else:
        Path(output).write_text(module, encoding="utf-8")


REPORT_EXAMPLES = """
\b
Examples:
  cleaner clean scraped/ --format jsonl -o out.jsonl && cleaner report out.jsonl
  cleaner report out.jsonl -o review/batch.html --pages 5000
"""


@main.command("report", epilog=REPORT_EXAMPLES)
@click.argument("output_file", metavar="OUT.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "report_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write  [default: OUT.jsonl with .html instead of .jsonl]")
@click.option("--pages", type=click.IntRange(min=0), default=report_data.PAGES, show_default=True,
              help="Documents whose text the report carries: each rule's longest removals' documents "
                   "first, then the first documents. Counts always cover every document.")
def report_command(output_file: Path, report_file: Path | None, pages: int) -> None:
    """Write one self-contained HTML page (no server, no network) showing what a run removed
    and why, from the JSONL output of `cleaner clean --format jsonl`: an overview (documents,
    characters in and kept, errors, duplicates, sites, removals by category and rule), a page per
    rule with its longest removals, and each document with its removed lines struck out beside
    their rule and reason. Filter documents by site, category, rule and status, or search them.

    Lines of OUT.jsonl that are not output records are reported by number and skipped (exit
    status 1); the report still shows everything else."""
    target = report_file or output_file.with_suffix(".html")
    if target.resolve() == output_file.resolve():
        raise click.UsageError(f"the report would overwrite {output_file}; name it with -o")
    check_output(str(target), folder_allowed=False)
    data = build_report(output_file, target, pages=pages)
    for bad in data.bad_lines:
        click.echo(f"warning: {output_file} {bad}", err=True)
    if data.bad_line_count > len(data.bad_lines):
        click.echo(f"warning: {data.bad_line_count - len(data.bad_lines)} more bad lines", err=True)
    totals = data.as_json()["totals"]
    click.echo(f"cleaner: report of {count(totals['documents'], 'document')} ({totals['pages']:,} with their text) "
               f"written to {target} ({target.stat().st_size:,} bytes)", err=True)
    sys.exit(1 if data.bad_line_count else 0)
