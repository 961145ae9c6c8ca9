"""How much a line costs to check against phrase lists, by matcher and by number of phrases.

    python bench/phrase_matchers.py [--lines 40000] [--repeat 3]

Every matcher answers the same question for each line of the dev pages' full texts: is the line
made of listed phrases only (numbers after the first word free)? The lines are normalised
beforehand, as the cleaner does once per line for every rule; what is timed is cutting the line
into words and the lookup, without the cleaner's memo of lines already seen:

* ``table``: :class:`cleaner.engine.phrases.PhraseTable`, a dictionary of phrases keyed by their
  words, each first word knowing its phrases' lengths; pure Python;
* ``pyahocorasick``: an Aho-Corasick automaton over the phrases (padded with spaces so they
  match whole words), its hits then covered left to right;
* ``hyperscan``: the same literals in a Hyperscan database, hits reported to a callback;
* ``regex``: one compiled alternation of every phrase, repeated, full-matched (``regex`` module).

The phrase lists are the shipped ones (``real``), their first ten (``10``), and the shipped ones
padded to 10,000 with made-up phrases of dev-page words that no line consists of (``10000``).
Prints microseconds per line (median of ``--repeat`` runs) and whether every matcher agreed.
Optional packages that are missing are skipped with a note; without the shared data the script
says so and exits 0.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from run_bench import DATASETS, NO_DATA, data_dir, load  # the harness beside this script

from cleaner import Cleaner
from cleaner.engine.phrase_table import MAX_CHARS, NUMBER, PhraseTable, phrase_words
from cleaner.rule_api import PhraseRule, normalize

Matcher = Callable[[str], bool]


def shipped_phrases() -> list[tuple[str, ...]]:
    """The words of every phrase in the built-in phrase lists, in list order."""
    rules = [rule for module in Cleaner(plugins=False).modules for rule in module.phrase_rules]
    return [phrase_words(normalize(phrase)) for rule in rules for _, phrase in rule.phrases]


def padded(phrases: list[tuple[str, ...]], size: int, vocabulary: Sequence[str]) -> list[tuple[str, ...]]:
    """``phrases`` and made-up ones of two to four vocabulary words, ``size`` in all."""
    chooser = random.Random(7)
    result = list(phrases)
    known = set(result)
    while len(result) < size:
        words = tuple(chooser.choice(vocabulary) for _ in range(chooser.randint(2, 4)))
        if words not in known:
            known.add(words)
            result.append(words)
    return result


class _Rule(PhraseRule):
    """A phrase rule built from a list in memory rather than a file, for the table matcher."""

    def __init__(self, phrases: list[tuple[str, ...]]) -> None:
        self.category, self.why, self.name, self.id = "promo", "bench", "bench", "bench.bench"
        self.source = Path("bench.txt")
        self.phrases = [("any", " ".join("0" if word == NUMBER else word for word in words)) for words in phrases]


def table_matcher(phrases: list[tuple[str, ...]]) -> Matcher:
    table = PhraseTable([_Rule(phrases)])
    return lambda key: table.cover(key) is not None


def _covered(size: int, hits: list[tuple[int, int]], words: tuple[str, ...]) -> bool:
    """Whether word spans ``hits`` (start, end) chain from 0 to ``size``, numbers after the first word free."""
    ends_from: dict[int, list[int]] = {}
    for start, end in hits:
        ends_from.setdefault(start, []).append(end)
    reached = [False] * (size + 1)
    reached[0] = True
    phrase_seen = [False] * (size + 1)
    for start in range(size):
        if not reached[start]:
            continue
        if words[start] == NUMBER and start:
            reached[start + 1] = True
            phrase_seen[start + 1] |= phrase_seen[start]
        for end in ends_from.get(start, ()):
            reached[end] = True
            phrase_seen[end] = True
    return reached[size] and phrase_seen[size]


def _word_starts(words: tuple[str, ...]) -> tuple[str, dict[int, int]]:
    """The words joined with single spaces and padded, and character offset -> word index."""
    text = " " + " ".join(words) + " "
    starts: dict[int, int] = {}
    position = 1
    for index, word in enumerate(words):
        starts[position] = index
        position += len(word) + 1
    starts[position] = len(words)
    return text, starts


def aho_corasick_matcher(phrases: list[tuple[str, ...]]) -> Matcher | None:
    try:
        import ahocorasick
    except ImportError:
        return None
    automaton = ahocorasick.Automaton()
    for words in phrases:
        automaton.add_word(" " + " ".join(words) + " ", len(words))
    automaton.make_automaton()

    def match(key: str) -> bool:
        words = phrase_words(key)
        text, starts = _word_starts(words)
        ends = {offset - 1: index for offset, index in starts.items()}
        spans = []
        for end, length in automaton.iter(text):
            last = ends.get(end)
            if last is not None:
                spans.append((last - length, last))
        return _covered(len(words), spans, words)

    return match


def hyperscan_matcher(phrases: list[tuple[str, ...]]) -> Matcher | None:
    try:
        import hyperscan
    except ImportError:
        return None
    database = hyperscan.Database()
    expressions = [(" " + " ".join(words) + " ").encode() for words in phrases]
    escaped = [b"".join(b"\\x%02x" % byte for byte in expression) for expression in expressions]
    database.compile(expressions=escaped, ids=list(range(len(phrases))), flags=[0] * len(phrases))
    lengths = [len(words) for words in phrases]

    def match(key: str) -> bool:
        words = phrase_words(key)
        text, starts = _word_starts(words)
        data = text.encode()
        ends = {len(text[: offset - 1].encode()): index for offset, index in starts.items()}
        spans: list[tuple[int, int]] = []

        def found(number: int, start: int, end: int, flags: int, context: object) -> None:
            last = ends.get(end - 1)
            if last is not None:
                spans.append((last - lengths[number], last))

        database.scan(data, match_event_handler=found)
        return _covered(len(words), spans, words)

    return match


def regex_matcher(phrases: list[tuple[str, ...]]) -> Matcher:
    import regex

    alternatives = "|".join(regex.escape(" ".join(words)) for words in sorted(phrases, key=len, reverse=True))
    pattern = regex.compile(rf"(?:{alternatives})(?: (?:{alternatives}|{regex.escape(NUMBER)}))*")
    return lambda key: pattern.fullmatch(" ".join(phrase_words(key))) is not None


MATCHERS: dict[str, Callable[[list[tuple[str, ...]]], Matcher | None]] = {
    "table": table_matcher,
    "pyahocorasick": aho_corasick_matcher,
    "hyperscan": hyperscan_matcher,
    "regex": regex_matcher,
}


def dev_lines(limit: int) -> list[str]:
    """Normalised lines of the dev pages' full texts, as many as ``limit``."""
    folder = data_dir()
    assert folder is not None
    lines: list[str] = []
    for dataset in DATASETS:
        for page in load(folder, dataset):
            for line in page["fulltext"].splitlines():
                key = normalize(line)
                if key and len(key) <= MAX_CHARS:
                    lines.append(key)
    return lines[:limit]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=40_000, help="dev lines to check (default 40,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per matcher; the median is printed")
    args = parser.parse_args(argv)
    if data_dir() is None:
        print(NO_DATA)
        return 0
    lines = dev_lines(args.lines)
    real = shipped_phrases()
    vocabulary = sorted({word for key in lines[:5000] for word in phrase_words(key) if word != NUMBER})
    sets = {"10": real[:10], "real": real, "10000": padded(real, 10_000, vocabulary)}
    print(f"{len(lines):,} dev lines; {len(real):,} shipped phrases; Python {sys.version.split()[0]}\n")
    print("| matcher | phrases | build ms | us/line | lines covered |")
    print("|---|---|---|---|---|")
    answers: dict[str, list[bool]] = {}
    for label, phrases in sets.items():
        for name, build in MATCHERS.items():
            start = time.perf_counter()
            matcher = build(phrases)
            built = (time.perf_counter() - start) * 1000
            if matcher is None:
                print(f"| {name} | {label} | not installed | | |")
                continue
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                found = [matcher(key) for key in lines]
                times.append(time.perf_counter() - start)
            answers.setdefault(label, found)
            agree = "" if found == answers[label] else " (disagrees)"
            per_line = statistics.median(times) / len(lines) * 1e6
            print(f"| {name} | {len(phrases):,} | {built:.0f} | {per_line:.2f} | {sum(found):,}{agree} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
