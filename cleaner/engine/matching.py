"""Match many line rules against the blocks of a page cheaply.

Calling every small pattern on every block would cost a hundred Python calls a line. Three
savings keep this off the profile:

* a line is only tried against the rules that can start with its first characters, and
  that it holds one of the strings they need (``needs``) and the pattern they contain
  (``contains``);

* a prose block can only be taken by the rules the guard lets take prose (whole-sentence
  rules), so prose is matched against those first; the rest are tried on it only when the
  refusals are to be recorded (``held``), since every one of them would be refused;
* menu and footer lines recur across pages, so results are memoised per line text (bounded).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import regex

from cleaner import rule_api
from cleaner.engine.blocks import Block
from cleaner.engine.guard import takes_prose
from cleaner.engine.pattern_needs import fold
from cleaner.rule_api import HEADING_MAX_WORDS, LineRule, Mark, RegionRule, any_of, captured

_NO_MATCH = (-1, ())


MEMO_LIMIT = 8192
"""Distinct line texts whose answer an alternation remembers; emptied when it fills up. Lines a
site repeats (menus, footers) come back within a few pages; 50,000 only kept a worker's memory
growing through a long batch."""
PREFIX_CHARS = 3
"""Lines are dispatched on their first characters to the few rules that can start that way."""
BUCKET_LIMIT = 16384
"""Distinct prefixes whose list of admitted rules is kept; emptied when it fills up."""


FEW_NEEDS = 4
"""Up to this many needs are looked for one by one (``in``); more, by one search for any of them."""

_Candidate = tuple[
    int,
    int,
    tuple[str, ...] | None,
    Callable[[str], object] | None,
    Callable[[str], object] | None,
    int,
    regex.Pattern[str],
]
"""A rule as the matching loop reads it: its number, ``max_chars``, its few needs (lower case) or
None, the search for any of its many needs or None, the search for the pattern it contains or
None, the length up to which it needs no timeout (``unguarded_chars``) and its compiled pattern."""


def _needs(rule: LineRule) -> tuple[str, ...]:
    """The strings one of which a line must hold to be tried against ``rule``: those it declares,
    else those the loader read from its pattern (:attr:`LineRule.read_needs`)."""
    return rule.needs or rule.read_needs


def _candidate(numbered: tuple[int, LineRule]) -> _Candidate:
    number, rule = numbered
    needs = _needs(rule)
    few = needs if 0 < len(needs) <= FEW_NEEDS else None
    find_need = _find_any(needs) if len(needs) > FEW_NEEDS else None
    return number, rule.max_chars, few, find_need, rule.find_contained, rule.unguarded_chars, rule.compiled


class _Bucket(NamedTuple):
    """The rules a line opening with one prefix is tried against, and a shortcut past most of them.

    Rules that can match anywhere in a line are admitted by every prefix and kept off most lines
    only by their ``needs``: a line holding none of a rule's needs is never tried against it. Most
    lines hold no need of any rule (nine in ten on the dev pages), so one search for all the needs
    the prefix's rules declare sends such a line to ``ungated``, the candidates that declare none,
    in the same order: a rule that needs a string the line does not hold fails either way. The
    needs read from a pattern (:attr:`LineRule.read_needs`) are checked rule by rule, not in that
    search: they would make the prefixes' sets of needs as many as the prefixes, each a pattern
    to build.
    """

    candidates: tuple[_Candidate, ...]
    ungated: tuple[_Candidate, ...]
    find_any_need: Callable[[str], object] | None
    """Searches a lower-cased line for any need of any candidate (None: no candidate needs one)."""

    @classmethod
    def of(cls, rules: Sequence[LineRule], candidates: tuple[_Candidate, ...]) -> _Bucket:
        needs = {need for number, *_ in candidates for need in rules[number].needs}
        ungated = tuple(candidate for candidate in candidates if not rules[candidate[0]].needs)
        return cls(candidates, ungated, _find_any(tuple(sorted(needs))) if needs else None)


@functools.lru_cache(maxsize=256)
def _find_any(needs: tuple[str, ...]) -> Callable[[str], object]:
    """The search for any of ``needs``, built once per set of needs: the thousands of prefixes share
    a few dozen sets."""
    return any_of(needs).search


class _Alternation:
    """Rules tried in order on a line, only those that can start with its first characters.

    Which rules can match a line starting with "Sh" is decided exactly, by asking each rule for
    a partial match of "Sh" (``regex``'s ``partial=True``); only those rules are tried on the
    line. Typically a tenth of the rules remain, so a line costs a few full-match calls of small
    patterns; a compiled alternation of them would cost tens of milliseconds to build for each
    of the hundreds of distinct rule sets and match no faster.
    """

    def __init__(self, rules: Sequence[LineRule]) -> None:
        self.rules = list(rules)
        self.max_chars = max((rule.max_chars for rule in self.rules), default=0)
        self.memo: dict[str, tuple[int, tuple[tuple[str, str], ...]]] = {}
        self.buckets: dict[str, _Bucket] = {}
        self._candidates: tuple[_Candidate, ...] | None = None
        """Every rule as a candidate, made when a first prefix asks for them."""
        self._shared: dict[tuple[int, ...], _Bucket] = {}
        """The bucket of each set of admitted rules (by number): thousands of prefixes admit one of a
        few hundred sets, whose needs are gathered once."""

    def forget(self) -> None:
        """Empty the memo and the buckets, so that rules changed since are read again."""
        self.memo.clear()
        self.buckets.clear()
        self._candidates = None
        self._shared.clear()

    def find(self, text: str) -> tuple[int, tuple[tuple[str, str], ...]]:
        """The index of the first rule that fully matches ``text`` and what it captured, or -1.

        Raises ``TimeoutError`` when a pattern runs away; that answer is never memoised.
        """
        if not self.rules or len(text) > self.max_chars:
            return _NO_MATCH
        known = self.memo.get(text)
        if known is not None:
            return known
        found = _NO_MATCH
        length, lowered, timeout = len(text), fold(text), rule_api.PATTERN_TIMEOUT
        candidates, ungated, find_any_need = self._bucket(text[:PREFIX_CHARS])
        if find_any_need is not None and find_any_need(lowered) is None:
            candidates = ungated  # not one need of any rule here is in the line: those rules all fail
        for number, max_chars, needs, find_need, find_contained, unguarded, pattern in candidates:
            # LineRule.matches, unrolled: this loop runs for every line of every page
            if length > max_chars:
                continue
            if needs is not None:
                for need in needs:
                    if need in lowered:
                        break
                else:
                    continue
            elif find_need is not None and find_need(lowered) is None:
                continue
            if find_contained is not None and find_contained(text) is None:
                continue
            # No timeout where the pattern cannot run away: a timeout reads the clock, which costs more
            # than matching a short line. The arguments go by position, fullmatch(string, pos, endpos,
            # concurrent, partial, timeout): parsing keywords costs more than a short line's match too.
            if length <= unguarded:
                match = pattern.fullmatch(text)
            else:
                match = pattern.fullmatch(text, None, None, None, False, timeout)
            if match is not None:
                found = number, captured(match)
                break
        if len(self.memo) >= MEMO_LIMIT:
            self.memo.clear()
        self.memo[text] = found
        return found

    def find_or_note(self, block: Block, timeouts: list[str]) -> tuple[int, tuple[tuple[str, str], ...]]:
        """:meth:`find` on a block; a runaway pattern is noted in ``timeouts`` and counts as no match."""
        try:
            return self.find(block.text.strip())
        except TimeoutError:
            timeouts.append(f"line patterns timed out on block {block.index}")
            return _NO_MATCH

    def _bucket(self, prefix: str) -> _Bucket:
        """The rules (as :data:`_Candidate`) that can start a line with ``prefix``, in order: of
        those that can start with its first character (a rule that cannot start with "T" cannot
        start with "Th"), so a new prefix asks a few rules, not all. With them, those of the rules
        that need no string, and one search for any string some rule needs (see :class:`_Bucket`)."""
        bucket = self.buckets.get(prefix)
        if bucket is None:
            if len(prefix) > 1:
                admitted = self._bucket(prefix[:-1]).candidates
            else:
                if self._candidates is None:
                    self._candidates = tuple(map(_candidate, enumerate(self.rules)))
                admitted = self._candidates
            # partial=True by position, as in find
            fitting = tuple(rule for rule in admitted if rule[-1].fullmatch(prefix, None, None, None, True))
            numbers = tuple(candidate[0] for candidate in fitting)
            bucket = self._shared.get(numbers)
            if bucket is None:
                bucket = self._shared[numbers] = _Bucket.of(self.rules, fitting)
            if len(self.buckets) >= BUCKET_LIMIT:
                self.buckets.clear()
                self._shared.clear()
            self.buckets[prefix] = bucket
        return bucket


class LineMatcher:
    """All line rules of a set of modules: every rule for short lines; for prose, the rules the
    guard lets take prose, and the others only to record the guard's refusals."""

    def __init__(self, rules: Sequence[LineRule]) -> None:
        self.all = _Alternation(rules)
        self.for_prose = _Alternation([rule for rule in rules if takes_prose(rule.evidence)])
        self.refused_on_prose = _Alternation([rule for rule in rules if not takes_prose(rule.evidence)])

    def marks(self, blocks: Sequence[Block], timeouts: list[str], *, refusals: bool = False) -> Iterator[Mark]:
        """Yield a mark for every block some rule fully matches; a timeout is noted, not raised.

        ``refusals``: on prose, also the first rule the guard will refuse, so that its refusal is
        recorded (each costs a pattern search on every prose line that no sentence rule took).
        """
        on_prose = (self.for_prose, self.refused_on_prose) if refusals else (self.for_prose,)
        for block in blocks:
            for alternation in on_prose if block.is_prose else (self.all,):
                mark = _first_mark(alternation, block, timeouts)
                if mark is not None:
                    yield mark


def _first_mark(alternation: _Alternation, block: Block, timeouts: list[str]) -> Mark | None:
    """The mark of the first rule of ``alternation`` that fully matches ``block``, or None."""
    number, metadata = alternation.find_or_note(block, timeouts)
    if number < 0:
        return None
    rule = alternation.rules[number]
    return rule.mark(block.index, rule.evidence, metadata=metadata)


class HeadingMatcher:
    """The headings of many region rules, matched in one pass over the short blocks of a page."""

    def __init__(self, regions: Sequence[RegionRule]) -> None:
        self.regions = list(regions)
        self.alternation = _Alternation([region.heading for region in self.regions])

    def headings(self, blocks: Sequence[Block], timeouts: list[str]) -> dict[int, str]:
        """Block index -> id of the region rule whose heading the block is."""
        found: dict[int, str] = {}
        for block in blocks:
            if block.words > HEADING_MAX_WORDS:
                continue
            number, _ = self.alternation.find_or_note(block, timeouts)
            if number >= 0:
                found[block.index] = self.regions[number].id
        return found
