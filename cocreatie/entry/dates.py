"""Dates as people type them in a meeting: ``1-6``, ``1-6-2026``, ``+2w``.

ISO dates (2026-06-01) work as in the forms. Day-month without a year is
the next such day from today; ``+10d``, ``+2w`` and ``+3m`` count days,
weeks and months (of 30 days) from today. ``trailing_dates`` takes the
dates typed at the end of a line without a mark ("=verl 1-6 15-6").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?$")
_RELATIVE = re.compile(r"^\+(\d{1,3})([dwm]?)$")
_DAYS = {"": 1, "d": 1, "w": 7, "m": 30}


def read_date(text: str, today: date) -> date | None:
    """The date ``text`` means, or ``None`` if it is not one."""
    value = text.strip().casefold()
    try:
        iso = _ISO.match(value)
        if iso:
            return date(*(int(g) for g in iso.groups()))
        relative = _RELATIVE.match(value)
        if relative:
            amount, unit = relative.groups()
            return today + timedelta(days=int(amount) * _DAYS[unit])
        short = _DAY_MONTH.match(value)
        if short:
            day, month, year = short.groups()
            if year is not None:
                full = int(year) + (2000 if len(year) == 2 else 0)
                return date(full, int(month), int(day))
            found = date(today.year, int(month), int(day))
            return found if found >= today else date(today.year + 1, int(month), int(day))
    except ValueError:
        return None
    return None


def trailing_dates(line: str, today: date, most: int = 2) -> tuple[str, list[tuple[str, date]]]:
    """The line without the (at most ``most``) dates that end it, and those
    dates as typed and read, in typed order.

    A lone "+" (agreed) may follow them and stays in the line. A date right
    after a lone "!" or "?" belongs to that mark and stays too.
    """
    tokens = line.split()
    end = len(tokens)
    while end and tokens[end - 1] == "+":
        end -= 1
    tail = tokens[end:]
    found: list[tuple[str, date]] = []
    while end and len(found) < most:
        typed = tokens[end - 1]
        when = read_date(typed, today)
        if when is None or (end >= 2 and tokens[end - 2] in ("!", "?")):
            break
        found.insert(0, (typed, when))
        end -= 1
    if not found:
        return line, []
    return " ".join(tokens[:end] + tail), found
