"""Dates as pages print them, as one pattern rules can embed and a parser to ISO 8601."""

from __future__ import annotations

import datetime as dt

import regex

_MONTH_NAMES = (
    ("january", "jan", "januar", "jän", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januari"),
    ("february", "feb", "februar", "février", "fevrier", "févr", "febrero", "fevereiro", "fev", "febbraio",
     "februari"),
    ("march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"),
    ("april", "apr", "avril", "abril", "abr", "aprile"),
    ("may", "mai", "mayo", "maio", "maggio", "mag", "mei"),
    ("june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu"),
    ("july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug"),
    ("august", "aug", "août", "aout", "agosto", "augustus"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre"),
    ("october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "ottobre", "ott"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    ("december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dic", "dezembro", "dicembre"),
)  # fmt: skip
"""Month names and their usual abbreviations in English, German, French, Spanish, Portuguese,
Italian and Dutch, January first. Abbreviations that are common words elsewhere ("out", "set",
"ago") are left out."""
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_MONTH = rf"(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?"
"""Any month name of :data:`_MONTH_NAMES`, abbreviated ones with or without their full stop."""
_ENGLISH_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
"""English month names: only English prints the month before the day ("March 30, 2025")."""
_WEEKDAY = (
    r"(?:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira"
    r"|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s+)?"
)
_DAY_END = r"(?:(?:st|nd|rd|th|er|º)?\s+|\.\s*)"
"""How a day of the month ends before the month in the languages: "30th ", "1er ", "14. "."""
_DAY = rf"\d{{1,2}}{_DAY_END}"
_YEAR = r"(?:19|20)\d\d"

DATE = (
    rf"(?:{_WEEKDAY}"
    rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}"
    rf"|{_YEAR}[./-]\d{{1,2}}[./-]\d{{1,2}}"
    rf"|{_ENGLISH_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|{_DAY}(?:(?:of|de)\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}"
    rf"|{_YEAR}\s*[年년]\s*\d{{1,2}}\s*[月월]\s*\d{{1,2}}\s*[日일]?))"
)
"""A calendar date in the numeric forms, the English ones, day-first ones with the month named in
any of seven languages ("14. November 2026", "14 de noviembre de 2026") and the Chinese, Japanese
and Korean year-month-day ("2026年11月14日", "2026년 11월 14일"); no time of day."""

_NUMERIC = regex.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")
_MONTH_FIRST = regex.compile(rf"({_ENGLISH_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", regex.IGNORECASE)
_DAY_FIRST = regex.compile(
    rf"(\d{{1,2}}){_DAY_END}(?:(?:of|de)\s+)?({_MONTH}),?\s+(?:de\s+)?(\d{{4}})", regex.IGNORECASE
)
_YEAR_FIRST = regex.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})")


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
    found = _YEAR_FIRST.search(text) or _NUMERIC.search(text)
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
