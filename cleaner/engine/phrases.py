"""Phrase lists matched against every line at once: chrome known by its wording, in many languages.

A line is chrome of a phrase rule when its words are nothing but listed phrases, one after the
other ("Teilen | Drucken", "Leave a reply Cancel reply", "Kommentare (12)"): numbers after the
first phrase, punctuation and symbols do not count. A number that opens a line counts only where
a phrase spells it ("0 Kommentare" lists "12 Kommentare"): "1. Facebook" is an article's list
item and "12 Further reading" a numbered section heading, not a widget. Words are compared after
:func:`cleaner.rule_api.normalize` (case, quotes, dashes); Chinese and Japanese characters count
one word each, since those scripts do not separate words.

The phrases of every rule go into one table keyed by their words, and each listed first word knows
the lengths its phrases have. A line is covered from left to right: at each position reached, only
the phrases that start with the word found there are looked up. A line whose first word starts no
phrase costs one dictionary lookup, whether the table holds ten phrases or ten thousand
(``bench/phrase_matchers.py`` measures this against an Aho-Corasick automaton and a compiled
alternation).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from cleaner.engine.blocks import Block
from cleaner.rule_api import HEADING_MAX_WORDS, Evidence, Mark, PhraseRegion, PhraseRule, normalize

_WORDS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")
_SENTENCE_END = regex.compile(r"[.!?。！？]$")
NUMBER = "#"
"""What any run of digits becomes: counts and years around a label ("(12)") are not words."""
MAX_CHARS = 600
"""Longer lines are article text or long notices that phrase lists do not spell out."""
MEMO_LIMIT = 8192
"""Distinct line keys whose answer is remembered; emptied when full (menus recur across pages)."""


def phrase_words(key: str) -> tuple[str, ...]:
    """The words of a normalised line or phrase as the table compares them."""
    return tuple(NUMBER if word.isdigit() else word for word in _WORDS.findall(key))


@dataclass(frozen=True, slots=True)
class _Entry:
    rule: int
    sentence: bool
    text: str
    size: int


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """The rule a covered line belongs to, whether a whole sentence covered it, and the phrases."""

    rule: int
    sentence: bool
    phrases: tuple[str, ...]


class PhraseTable:
    """Every phrase of a set of phrase rules, found in a line in one left-to-right pass."""

    def __init__(self, rules: Sequence[PhraseRule | PhraseRegion]) -> None:
        self.rules = list(rules)
        self.entries: dict[tuple[str, ...], _Entry] = {}
        lengths: dict[str, set[int]] = {}
        for number, rule in enumerate(self.rules):
            for _, phrase in rule.phrases:
                words = phrase_words(normalize(phrase))
                if not words or words == (NUMBER,) * len(words):
                    raise ValueError(f"{rule.source.name}: phrase {phrase!r} has no word")
                sentence = bool(_SENTENCE_END.search(phrase))
                known = self.entries.get(words)
                if known is None or (sentence and not known.sentence):
                    self.entries[words] = _Entry(number if known is None else known.rule, sentence, phrase, len(words))
                lengths.setdefault(words[0], set()).add(len(words))
        self.lengths = {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}
        self.memo: dict[str, PhraseHit | None] = {}

    def find(self, key: str) -> PhraseHit | None:
        """The hit for a normalised line, or None when listed phrases do not make up all of it."""
        if not self.entries or len(key) > MAX_CHARS:
            return None
        if key in self.memo:
            return self.memo[key]
        first = _WORDS.search(key)
        opening = first is not None and (NUMBER if first.group().isdigit() else first.group()) in self.lengths
        found = self._cover(phrase_words(key)) if opening else None
        if len(self.memo) >= MEMO_LIMIT:
            self.memo.clear()
        self.memo[key] = found
        return found

    def _cover(self, words: tuple[str, ...]) -> PhraseHit | None:
        """Cover ``words`` with the fewest phrases (numbers after the first word are free), or None."""
        size = len(words)
        if not size or words[0] not in self.lengths:
            return None
        best: list[tuple[int, int, _Entry | None] | None] = [None] * (size + 1)
        best[0] = (0, -1, None)
        for start in range(size):
            here = best[start]
            if here is None:
                continue
            word = words[start]
            steps: list[tuple[int, _Entry | None]] = []
            if word == NUMBER and start:
                steps.append((start + 1, None))
            for length in self.lengths.get(word, ()):
                entry = self.entries.get(words[start : start + length]) if start + length <= size else None
                if entry is not None:
                    steps.append((start + length, entry))
            for end, entry in steps:
                count = here[0] + (entry is not None)
                if best[end] is None or count < best[end][0]:
                    best[end] = (count, start, entry)
        last = best[size]
        if last is None or last[0] == 0:
            return None
        used: list[_Entry] = []
        position = size
        while position > 0:
            _, previous, entry = best[position]  # type: ignore[misc]
            if entry is not None:
                used.append(entry)
            position = previous
        used.reverse()
        main = max(used, key=lambda entry: entry.size)
        return PhraseHit(main.rule, any(entry.sentence for entry in used), tuple(entry.text for entry in used))


class PhraseMatcher:
    """Phrase rules' marks on the lines of a page, and the headings of phrase-list regions."""

    def __init__(self, rules: Sequence[PhraseRule | PhraseRegion]) -> None:
        self.table = PhraseTable(rules)

    def scan(self, blocks: Sequence[Block], keys: Sequence[str]) -> tuple[list[Mark], dict[int, str]]:
        """Marks of phrase rules, and block index -> id of the phrase region each heading opens."""
        marks: list[Mark] = []
        headings: dict[int, str] = {}
        for block, hit in self._hits(blocks, keys):
            rule = self.table.rules[hit.rule]
            if isinstance(rule, PhraseRegion):
                if block.words <= HEADING_MAX_WORDS:
                    headings[block.index] = rule.id
                continue
            evidence = Evidence.SENTENCE if hit.sentence else Evidence.PATTERN
            listed = " + ".join(repr(phrase) for phrase in hit.phrases)
            marks.append(rule.mark(block.index, evidence, f"{rule.why} (listed phrase {listed})"))
        return marks, headings

    def _hits(self, blocks: Sequence[Block], keys: Sequence[str]) -> Iterator[tuple[Block, PhraseHit]]:
        for block, key in zip(blocks, keys, strict=True):
            hit = self.table.find(key)
            if hit is not None:
                yield block, hit
