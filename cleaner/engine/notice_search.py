"""Which of the strings notices need each line of a document holds, found in one search over the
whole document, not one per line and cleaning pass.

A notice (:func:`cleaner.rule_api.notice`) is only tried on a line holding one of the strings it
needs. What a line holds depends on its text alone, so it is found once per document: every line's
comparison key joined into one text, searched once, each hit counted to the line it starts in.
With ``pyahocorasick`` installed (the ``fast`` extra) an Aho-Corasick automaton finds every
string at every place in one call; without it, a pattern of all the strings is searched from each
hit on, in pure Python. Both give the same answer: a string that opens with a letter or digit of a
script that separates words counts where a word starts ("mail" in "e-mail", not in "email"); any
other (a sign, a Chinese word) counts anywhere; a line holding a string holds every string that
one contains ("e-mail" holds "mail").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence

from cleaner.engine.trie import any_of

try:
    import ahocorasick
except ImportError:  # the pure-Python search below gives the same answers
    ahocorasick = None

CJK_START = 0x2E80
"""The first code point of the CJK radicals; Japanese kana, Chinese and Korean come after it."""


def opens_word(need: str) -> bool:
    """Whether ``need`` opens with a letter, digit or underscore of a script that puts spaces
    between words (below the CJK blocks), so that it is looked for where a word starts."""
    first = need[:1]
    return (first.isalnum() or first == "_") and ord(first) < CJK_START


def _is_word_character(char: str) -> bool:
    """What a regular expression's ``\\w`` matches in a ``str`` pattern."""
    return char.isalnum() or char == "_"


class NeedSearch:
    """The search for one set of ``needs`` (lower case), built once for it (:func:`need_search`)."""

    def __init__(self, needs: frozenset[str], *, compiled: bool = True) -> None:
        self.within = {need: frozenset(other for other in needs if other in need) for need in needs}
        """Each need with the needs it contains, itself among them."""
        self._automaton = None
        if compiled and ahocorasick is not None and needs:
            automaton = ahocorasick.Automaton()
            for need in needs:
                automaton.add_word(need, (need, opens_word(need)))
            automaton.make_automaton()
            self._automaton = automaton
        at_word = tuple(sorted(need for need in needs if opens_word(need)))
        anywhere = tuple(sorted(need for need in needs if not opens_word(need)))
        alternatives = [rf"\b{any_of(at_word).pattern}"] if at_word else []
        alternatives += [any_of(anywhere).pattern] if anywhere else []
        self._search = re.compile("|".join(alternatives) or "(?!)").search

    def held(self, keys: Sequence[str], min_chars: int = 0) -> dict[int, frozenset[str]]:
        """For each of ``keys`` (comparison keys, without line breaks) at least ``min_chars`` long
        that holds a need, by its position, the needs it holds; in the order of ``keys``."""
        if not keys:
            return {}
        text = "\n".join(keys)
        starts = []
        offset = 0
        for key in keys:
            starts.append(offset)
            offset += len(key) + 1
        hits: dict[int, set[str]] = {}
        for start, need in self._hits(text):
            hits.setdefault(bisect_right(starts, start) - 1, set()).add(need)
        within = self.within
        return {
            line: frozenset().union(*(within[need] for need in found))
            for line, found in sorted(hits.items())
            if len(keys[line]) >= min_chars
        }

    def _hits(self, text: str) -> Iterator[tuple[int, str]]:
        """Where a need starts in ``text``, and which: every need at every place it counts, or at
        least the longest at each such place (a shorter one there is a prefix, so within it)."""
        if self._automaton is not None:
            for end, (need, at_word) in self._automaton.iter(text):
                start = end - len(need) + 1
                if at_word and start > 0 and _is_word_character(text[start - 1]):
                    continue
                yield start, need
            return
        search = self._search
        match = search(text)
        while match is not None:
            yield match.start(), match.group()
            match = search(text, match.start() + 1)


@functools.lru_cache(maxsize=8)
def need_search(needs: frozenset[str]) -> NeedSearch:
    """The search for ``needs``, built once for each set of them."""
    return NeedSearch(needs)


class DocumentNeeds:
    """What the lines of one document hold of ``needs``, searched for when first asked, for every
    cleaning pass's view of the document after."""

    def __init__(self, keys: Sequence[str], needs: Callable[[], frozenset[str]], min_chars: int) -> None:
        self._keys = keys
        self._needs = needs
        self._min_chars = min_chars
        self._held: dict[int, frozenset[str]] | None = None

    def in_view(self, origin: Sequence[int] | None) -> dict[int, frozenset[str]]:
        """By the position in a view whose block ``i`` is the document's block ``origin[i]`` (None:
        the whole document), the needs each line holds, for the lines that hold some."""
        held = self._held
        if held is None:
            needs = self._needs()
            held = self._held = need_search(needs).held(self._keys, self._min_chars) if needs else {}
        if origin is None or not held:
            return held
        return {view: held[block] for view, block in enumerate(origin) if block in held}
