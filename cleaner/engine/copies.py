"""Copies of removed lines: a line printed again is what its first copy was.

A page prints its chrome more than once (a menu in the header and again in the footer, a card
before the article and after it). Once a line goes, a later copy of it outside the article's
paragraphs goes too, as the same thing: it inherits the removal's rule and category, and its
reason says it is a copy and of which line. A rule says whether its removals pass on so (the
``copies`` evidence of its family or its detector, :class:`cleaner.rule_api.Family`), and with
what evidence the copy is then judged by the guard: a copy of a menu line is named by its
original, a copy of a line removed for where it stands only by where it stands. Not every rule's
removals pass on: a "Related" listing or a contents box before the article names lines the
article prints again as its own subheadings, so a copy of any removed line going as its original
did would take article text (measured on the dev full texts: 169 more lines, 20 of them gold
text, all on wcxb).

One record serves every pass (:class:`Gone`): it grows as lines go rather than being rebuilt.
A repeat of a line that is kept is the repeats family's (``repeats.repeated_block``); a repeat
whose original goes in a later pass takes the original's removal at the end
(:func:`copy_of`, the same explanation).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from cleaner.rule_api import Evidence, Mark, Page, mark_of


def copy_of(original: Mark, block: int, offset: int) -> Mark:
    """The removal of ``block`` as a copy of the line at ``offset`` that ``original`` removed: the
    same rule, category and evidence, its reason saying which line it copies."""
    reason = f"{original.reason} (a copy of the line at offset {offset})"
    return mark_of(
        (block, original.rule, original.category, reason, original.evidence, None, original.metadata, original.role)
    )


class Gone:
    """The lines removed so far, by comparison key: the mark that removed the first copy to go
    and that copy's offset in the input. Recorded as removals are made, in the order they are."""

    def __init__(self) -> None:
        self._first: dict[str, tuple[Mark, int]] = {}

    def record(self, key: str, mark: Mark, offset: int) -> None:
        """Note that a line with this key went for ``mark``, unless a copy of it went before."""
        self._first.setdefault(key, (mark, offset))

    def copies(self, page: Page, inherited: Mapping[str, Evidence]) -> Iterator[Mark]:
        """The marks of the later copies, in the view ``page``, of lines removed in earlier passes
        by a rule whose removals pass on to copies (``inherited``: rule id -> the copy's evidence).

        Only outside the page's paragraphs (:attr:`cleaner.engine.body.Body.span`) and on lines
        that do not read like prose: between the paragraphs a menu's entry may be the article's own
        list item, a table of contents' entry its subheading."""
        if not self._first:
            return
        span = page.body.span
        for block, key in zip(page.blocks, page.keys, strict=True):
            if not key or block.is_prose or block.index in span:
                continue
            gone = self._first.get(key)
            if gone is None:
                continue
            original, offset = gone
            evidence = inherited.get(original.rule)
            if evidence is not None and offset < block.start:
                yield copy_of(original, block.index, offset)._replace(evidence=evidence)
