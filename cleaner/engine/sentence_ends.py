"""Where a line's sentence ends, in one place: the engine and the rules ask here, each test named
for what it means, rather than each spelling its own pattern.

A sentence ends in a full stop, an exclamation or a question mark (:data:`TERMINAL`, in Latin and
in CJK forms), which closing quotes and brackets may follow (:data:`CLOSERS`). A clause ends there
too, or at a colon, a semicolon or a comma. A line that ends in a word, a comma, a dash or an
opening bracket leaves its sentence open for the next line to finish. Lines are taken as the
engine cuts them (:func:`cleaner.engine.blocks.segment`): with no white space at their end.
"""

from __future__ import annotations

import re

import regex

TERMINAL = ".!?。！？"
"""The marks that end a sentence: full stop, exclamation and question mark, Latin and CJK."""
CLOSERS = "\"'”’»)]"
"""Closing quotes and brackets that may follow a sentence's last mark (`He said "no."`)."""
STATEMENT_END = (".", "!", "。", "！")
"""The marks that end a statement (a question aside): how a one-sentence description ends."""
SENTENCE_OR_LABEL_END = (".", "!", "?", ":", "。", "！", "？", "：")
"""The marks a sentence or a label's colon ends in, without closing quotes: a line ending so is no
menu item or link text."""

_ENDS_IN_TERMINAL = regex.compile(rf"[{TERMINAL}][{regex.escape(CLOSERS)}]*$")
_ENDS_SENTENCE_AFTER_WORD = regex.compile(rf"\w[{TERMINAL}][{regex.escape(CLOSERS)}]*$")
_ENDS_SENTENCE_AFTER_LETTER = regex.compile(rf"\p{{L}}[{TERMINAL}][{regex.escape(CLOSERS)}]*$")
_ENDS_CLAUSE = regex.compile(rf"[.!?:;,。！？][{regex.escape(CLOSERS)}]*$")
_ENDS_STATEMENT_OR_CLAUSE = regex.compile(rf"[.!:;,。][{regex.escape(CLOSERS)}]*$")
_LEAVES_OPEN = regex.compile(rf"[\w,;\-–—(][{regex.escape(CLOSERS)}]*$")
_HOLDS_END = regex.compile(r"""[.!?。！？…:;]["'”’»)\]]*$|\p{Ll}{2}[.!?]["'”’»)]*\s+\p{Lu}|[。！？]""")
_ASCII_HOLDS_END = re.compile(r"""[.!?:;]["')\]]*$|[a-z]{2}[.!?]["')]*[\t\n\x0b\x0c\r ]+[A-Z]""")
""":data:`_HOLDS_END` on ASCII text (where ``\\p{Ll}`` is a-z and ``\\s`` these six characters), by
the standard engine, which finds it faster."""
_SENTENCE_INSIDE = regex.compile(r"\w[.!?]\s+\p{Lu}")


SENTENCE_MIN_WORDS = 3
"""A line of fewer words ending in a full stop ("Next.", "Read more.") is a control, not a sentence."""


def ends_in_terminal(text: str) -> bool:
    """Whether a line ends in a sentence's last mark, closing quotes and brackets aside."""
    return _ENDS_IN_TERMINAL.search(text) is not None


def ends_sentence_after_word(text: str) -> bool:
    """Whether a line ends a sentence right after a word or a number ("Nobody was hurt.", "The
    first rounds start on April 7."), not after a sign or a bare mark."""
    return _ENDS_SENTENCE_AFTER_WORD.search(text) is not None


def ends_sentence_after_letter(text: str) -> bool:
    """Whether a line ends a sentence right after a letter: a word's end, not a number's ("ends
    on 7." may close a list's entry)."""
    return _ENDS_SENTENCE_AFTER_LETTER.search(text) is not None


def ends_full_stop(text: str) -> bool:
    """Whether a line ends in a full stop, closing quotes and brackets aside: a statement told, not
    a question asked nor a call ("Is Your Attic Wasting Money?", "Sign up today!")."""
    return text.rstrip(CLOSERS).endswith((".", "。"))


def ends_clause(text: str) -> bool:
    """Whether a line ends a sentence or a clause (a colon, a semicolon, a comma), closing quotes aside."""
    return _ENDS_CLAUSE.search(text) is not None


def ends_statement_or_clause(text: str) -> bool:
    """Whether a line ends a statement or a clause, closing quotes aside, but not a question: a
    headline may ask one ("Who pays more?"), a comment or a card's teaser ends otherwise."""
    return _ENDS_STATEMENT_OR_CLAUSE.search(text) is not None


def leaves_sentence_open(text: str) -> bool:
    """Whether a line ends mid-sentence: in a word, a comma, a semicolon, a dash or an opening
    bracket, closing quotes aside; the next line may finish its sentence."""
    return _LEAVES_OPEN.search(text) is not None


def holds_sentence_end(text: str) -> bool:
    """Whether a line ends a sentence (an ellipsis, a colon or a semicolon counted), or holds the
    end of one before the next sentence starts: the mark of a line that reads like prose."""
    return bool((_ASCII_HOLDS_END if text.isascii() else _HOLDS_END).search(text))


def has_sentence_inside(text: str) -> bool:
    """Whether a sentence ends inside the line and another starts ("... provider. Applications")."""
    return _SENTENCE_INSIDE.search(text) is not None
