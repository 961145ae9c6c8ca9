"""Match many line rules against a block in one pass of one compiled pattern.

Calling a hundred small patterns per block costs a hundred Python calls; one alternation of
them, each wrapped in a named group, costs one; on the rare block that matches, the wrapper
group that took part names the rule.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from cleaner.blocks import Block
from cleaner.rules import PATTERN_TIMEOUT, LineRule, Mark


class LineMatcher:
    """All line rules of a set of modules, compiled into one full-match alternation."""

    def __init__(self, rules: Sequence[LineRule]) -> None:
        self.rules = list(rules)
        self.max_chars = max((rule.max_chars for rule in self.rules), default=0)
        alternatives = []
        for number, rule in enumerate(self.rules):
            scope = "(?i:" if rule.flags & regex.IGNORECASE else "(?:"
            alternatives.append(f"(?P<_rule{number}>{scope}{rule.pattern}))")
        self.compiled = regex.compile("|".join(alternatives)) if alternatives else None

    def marks(self, blocks: Sequence[Block], timeouts: list[str]) -> Iterator[Mark]:
        """Yield a mark for every block some rule fully matches; a timeout is noted, not raised."""
        if self.compiled is None:
            return
        for block in blocks:
            text = block.text.strip()
            if len(text) > self.max_chars:
                continue
            try:
                match = self.compiled.fullmatch(text, timeout=PATTERN_TIMEOUT)
            except TimeoutError:
                timeouts.append(f"line rules timed out on block {block.index}")
                continue
            if match is None:
                continue
            rule = next(r for number, r in enumerate(self.rules) if match.start(f"_rule{number}") >= 0)
            if len(text) <= rule.max_chars:
                yield rule.mark_match(block, match)
            else:
                yield from self._one_by_one(block, timeouts)

    def _one_by_one(self, block: Block, timeouts: list[str]) -> Iterator[Mark]:
        """The slow path, for a block longer than the first matching rule allows."""
        for rule in self.rules:
            try:
                match = rule.matches(block.text)
            except TimeoutError:
                timeouts.append(f"{rule.id} timed out on block {block.index}")
                continue
            if match:
                yield rule.mark_match(block, match)
                return
