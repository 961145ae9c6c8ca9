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

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import regex

from cleaner.engine.blocks import normalize
from cleaner.engine.sentence_ends import ends_in_terminal


class PhraseList(Protocol):
    """A phrase list as the table reads it: ``(language, phrase)`` pairs from the file ``source``."""

    phrases: list[tuple[str, str]]
    source: Path

_WORDS = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]|[^\W\p{Han}\p{Hiragana}\p{Katakana}]+")
_LETTERS = regex.compile(r"\w")
NUMBER = "#"
"""What any run of digits becomes: counts and years around a label ("(12)") are not words."""
MAX_CHARS = 600
"""Longer lines are article text or long notices that phrase lists do not spell out."""
MEMO_LIMIT = 8192
"""Distinct line keys whose answer is remembered; emptied when full (menus recur across pages)."""


def _mostly_symbols(key: str) -> bool:
    """More symbols than letters and digits: ASCII art or code ("#X# ##.X"), never a row of labels."""
    letters = len(_LETTERS.findall(key))
    return len(key) - key.count(" ") - letters > letters


def _first_word(key: str) -> str | None:
    """The first of :func:`phrase_words`, found without cutting the whole line into words: most
    lines open with a plain ASCII word, which needs no regular expression."""
    head = key.partition(" ")[0]
    if head.isascii() and head.isalnum():
        return NUMBER if head.isdigit() else head
    first = _WORDS.search(key)
    if first is None:
        return None
    return NUMBER if first.group().isdigit() else first.group()


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

    def __init__(self, rules: Sequence[PhraseList]) -> None:
        self.rules = list(rules)
        self.entries: dict[tuple[str, ...], _Entry] = {}
        lengths: dict[str, set[int]] = {}
        for number, rule in enumerate(self.rules):
            for _, phrase in rule.phrases:
                words = phrase_words(normalize(phrase))
                if not words or words == (NUMBER,) * len(words):
                    raise ValueError(f"{rule.source.name}: phrase {phrase!r} has no word")
                sentence = ends_in_terminal(phrase)
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
        if key in self.memo:  # only keys whose first word opens a phrase are remembered
            return self.memo[key]
        if _first_word(key) not in self.lengths:
            return None
        found = self._cover(key)
        if len(self.memo) >= MEMO_LIMIT:
            self.memo.clear()
        self.memo[key] = found
        return found

    def cover(self, key: str) -> PhraseHit | None:
        """Cover the words of ``key`` with the fewest phrases (numbers after the first word are
        free), or None. Words are read only as far as some cover reaches, so a line that merely
        opens with a listed word costs a few words, however long it is."""
        return self._cover(key) if _first_word(key) in self.lengths else None

    def _cover(self, key: str) -> PhraseHit | None:
        """:meth:`cover` of a key whose first word opens a phrase (its caller checked)."""
        words: list[str] = []
        source = _WORDS.finditer(key)

        def read(upto: int) -> None:
            for match in source:
                word = match.group()
                words.append(NUMBER if word.isdigit() else word)
                if len(words) >= upto:
                    return

        best: dict[int, tuple[int, int, _Entry | None]] = {0: (0, -1, None)}
        furthest = position = 0
        while position <= furthest:
            read(position + 1)
            if position >= len(words):
                break
            here = best.get(position)
            if here is not None:
                word = words[position]
                steps: list[tuple[int, _Entry | None]] = [(position + 1, None)] if word == NUMBER and position else []
                for length in self.lengths.get(word, ()):
                    read(position + length)
                    entry = self.entries.get(tuple(words[position : position + length]))
                    if entry is not None and position + length <= len(words):
                        steps.append((position + length, entry))
                for end, entry in steps:
                    count = here[0] + (entry is not None)
                    if end not in best or count < best[end][0]:
                        best[end] = (count, position, entry)
                    furthest = max(furthest, end)
            position += 1
        last = best.get(len(words))
        if position < len(words) or last is None or last[0] == 0 or _mostly_symbols(key):
            return None
        used: list[_Entry] = []
        position = len(words)
        while position > 0:
            _, previous, entry = best[position]
            if entry is not None:
                used.append(entry)
            position = previous
        used.reverse()
        main = max(used, key=lambda entry: entry.size)
        return PhraseHit(main.rule, any(entry.sentence for entry in used), tuple(entry.text for entry in used))
