"""Phrase rules matched against every line of a page at once (:class:`PhraseTable` finds the
phrases a line is made of): the marks of phrase rules, and the headings of phrase-list regions.
"""

from __future__ import annotations

from collections.abc import Sequence

from cleaner.engine.blocks import Block
from cleaner.engine.phrase_table import NUMBER, PhraseTable
from cleaner.rule_api import HEADING_MAX_WORDS, Evidence, Mark, PhraseRegion, PhraseRule


class PhraseMatcher:
    """Phrase rules' marks on the lines of a page, and the headings of phrase-list regions."""

    def __init__(self, rules: Sequence[PhraseRule | PhraseRegion]) -> None:
        self.table = PhraseTable(rules)

    def scan(self, blocks: Sequence[Block], keys: Sequence[str]) -> tuple[list[Mark], dict[int, str]]:
        """Marks of phrase rules, and block index -> id of the phrase region each heading opens."""
        marks: list[Mark] = []
        headings: dict[int, str] = {}
        find, openings = self.table.find, self.table.lengths
        for block, key in zip(blocks, keys, strict=True):
            head = key.partition(" ")[0]
            if head.isascii() and head.isalnum() and (NUMBER if head.isdigit() else head) not in openings:
                continue  # most lines: a plain first word that opens no phrase (the check of _first_word)
            hit = find(key)
            if hit is None:
                continue
            rule = self.table.rules[hit.rule]
            if isinstance(rule, PhraseRegion):
                if block.words <= HEADING_MAX_WORDS:
                    headings[block.index] = rule.id
                continue
            evidence = Evidence.SENTENCE if hit.sentence else Evidence.PATTERN
            listed = " + ".join(repr(phrase) for phrase in hit.phrases)
            marks.append(rule.mark(block.index, evidence, f"{rule.why} (listed phrase {listed})"))
        return marks, headings
