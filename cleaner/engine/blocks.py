"""Cut a text into blocks: the unit that rules mark and the guard keeps or lets go.

A block is one non-blank line. Its ``start``/``end`` are character offsets into the input
string, and ``text == input[start:end]`` holds exactly: leading white space stays in the block,
trailing white space (including a stray ``\\r``) is left outside it. That is the one declared
normalisation: kept blocks are byte-identical, only the white space between them is rebuilt.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

import regex

from cleaner.engine.sentence_ends import holds_sentence_end, leaves_sentence_open

_WORD = regex.compile(r"\w+")
_ASCII_WORD_CHARS = frozenset(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")
_ASCII_SEPARATORS = bytes(code if code in _ASCII_WORD_CHARS else 32 for code in range(256))
"""Every byte that is not an ASCII word character becomes a space: the ``\\w+`` words of ASCII text
are then its bytes' ``split()`` fields, counted without building a string per word."""
CJK_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
"""The scripts whose characters count half a word each (a character class body)."""
_CJK = regex.compile(f"[{CJK_SCRIPTS}]")
PUNCTUATION_BLOCKS = ((0x80, 0xBF), (0xD7, 0xD7), (0xF7, 0xF7), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x27BF))
"""Latin-1's punctuation and symbols, general punctuation (curly quotes, dashes, the ellipsis),
currency signs, arrows, mathematical and technical symbols, shapes, dingbats."""


def punctuation_marks(keep: Callable[[str], object]) -> str:
    """The characters of :data:`PUNCTUATION_BLOCKS` for which ``keep`` holds: the marks a fast path
    for nearly-ASCII text may treat as it treats ASCII punctuation."""
    return "".join(
        char for first, last in PUNCTUATION_BLOCKS for char in map(chr, range(first, last + 1)) if keep(char)
    )


def beyond_ascii_and(marks: str) -> re.Pattern[str]:
    """Finds a character that is neither ASCII nor one of ``marks``: text without one may take the
    ASCII fast path once its ``marks`` are accounted for."""
    return re.compile(f"[^\\x00-\\x7f{re.escape(marks)}]")


_NOT_WORDS = punctuation_marks(lambda char: _WORD.match(char) is None and _CJK.match(char) is None)
"""The characters of those blocks that are neither part of a word (``\\w``) nor CJK: they only part
words, as a space does."""
_BEYOND_PUNCTUATION = beyond_ascii_and(_NOT_WORDS)
"""A character neither ASCII nor one of :data:`_NOT_WORDS`. A line without one (most lines that are
not ASCII: prose with curly quotes and dashes) has the words of its ASCII characters, which its
UTF-8 bytes give as they do for ASCII text (every byte of another character is a separator)."""


class Block(NamedTuple):
    """One line of the input with its place in it and the cheap features the guard uses.

    A named tuple: immutable like a frozen dataclass, built four times faster (every line of
    every document is one, and each pass's view of a page builds them again)."""

    index: int
    start: int
    end: int
    text: str
    gap_before: bool
    """True when a blank line (or the document start) separates this block from the previous."""
    words: int
    """Word count; runs of CJK characters count one word per two characters."""
    is_prose: bool
    """Reads like article prose: ten words or more and sentence-shaped, or simply long."""


block_of: Callable[[tuple[int, int, int, str, bool, int, bool]], Block] = functools.partial(tuple.__new__, Block)
"""A :class:`Block` from the tuple of its fields, in their order: the same block as ``Block(...)``
at half the cost, since it skips the generated ``__new__`` that reads arguments in Python (a block
is made for every line of every document, and again for each pass's view of it)."""


GLUED_LIST_WORDS = 25
"""A line this long reads as prose without a sentence end, unless it reads as a glued list."""
GLUED_LIST_CAPITALS = 0.8
"""Share of a glued list's cased words that start with a capital: items are names and labels
("United States Canada Afghanistan", "About Us News Car Reviews Press Room"), while a sentence
in a cased language, German's capitalised nouns included, lowers most of its words."""
GLUED_LIST_MARKS = 0.05
"""Punctuation marks a glued list has per word at most: it lost its separators when the scraper
joined its items with spaces; a list the article writes keeps its commas."""
_LIST_MARKS = regex.compile(r"[.,;:!?()\"“”«»„。，、；：！？（）]")


def reads_as_glued_list(text: str, words: int) -> bool:
    """Whether a long line of ``words`` words without a sentence end is a list the scraper glued
    into one line (a menu, a select box's options, a tag cloud, a footer): almost no punctuation
    and nearly all its cased words capitalised (a select box of months and years too). Text
    without case (Chinese, Japanese) never reads as one. Commas and full stops are counted first:
    they settle nearly every paragraph at the cost of two scans."""
    most = GLUED_LIST_MARKS * words
    if text.count(",") + text.count(".") > most or len(_LIST_MARKS.findall(text)) > most:
        return False
    named = [field for field in text.split() if not field.isdigit()]  # years and counts name nothing
    cased = [field for field in named if field[:1].isupper() or field[:1].islower()]
    if not cased or len(cased) < GLUED_LIST_CAPITALS * len(named):
        return False
    return sum(field[:1].isupper() for field in cased) >= GLUED_LIST_CAPITALS * len(cased)


def is_glued_list(block: Block) -> bool:
    """Whether a block is a list glued into one line (:func:`reads_as_glued_list`): the only
    blocks this long that do not read as prose."""
    return block.words >= GLUED_LIST_WORDS and not block.is_prose


def looks_like_prose(text: str, words: int) -> bool:
    """Long lines are prose whatever their punctuation, unless they read as a glued list;
    mid-length ones need a sentence end."""
    if words < 10:
        return False
    if words >= GLUED_LIST_WORDS and not reads_as_glued_list(text, words):
        return True
    return holds_sentence_end(text)


def find_words(text: str) -> list[str]:
    """The ``\\w+`` words of ``text``: from its bytes, as :func:`count_words` counts them, when its
    only characters beyond ASCII are punctuation (three times as fast as the standard engine)."""
    if text.isascii() or _BEYOND_PUNCTUATION.search(text) is None:
        return text.encode().translate(_ASCII_SEPARATORS).decode().split()
    return _WORD.findall(text)


def count_words(text: str) -> int:
    """Words as the benchmark metric counts them (``\\w+``), with CJK text weighted fairly."""
    if text.isascii() or _BEYOND_PUNCTUATION.search(text) is None:
        return len(text.encode().translate(_ASCII_SEPARATORS).split())
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + (cjk + 1) // 2


def segment(text: str) -> list[Block]:
    """Split ``text`` into blocks, one per non-blank line, with exact offsets."""
    blocks: list[Block] = []
    gap = True
    position = 0
    for line in text.split("\n"):
        stripped = line.rstrip()
        if stripped:
            words = count_words(stripped)
            is_prose = looks_like_prose(stripped, words)
            blocks.append(block_of((len(blocks), position, position + len(stripped), stripped, gap, words, is_prose)))
            gap = False
        else:
            gap = True
        position += len(line) + 1
    return blocks


def join_blocks(blocks: list[Block], kept: list[bool]) -> str:
    """Rebuild the text from the kept blocks in order.

    Two kept blocks are joined by a blank line when any gap between them in the input had one,
    else by a single newline, so paragraphs stay paragraphs and line lists stay lists.
    """
    parts: list[str] = []
    pending_gap = False
    for block, keep in zip(blocks, kept, strict=True):
        pending_gap = pending_gap or block.gap_before
        if not keep:
            continue
        if parts:
            parts.append("\n\n" if pending_gap else "\n")
        parts.append(block.text)
        pending_gap = False
    return "".join(parts)


_FOLDS = dict.fromkeys("‐‑‒–—―−", "-") | dict.fromkeys("‘’‚‛′`´", "'") | dict.fromkeys("“”„‟″«»", '"')
_FOLDABLE = re.compile(f"[{''.join(_FOLDS)}]")
"""Dash and quote variants; a substitution finds the few a line has (``str.translate`` with a
table looks up every character, a tenth of the time of text mode's keys)."""
_BULLETS = "•·◦▪▫●○■□►▸‣⁃*-–—"
_BULLET = re.compile(rf"^[\s{re.escape(_BULLETS)}]+")


def _fold(match: re.Match[str]) -> str:
    return _FOLDS[match.group()]


def normalize(text: str) -> str:
    """Comparison key of a block: case, white space, quote and dash variants, leading bullets folded."""
    if not text.isascii():
        text = _FOLDABLE.sub(_fold, unicodedata.normalize("NFKC", text))
    if text[:1].isspace() or text[:1] in _BULLETS:  # the only lines the pattern can change
        text = _BULLET.sub("", text)
    return " ".join(text.split()).casefold()  # str.split's white space is the regex \s


_CONTINUES = regex.compile(r"""^\s*["'“‘(]?\p{Ll}""")
"""A line opening in lower case goes on with the sentence of the line before it."""


def broken_sentence(first: Block, second: Block) -> bool:
    """Whether ``second`` goes on with a sentence ``first`` left open: adjacent lines (no blank line
    between), the first ending mid-sentence, the second opening in lower case (tested first: a
    match at a line's start, where the first's end is searched for)."""
    return not second.gap_before and bool(_CONTINUES.match(second.text)) and leaves_sentence_open(first.text)
