"""The guard: the one place that decides which marks stand, so the article body is never cut.

Rules only claim; the guard rules. Its policy, by the evidence a mark carries:

* a block that does not read like prose may be taken by any mark;
* a prose block may be taken only by strong evidence: a whole boilerplate sentence spelled out by
  a pattern (``SENTENCE``), a repeat of a block that stays (``REPEAT``), boilerplate learned
  across pages (``LEARNED``) or a detector's score over its threshold (``SCORED``);
* a ``REGION`` mark (a listing under "Related Articles") takes a prose block only when that block
  is a card the page prints more than once (a syndicated teaser), stands alone between non-prose
  lines, lies outside the article body, and the page has a body of at least two adjacent prose
  blocks elsewhere. A lone paragraph after a listing may be the article's last one, and a
  one-paragraph article is never a "teaser"; only the repetition tells a card apart;
* an ``EXTRACTOR`` mark (the HTML extractor left the line out) takes a line the page also puts in
  chrome (``outside``: a landmark such as ``<nav>``, a container named for comments or sharing,
  a short link); any other line it takes only outside the article: the body core, the span from
  the extractor's first kept line to its last, and the prose running on from them. Article text
  the extractor dropped is the truncation cleaner exists to end;
* a ``REPEAT`` mark stands only if the block it repeats is kept, so nothing is removed for
  repeating a block that was itself removed.

Every mark the guard refuses is returned as a veto, so rule authors see what was held back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cleaner.engine.blocks import Block
from cleaner.engine.body import body_core
from cleaner.rule_api import Evidence, Mark

_TAKES_PROSE = frozenset({Evidence.SENTENCE, Evidence.REPEAT, Evidence.LEARNED, Evidence.SCORED})
_PRIORITY = {
    Evidence.SENTENCE: 0,
    Evidence.PATTERN: 1,
    Evidence.LEARNED: 2,
    Evidence.REGION: 3,
    Evidence.SCORED: 4,
    Evidence.REPEAT: 5,
    Evidence.EXTRACTOR: 6,
}
"""When several marks stand on one block, the most specific explains the removal."""


@dataclass(frozen=True, slots=True)
class Veto:
    """A mark the guard refused, with the reason, for ``--explain`` and rule authors."""

    mark: Mark
    why: str


@dataclass(frozen=True, slots=True)
class Decision:
    """The guard's verdict on one page: the mark that removes each block (or None), and vetoes."""

    removals: list[Mark | None]
    vetoes: list[Veto]


def _echoed(blocks: Sequence[Block], keys: Sequence[str]) -> frozenset[int]:
    """Prose blocks whose key occurs more than once in the page."""
    counts = Counter(key for block, key in zip(blocks, keys, strict=True) if block.is_prose)
    return frozenset(b.index for b, key in zip(blocks, keys, strict=True) if b.is_prose and counts[key] > 1)


def _union(first: range, second: range) -> range:
    """The smallest range covering both (either may be empty)."""
    if not first:
        return second
    if not second:
        return first
    return range(min(first.start, second.start), max(first.stop, second.stop))


def _grown(span: range, prose: Sequence[bool], outside: frozenset[int]) -> range:
    """``span`` widened over the prose right before and after it that the page does not put in
    chrome: where an extractor stops early, the article's next paragraphs follow its last line."""
    start, stop = span.start, span.stop
    while start > 0 and prose[start - 1] and start - 1 not in outside:
        start -= 1
    while stop < len(prose) and prose[stop] and stop not in outside:
        stop += 1
    return range(start, stop)


def decide(
    blocks: Sequence[Block],
    marks: Sequence[Mark],
    keys: Sequence[str] | None = None,
    outside: frozenset[int] = frozenset(),
    kept_span: range = range(0),
) -> Decision:
    """Decide which marks stand; blocks are settled in order so repeats can check what they repeat.

    ``keys``: each block's comparison key, to find prose the page prints more than once.
    ``outside``: blocks an HTML page puts outside any article (see :func:`body_core`).
    ``kept_span``: from the first to the last block the HTML extractor keeps; with the body core,
    where the extractor's marks may not take what it left out.
    """
    by_block: list[list[Mark]] = [[] for _ in blocks]
    for mark in marks:
        by_block[mark.block].append(mark)
    prose = [block.is_prose for block in blocks]
    chrome = frozenset(mark.block for mark in marks if not prose[mark.block])
    echoed = _echoed(blocks, keys) if keys is not None else frozenset()
    core = body_core(blocks, chrome, echoed, outside)
    core_has_body = sum(prose[i] for i in core) >= 2
    article = _grown(_union(core, kept_span), prose, outside)
    removals: list[Mark | None] = [None] * len(blocks)
    vetoes: list[Veto] = []
    deferred: list[Mark] = []

    def refusal(mark: Mark) -> str | None:
        index = mark.block
        if mark.ref is not None and removals[mark.ref] is not None:
            return f"block {mark.ref}, which it repeats, is itself removed"
        if mark.evidence is Evidence.EXTRACTOR:
            if index in outside:
                return None
            if index in article:
                return "a line of the article, in no page chrome, that the extractor left out"
            return None
        if not prose[index] or mark.evidence in _TAKES_PROSE or mark.evidence is Evidence.EXTRACTOR:
            return None
        if mark.evidence is Evidence.REGION:
            if index not in echoed:
                return "prose printed once may be the article's own paragraph, not a listing card"
            if index in core:
                return "prose inside the article body"
            if not core_has_body:
                return "the page has no other body, so this prose may be the article"
            if (index > 0 and prose[index - 1]) or (index + 1 < len(blocks) and prose[index + 1]):
                return "prose next to prose is a body, not a listing teaser"
            return None
        return f"a {mark.evidence.value} rule may not take a block that reads like prose"

    for index, candidates in enumerate(by_block):
        for mark in sorted(candidates, key=lambda m: _PRIORITY[m.evidence]):
            if mark.ref is not None and mark.ref > index:
                deferred.append(mark)
                continue
            why = refusal(mark)
            if why is None and removals[index] is None:
                removals[index] = mark
            elif why is not None:
                vetoes.append(Veto(mark, why))
    for mark in deferred:
        why = refusal(mark)
        if why is None:
            removals[mark.block] = removals[mark.block] or mark
        else:
            vetoes.append(Veto(mark, why))
    return Decision(removals, vetoes)
