"""How far a line pattern can backtrack, so a built-in pattern that provably cannot run away is
matched without a timeout (a timeout costs a regex call more than the match of a short line).

The bound: a backtracking matcher explores at most one path per way of choosing how often each
repeat matches and which branch each alternation takes. Along a sequence the choices multiply;
across an alternation's branches they add (branches that are plain words can all match at one
place only when each begins the next, so a path goes on per word of the longest such chain). A
repeat of a fixed-width, choice-free body of width ``w`` on a line of ``n`` characters has at
most ``n // w + 1`` counts to try. A repeat whose body has choices of its own (``(a+)+``,
``(a|ab)*``) may try exponentially many ways, so it is bounded only when it repeats at most
:data:`FEW_REPEATS` times, whatever the line's length. Each path costs at most a step per
character and per pattern item, so ``paths x (n + len(pattern))`` bounds the steps on a line of
``n`` characters. Whatever the parser does not know counts as unbounded: such a pattern keeps
its timeout.

User rules always keep their timeout; only the patterns shipped with cleaner are measured here.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # CPython's own parser of regular expressions
from re import _parser as sre_parse

STEP_BUDGET = 1_000_000
"""Steps a pattern may take on one line without a timeout: a few milliseconds, well inside the
timeout it would otherwise keep (:data:`cleaner.rule_api.PATTERN_TIMEOUT`)."""
FEW_REPEATS = 8
"""A repeat of a body with choices is bounded only when it repeats at most this often."""
SHARED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE
"""Flags that mean the same to ``regex`` and to the standard parser (the ``regex`` bits are equal)."""
PROPERTY = re.compile(r"\\\\|\\[pP](?:\{[^}]*\}|\w)")
"""A Unicode property (``\\p{Lu}``), one character as the standard parser reads ``a``; an escaped
backslash is skipped, so ``\\\\p`` stays a backslash and a ``p``."""
_ATOMS = frozenset({sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY, sre.AT, sre.CATEGORY, sre.GROUPREF})
REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_UNBOUNDED = float("inf")


def _paths(items: sre_parse.SubPattern, chars: int) -> float:
    """The paths a matcher may try through ``items`` on a line of ``chars`` characters."""
    total = 1.0
    for op, value in items:
        total *= _item_paths(op, value, chars)
    return total


def _same_letter(first: int, second: int) -> bool:
    """Whether one character could match both: equal, or alike ignoring case (any case mapping
    agreeing; more than the matcher's folding, which only makes the bound larger)."""
    if first == second:
        return True
    one, other = chr(first), chr(second)
    return one.lower() == other.lower() or one.upper() == other.upper() or one.casefold() == other.casefold()


def _longest_chain(words: list[tuple[int, ...]]) -> int:
    """The most ``words`` (as code points) that can all match at one place: each must begin the
    next longer one, character by character (see :func:`_same_letter`)."""
    words = sorted(words, key=len)
    chain = [1] * len(words)
    for later, word in enumerate(words):
        for earlier in range(later):
            shorter = words[earlier]
            if len(shorter) < len(word) and all(map(_same_letter, shorter, word)):
                chain[later] = max(chain[later], chain[earlier] + 1)
    return max(chain, default=1)


def _item_paths(op: object, value: object, chars: int) -> float:
    if op in _ATOMS:
        return 1.0
    if op is sre.SUBPATTERN:
        return _paths(value[3], chars)
    if op is sre.ATOMIC_GROUP:
        return _paths(value, chars)
    if op is sre.BRANCH:
        branches = value[1]
        if all(item_op is sre.LITERAL for branch in branches for item_op, _ in branch):
            return float(_longest_chain([tuple(code for _, code in branch) for branch in branches]))
        return sum(_paths(branch, chars) for branch in branches)
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return _paths(value[1], chars)
    if op in REPEATS:
        low, high, body = value
        inner = _paths(body, chars)
        narrowest, widest = body.getwidth()
        if narrowest == 0:  # a body that can match nothing: only as an optional part
            return 1.0 + inner if high == 1 else _UNBOUNDED
        if inner == 1.0 and narrowest == widest:
            return float(max(1, min(high, chars // narrowest) - low + 1))
        if high > FEW_REPEATS:  # a nested repeat: exponential on some line, however short
            return _UNBOUNDED
        return sum(inner**count for count in range(low, high + 1))
    return _UNBOUNDED  # anything else (a conditional group, an unknown item): no bound


@functools.lru_cache(maxsize=1024)
def _parsed(pattern: str, flags: int) -> sre_parse.SubPattern | None:
    """The pattern as the standard parser reads it, a Unicode property as one character; None
    for syntax only ``regex`` reads."""
    try:
        return sre_parse.parse(PROPERTY.sub(_one_character, pattern), flags & SHARED_FLAGS)
    except Exception:
        return None


def step_bound(pattern: str, flags: int, chars: int) -> float:
    """At most how many steps ``pattern`` (``regex`` syntax, version 0) takes on a line of
    ``chars`` characters (infinite when unknown)."""
    items = _parsed(pattern, flags)
    return _UNBOUNDED if items is None else _paths(items, chars) * (chars + len(pattern))


@functools.lru_cache(maxsize=1024)
def unguarded_chars(pattern: str, flags: int, max_chars: int) -> int:
    """The longest line, up to ``max_chars``, on which ``pattern`` provably takes at most
    :data:`STEP_BUDGET` steps (:func:`step_bound`); 0 when no line is (a nested repeat, an
    overlap of repeats too costly at any length, syntax the standard parser does not read)."""
    if step_bound(pattern, flags, 0) > STEP_BUDGET:
        return 0
    low, high = 0, max_chars  # the bound grows with the length: the longest bounded one by bisection
    while low < high:
        middle = (low + high + 1) // 2
        if step_bound(pattern, flags, middle) <= STEP_BUDGET:
            low = middle
        else:
            high = middle - 1
    return low


def _one_character(match: re.Match[str]) -> str:
    return match.group() if match.group() == "\\\\" else "a"
