"""Strings a line pattern's every match holds, read from the pattern itself: a rule that declares
no ``needs`` is then tried only on lines holding one of them, like a rule that does.

Most lines are tried against a pattern that cannot match them; a pattern whose matches all hold
"affiliate" need not run on a line without it, and a pattern under the timeout costs several times
a substring test (the timeout reads the process's CPU clock). The strings are runs of ASCII
characters the pattern spells out (``affiliate`` in ``(?:this|our) post contains? affiliate``),
one run of a sequence, or one from each branch of an alternation (``(?:subscribe|sign up)``), lower
case. They are compared with a line's :func:`fold`: lower case, with the three characters that
``regex`` matches to an ASCII letter without ignoring case to it (``ı``, ``ſ``, and the dot ``İ``
gets from ``str.lower``) folded to that letter, so every match's letters stand in the folded line.

What the standard parser does not read, or could read otherwise than ``regex`` does, yields
nothing: such a rule is tried on every line, as before.
"""

from __future__ import annotations

import functools
import re
from re import _constants as sre  # CPython's own parser of regular expressions
from re import _parser as sre_parse

from cleaner.engine.pattern_cost import PROPERTY, REPEATS, SHARED_FLAGS

_REGEX_ONLY = re.compile(r"\[\[:|\{\s*[eisd]\s*[<=}]|\(\?\||\\[LGXmMK]")
"""Syntax that ``regex`` reads and the standard parser reads otherwise (POSIX classes, fuzzy
matching, branch reset, named lists, ``\\G``, ``\\X``, word starts and ends, ``\\K``)."""
_FOLDS = str.maketrans({"ı": "i", "ſ": "s", "\u0307": ""})
"""``regex`` matches ``i`` to ``İ`` (lower case: ``i`` and a combining dot) and ``I`` to ``ı``,
``s`` to ``ſ``, ignoring case; ``K`` (Kelvin) is ``k`` in lower case already."""
_FOLDED = re.compile("[ıſ\u0307]")


def fold(text: str) -> str:
    """``text`` lower case, as :func:`required` strings are compared with it."""
    lowered = text.lower()
    if lowered.isascii() or _FOLDED.search(lowered) is None:
        return lowered
    return lowered.translate(_FOLDS)


@functools.lru_cache(maxsize=1024)
def required(pattern: str, flags: int) -> tuple[str, ...]:
    """Strings (lower case) one of which every match of ``pattern`` holds; empty when none is
    known. ``flags``: the ``regex`` flags the pattern is compiled with."""
    if _REGEX_ONLY.search(pattern):
        return ()
    try:
        items = sre_parse.parse(PROPERTY.sub(_any_character, pattern), flags & SHARED_FLAGS)
    except Exception:
        return ()
    return tuple(sorted(_one_of(items) or ()))


def _one_of(items: sre_parse.SubPattern | list) -> set[str] | None:
    """Strings one of which every match of the sequence ``items`` holds (the most selective such
    set the sequence shows), or None."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(options: set[str] | None) -> None:
        nonlocal best
        if options and "" not in options and (best is None or _rank(options) > _rank(best)):
            best = options

    for op, value in items:
        if op is sre.LITERAL and value < 128:
            run.append(chr(value).lower())
            continue
        consider({"".join(run)} if run else None)
        run = []
        if op is sre.SUBPATTERN:
            consider(_one_of(value[3]))
        elif op is sre.ATOMIC_GROUP:
            consider(_one_of(value))
        elif op in REPEATS and value[0] >= 1:
            consider(_one_of(value[2]))
        elif op is sre.BRANCH:
            branches = [_one_of(branch) for branch in value[1]]
            if all(branches):
                consider(set().union(*branches))  # type: ignore[arg-type]
    consider({"".join(run)} if run else None)
    return best


def _rank(options: set[str]) -> tuple[int, int]:
    """The rarer a set's strings are in lines, the better: the longer its shortest string, then the fewer strings."""
    return min(map(len, options)), -len(options)


def _any_character(match: re.Match[str]) -> str:
    return match.group() if match.group() == "\\\\" else "."
