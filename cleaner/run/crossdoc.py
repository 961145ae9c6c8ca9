"""What a batch knows that one page does not: boilerplate a site repeats on many pages, and
documents that carry the same story as an earlier one.

Learning happens before cleaning, over the whole batch (files are read twice; standard input is
learned from a window of its first documents), so every page is cleaned with the same table
whatever its position, and the result never depends on document order. Duplicates are marked in
input order: each document points at the first one of its story.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice

from cleaner.documents.inputs import Record
from cleaner.documents.output_record import OutputRecord
from cleaner.documents.sites import site_key
from cleaner.engine.cleaner import Cleaner
from cleaner.evidence import boilerplate
from cleaner.evidence.boilerplate import BoilerplateLearner, BoilerplateTable, Observation
from cleaner.evidence.near_duplicates import MAX_STORIES, DuplicateIndex

STDIN_WINDOW = 1000
"""Documents of standard input read ahead to learn from before cleaning starts."""


def learn(records: Iterable[Record], probe: Cleaner) -> BoilerplateTable:
    """A boilerplate table over the text records (HTML is learned only after extraction: skipped)."""
    return tally(observe(record, probe) for record in records)


def observe(record: Record, probe: Cleaner, *, examples: bool = True) -> Observation | None:
    """What learning counts of one record (None for an error, HTML or a page without a site); pure,
    so worker processes compute it and only the counting stays in one place. ``examples``: as
    :func:`cleaner.evidence.boilerplate.observe`'s."""
    if record.error is not None or record.text is None:
        return None
    fallback = None if record.url else _fingerprinted_site(probe, record.text)
    return boilerplate.observe(record.text, record.url, fallback, examples=examples)


def tally(observations: Iterable[Observation | None]) -> BoilerplateTable:
    """Count observed pages into a table; the order they come in does not matter."""
    learner = BoilerplateLearner()
    for observed in observations:
        if observed is not None:
            learner.count(observed)
    return learner.table()


def _fingerprinted_site(probe: Cleaner, text: str) -> str | None:
    return next((module.name for module in probe.applicable(text, None) if module.is_site), None)


def learn_from_window(
    records: Iterator[Record], observe_all: Callable[[list[Record]], Iterable[Observation | None]]
) -> tuple[BoilerplateTable, Iterator[Record]]:
    """For a stream read once: learn from its first :data:`STDIN_WINDOW` records (observed by
    ``observe_all``, e.g. a runner mapping :func:`cleaner.run.tasks.observing`), then clean them all."""
    window = list(islice(records, STDIN_WINDOW))
    return tally(observe_all(window)), chain(window, records)


def mark_duplicates(
    outputs: Iterable[OutputRecord], *, drop: bool, max_stories: int = MAX_STORIES
) -> Iterator[OutputRecord]:
    """Add ``duplicate_of``/``duplicate_score`` to the metadata of a story seen earlier in the batch
    (pages of one site, known by their URLs, need a higher score: they share a template).

    With ``drop``, such a document is written as ``{"id", "url", "skipped": "duplicate_of",
    "metadata"}`` instead, so the output still has one record per input. A record's story
    signature is used when its worker computed it, else computed here. The index remembers the
    latest ``max_stories`` distinct stories (see :class:`cleaner.evidence.near_duplicates.DuplicateIndex`).
    """
    index = DuplicateIndex(max_stories=max_stories)
    for output in outputs:
        site = site_key(output.url)
        if output.error:
            match = None
        elif output.story is not None:
            match = index.add_signature(output.id, output.story, site)
        else:
            match = index.add(output.id, output.text or "", site)
        if match is None:
            yield output
        else:
            yield output.marked_duplicate(match[0], match[1], drop=drop)

