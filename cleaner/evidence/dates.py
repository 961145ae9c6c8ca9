"""Dates as pages print them, as one pattern rules can embed and a parser to ISO 8601."""

from __future__ import annotations

import datetime as dt

import regex

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

DATE = (
    rf"(?:{_WEEKDAY}"
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d"
    r"|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?:19|20)\d\d))"
)
"""A calendar date in the common numeric and English forms (no time of day)."""

_NUMERIC = regex.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
_MONTH_FIRST = regex.compile(rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", regex.IGNORECASE)
_DAY_FIRST = regex.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}),?\s+(\d{{4}})", regex.IGNORECASE)


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ``YYYY-MM-DD``, or None.

    Numeric dates read day first (``30-03-2025``), as most of the world prints them, unless only
    the month-first reading is a valid date (``04/19/2025``).
    """
    for found in (_MONTH_FIRST.search(text), _DAY_FIRST.search(text)):
        if found:
            a, b, year = found.groups()
            month, day = (a, b) if not a.isdigit() else (b, a)
            return _iso(int(year), _MONTHS[month.lower().rstrip(".")], int(day))
    found = _NUMERIC.search(text)
    if not found:
        return None
    first, second, third = found.groups()
    if len(first) == 4:
        return _iso(int(first), int(second), int(third))
    day, month = int(first), int(second)
    if month > 12 and day <= 12:
        day, month = month, day
    return _iso(int(third), month, day)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
