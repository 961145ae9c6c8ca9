"""Match many line rules against a block in one pass of one compiled pattern.

Calling a hundred small patterns per block costs a hundred Python calls; one alternation of
them, each wrapped in a named group, costs one; on the rare block that matches, the wrapper
group that took part names the rule. Two more savings keep this off the profile:

* a prose block can only be taken by a whole-sentence rule (the guard refuses the rest), so
  prose is matched against those rules alone;
* menu and footer lines recur across pages, so results are memoised per line text (bounded).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from cleaner.blocks import Block
from cleaner.rules import MEMO_LIMIT, PATTERN_TIMEOUT, Evidence, LineRule, Mark, captured

_NO_MATCH = (-1, ())


class _Alternation:
    """Rules compiled into one full-match pattern, with a bounded memo of past answers."""

    def __init__(self, rules: Sequence[LineRule]) -> None:
        self.rules = list(rules)
        self.max_chars = max((rule.max_chars for rule in self.rules), default=0)
        alternatives = []
        for number, rule in enumerate(self.rules):
            scope = "(?i:" if rule.flags & regex.IGNORECASE else "(?:"
            alternatives.append(f"(?P<_rule{number}>{scope}{rule.pattern}))")
        self.compiled = regex.compile("|".join(alternatives)) if alternatives else None
        self.memo: dict[str, tuple[int, tuple[tuple[str, str], ...]]] = {}

    def find(self, text: str) -> tuple[int, tuple[tuple[str, str], ...]]:
        """The index of the first rule that fully matches ``text`` and what it captured, or -1.

        Raises ``TimeoutError`` when the pattern runs away; that answer is never memoised.
        """
        if self.compiled is None or len(text) > self.max_chars:
            return _NO_MATCH
        known = self.memo.get(text)
        if known is not None:
            return known
        match = self.compiled.fullmatch(text, timeout=PATTERN_TIMEOUT)
        found = _NO_MATCH if match is None else self._which(text, match)
        if len(self.memo) >= MEMO_LIMIT:
            self.memo.clear()
        self.memo[text] = found
        return found

    def _which(self, text: str, match: regex.Match[str]) -> tuple[int, tuple[tuple[str, str], ...]]:
        number = next(n for n in range(len(self.rules)) if match.start(f"_rule{n}") >= 0)
        if len(text) <= self.rules[number].max_chars:
            return number, captured(match)
        return self._one_by_one(text)

    def _one_by_one(self, text: str) -> tuple[int, tuple[tuple[str, str], ...]]:
        """The slow path, for a line longer than the first matching rule allows."""
        for number, rule in enumerate(self.rules):
            match = rule.matches(text)
            if match:
                return number, captured(match)
        return _NO_MATCH


class LineMatcher:
    """All line rules of a set of modules: every rule for short lines, sentence rules for prose."""

    def __init__(self, rules: Sequence[LineRule]) -> None:
        self.all = _Alternation(rules)
        self.sentences = _Alternation([rule for rule in rules if rule.evidence is Evidence.SENTENCE])

    def marks(self, blocks: Sequence[Block], timeouts: list[str]) -> Iterator[Mark]:
        """Yield a mark for every block some rule fully matches; a timeout is noted, not raised."""
        for block in blocks:
            alternation = self.sentences if block.is_prose else self.all
            try:
                number, metadata = alternation.find(block.text.strip())
            except TimeoutError:
                timeouts.append(f"line rules timed out on block {block.index}")
                continue
            if number >= 0:
                rule = alternation.rules[number]
                yield rule.mark(block.index, rule.evidence, metadata=metadata)
