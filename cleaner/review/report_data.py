"""What the report shows, gathered from a JSONL output file in two streaming passes.

The first pass counts every document (by site, category and rule) and keeps, for each rule, its
longest removals as samples. The second pass picks up the full text of a bounded set of documents:
those the samples point at first, then the first documents of the file. Every document gets a
row (counts, site, rules) whatever the size of the batch; only those chosen get a page with their
text, which keeps a report of 100,000 documents a few tens of megabytes.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner.documents.sites import site_key
from cleaner.review.document_view import document_lines
from cleaner.review.report_input import BadLine, read_output

SAMPLES_PER_RULE = 12
"""Removals shown on a rule's page, longest first: a rule taking prose shows it at the top."""
PAGES = 1000
"""Documents whose text the report carries (the samples' documents first)."""
SAMPLE_CHARS = 400
"""A sample longer than this is cut on its rule's page (its document page shows it whole)."""
REASONS_PER_RULE = 5
"""Most frequent reasons listed on a rule's page."""
DISTINCT_REASONS = 2000
"""Reasons counted per rule; past it only known ones are counted (reasons that name a repeated
line are nearly all distinct, and counting each would grow with the batch)."""
BAD_LINES_SHOWN = 100

ERROR, DUPLICATE, SKIPPED = 1, 2, 4
"""Bits of a document row's flags."""
NO_SITE = "(no site)"


@dataclass(slots=True)
class _RuleTally:
    category: str
    blocks: int = 0
    characters: int = 0
    documents: int = 0
    sites: Counter[int] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    samples: list[tuple[int, int, int, str]] = field(default_factory=list)
    """A min-heap of (length, -document, -start, text): the longest, earliest first on ties."""

    def add(self, removal: dict[str, Any], document: int, site: int) -> None:
        text = removal["text"]
        self.blocks += 1
        self.characters += len(text)
        self.sites[site] += 1
        reason = str(removal.get("reason") or "")
        if reason in self.reasons or len(self.reasons) < DISTINCT_REASONS:
            self.reasons[reason] += 1
        if len(self.samples) < SAMPLES_PER_RULE:
            heapq.heappush(self.samples, (len(text), -document, -removal["start"], text[: SAMPLE_CHARS + 1]))
        elif len(text) > self.samples[0][0]:  # on a tie the earlier removal stays
            heapq.heapreplace(self.samples, (len(text), -document, -removal["start"], text[: SAMPLE_CHARS + 1]))


@dataclass(slots=True)
class _SiteTally:
    documents: int = 0
    characters_in: int = 0
    characters_kept: int = 0
    removals: int = 0
    errors: int = 0
    duplicates: int = 0


@dataclass
class ReportData:
    """Counts over the whole file, the documents' rows, and the pages of the documents carried."""

    source_name: str
    bad_lines: list[BadLine] = field(default_factory=list)
    bad_line_count: int = 0
    sites: dict[str, int] = field(default_factory=dict)
    site_tallies: list[_SiteTally] = field(default_factory=list)
    rules: dict[str, int] = field(default_factory=dict)
    rule_tallies: list[_RuleTally] = field(default_factory=list)
    categories: Counter[str] = field(default_factory=Counter)
    category_characters: Counter[str] = field(default_factory=Counter)
    ids: list[str] = field(default_factory=list)
    row_sites: list[int] = field(default_factory=list)
    row_characters_in: list[int] = field(default_factory=list)
    row_characters_kept: list[int] = field(default_factory=list)
    row_removals: list[int] = field(default_factory=list)
    row_flags: list[int] = field(default_factory=list)
    row_rules: list[list[int]] = field(default_factory=list)
    pages: list[dict[str, Any]] = field(default_factory=list)
    page_of: dict[int, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The report's data as the page's script reads it (arrays by column keep it small)."""
        rules = sorted(self.rules, key=self.rules.__getitem__)
        return {
            "source": self.source_name,
            "totals": self._totals(),
            "bad_lines": [[bad.number, bad.problem] for bad in self.bad_lines],
            "bad_line_count": self.bad_line_count,
            "reason_kinds_cap": DISTINCT_REASONS,
            "sites": [[name, *_site_row(self.site_tallies[index])] for name, index in self.sites.items()],
            "categories": [[name, count, self.category_characters[name]] for name, count in self.categories.items()],
            "rules": [self._rule_json(name) for name in rules],
            "docs": {
                "id": self.ids,
                "site": self.row_sites,
                "in": self.row_characters_in,
                "kept": self.row_characters_kept,
                "removals": self.row_removals,
                "flags": self.row_flags,
                "rules": self.row_rules,
                "page": [self.page_of.get(document, -1) for document in range(len(self.ids))],
            },
            "pages": self.pages,
        }

    def _totals(self) -> dict[str, int]:
        flags: Counter[int] = Counter()
        for value in self.row_flags:
            for bit in (ERROR, DUPLICATE, SKIPPED):
                flags[bit] += bool(value & bit)
        return {
            "documents": len(self.ids),
            "characters_in": sum(self.row_characters_in),
            "characters_kept": sum(self.row_characters_kept),
            "removals": sum(self.row_removals),
            "characters_removed": sum(self.category_characters.values()),
            "errors": flags[ERROR],
            "duplicates": flags[DUPLICATE],
            "skipped": flags[SKIPPED],
            "pages": len(self.pages),
        }

    def _rule_json(self, name: str) -> dict[str, Any]:
        tally = self.rule_tallies[self.rules[name]]
        samples = sorted(tally.samples, reverse=True)
        return {
            "name": name,
            "category": tally.category,
            "blocks": tally.blocks,
            "characters": tally.characters,
            "documents": tally.documents,
            "sites": [[site, count] for site, count in tally.sites.most_common()],
            "reasons": [[reason, count] for reason, count in tally.reasons.most_common(REASONS_PER_RULE)],
            "reason_kinds": len(tally.reasons),
            "samples": [[-document, length, text] for length, document, _, text in samples],
        }


def gather(path: Path, *, pages: int = PAGES) -> ReportData:
    """Read ``path`` twice: count everything, then carry the pages of at most ``pages`` documents."""
    data = ReportData(source_name=path.name)
    line_numbers: list[int] = []  # of each document
    for number, record in read_output(path):
        if isinstance(record, BadLine):
            data.bad_line_count += 1
            if len(data.bad_lines) < BAD_LINES_SHOWN:
                data.bad_lines.append(record)
        else:
            line_numbers.append(number)
            _count(data, record)
    chosen = {line_numbers[document]: document for document in sorted(_choose_pages(data, pages))}
    usual = [tally.reasons.most_common(1)[0][0] if tally.reasons else None for tally in data.rule_tallies]
    for number, record in read_output(path, only=chosen):
        if isinstance(record, BadLine):
            continue  # the file changed between the two passes: that document gets no page
        data.page_of[chosen[number]] = len(data.pages)
        data.pages.append(_page(data, chosen[number], record, usual))
    return data


def _count(data: ReportData, record: dict[str, Any]) -> None:
    document = len(data.ids)
    metadata = record.get("metadata") or {}
    site = _site_index(data, _site_name(record, metadata))
    removed = record.get("removed") or []
    kept = len(record.get("text") or "") if not record.get("error") else 0
    removed_characters = sum(len(item["text"]) for item in removed)
    flags = (ERROR if record.get("error") else 0) | (DUPLICATE if "duplicate_of" in metadata else 0)
    flags |= SKIPPED if record.get("skipped") else 0
    rules: list[int] = []
    for item in removed:
        index = _rule_index(data, item)
        data.rule_tallies[index].add(item, document, site)
        if index not in rules:
            rules.append(index)
            data.rule_tallies[index].documents += 1
        category = str(item.get("category") or "")
        data.categories[category] += 1
        data.category_characters[category] += len(item["text"])
    data.ids.append(str(record["id"]))
    data.row_sites.append(site)
    data.row_characters_in.append(kept + removed_characters)
    data.row_characters_kept.append(kept)
    data.row_removals.append(len(removed))
    data.row_flags.append(flags)
    data.row_rules.append(rules)
    tally = data.site_tallies[site]
    tally.documents += 1
    tally.characters_in += kept + removed_characters
    tally.characters_kept += kept
    tally.removals += len(removed)
    tally.errors += bool(flags & ERROR)
    tally.duplicates += bool(flags & DUPLICATE)


def _site_name(record: dict[str, Any], metadata: dict[str, Any]) -> str:
    site = metadata.get("site")
    if isinstance(site, str) and site:
        return site
    url = record.get("url")
    return (site_key(url) if isinstance(url, str) else None) or NO_SITE


def _site_index(data: ReportData, name: str) -> int:
    if name not in data.sites:
        data.sites[name] = len(data.site_tallies)
        data.site_tallies.append(_SiteTally())
    return data.sites[name]


def _rule_index(data: ReportData, removal: dict[str, Any]) -> int:
    name = str(removal.get("rule") or "(no rule)")
    if name not in data.rules:
        data.rules[name] = len(data.rule_tallies)
        data.rule_tallies.append(_RuleTally(category=str(removal.get("category") or "")))
    return data.rules[name]


def _site_row(tally: _SiteTally) -> list[int]:
    return [tally.documents, tally.characters_in, tally.characters_kept, tally.removals, tally.errors, tally.duplicates]


def _choose_pages(data: ReportData, budget: int) -> set[int]:
    """The samples' documents (each rule's longest first, rule by rule), then the first documents."""
    chosen: set[int] = set()
    rankings = [sorted(tally.samples, reverse=True) for tally in data.rule_tallies]
    for rank in range(SAMPLES_PER_RULE):
        for samples in rankings:
            if rank < len(samples) and len(chosen) < budget:
                chosen.add(-samples[rank][1])
    document = 0
    while len(chosen) < budget and document < len(data.ids):
        chosen.add(document)
        document += 1
    return chosen


def _page(data: ReportData, document: int, record: dict[str, Any], usual: list[str | None]) -> dict[str, Any]:
    """A document's page: its metadata and every line, kept as a string, removed as
    ``[text, rule, reason]`` (reason null when it is the rule's most frequent one), held as
    ``[text, -1, why, rule]``. ``usual``: each rule's most frequent reason."""
    lines: list[Any] = []
    if not record.get("error"):
        for line in document_lines(record):
            if line.removal is not None:
                rule = _rule_index(data, line.removal)
                reason = str(line.removal.get("reason") or "")
                lines.append([line.text, rule, None if usual[rule] == reason else reason])
            elif line.held is not None:
                lines.append([line.text, -1, str(line.held.get("why") or ""), str(line.held.get("rule") or "")])
            else:
                lines.append(line.text)
    page: dict[str, Any] = {"doc": document, "url": record.get("url"), "metadata": record.get("metadata") or {}}
    for key in ("error", "warnings", "skipped"):
        if record.get(key):
            page[key] = record[key]
    if record.get("error"):
        page["input"] = (record.get("text") or record.get("html") or "")[:20_000]
    page["lines"] = lines
    return page
