"""Same-story duplicates in a bag of cleaned records, marked exactly as ``cleaner clean`` marks them.

Marking is sequential: each document points at the first earlier one of its story, so one index
has to see the documents in input order. The costly half, each text's story signature, is
computed on the workers; this process looks the signatures up a few partitions at a time (the
index's memory is bounded by ``max_stories``, as on the command line) and sends each partition
its marks, which the workers join to the records. The cleaned bag is persisted, so cleaning runs
once for both passes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from cleaner.documents.output_record import OutputRecord
from cleaner.documents.sites import site_key
from cleaner.evidence.near_duplicates import MAX_STORIES, DuplicateIndex, Signature, signature
from cleaner.run.dask_runner import in_rounds

if TYPE_CHECKING:
    import dask.bag

Marks = dict[int, tuple[Any, float]]
"""A partition's duplicates: position in the partition -> (id of the first of the story, score)."""
_Story = tuple[Any, str | None, Signature | None]


def mark_duplicates(outputs: dask.bag.Bag, *, drop: bool = False, max_stories: int = MAX_STORIES) -> dask.bag.Bag:
    """``outputs`` (from :func:`cleaner.run.dask_runner.clean_bag`) with ``metadata.duplicate_of``
    and ``duplicate_score`` on each document that carries the story of an earlier one; with
    ``drop``, such a document becomes ``{"id", "url", "skipped": "duplicate_of", "metadata"}``."""
    import dask.bag as db

    outputs = outputs.persist()
    stories = outputs.map_partitions(_stories).to_delayed()
    marks = list(_marks(in_rounds(stories), max_stories))
    return outputs.map_partitions(_with_marks, db.from_sequence(marks, partition_size=1), drop=drop)


def _stories(outputs: Iterable[dict[str, Any]]) -> list[list[_Story]]:
    """One item, the partition's stories: what the index needs of each record, in order."""
    return [
        [
            (output["id"], output.get("url"), None if output.get("error") else signature(output.get("text") or ""))
            for output in outputs
        ]
    ]



def _marks(partitions: Iterable[list[_Story]], max_stories: int) -> Iterator[Marks]:
    index = DuplicateIndex(max_stories=max_stories)
    for stories in partitions:
        marks: Marks = {}
        for position, (doc_id, url, story) in enumerate(stories):
            match = None if story is None else index.add_signature(doc_id, story, site_key(url))
            if match is not None:
                marks[position] = match
        yield marks


def _with_marks(outputs: Iterable[dict[str, Any]], marks: list[Marks], drop: bool) -> list[dict[str, Any]]:
    """The partition's records, each duplicate made again as the command makes it."""
    (mine,) = marks
    marked = []
    for position, output in enumerate(outputs):
        if position in mine:
            first, score = mine[position]
            output = OutputRecord.from_json(output).marked_duplicate(first, score, drop=drop).to_json()
        marked.append(output)
    return marked
