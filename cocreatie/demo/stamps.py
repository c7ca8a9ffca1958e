"""Fixed moments for the demo, so its record is the same on every run.

The evening runs from 19:00 to 21:30 Dutch winter time (UTC+1); stamps are
stored in UTC like everything the clock hands out.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TypedDict

MEETING_DAY = date(2026, 2, 12)
PREPARED_ON = date(2026, 2, 5)
_DUTCH_WINTER = timedelta(hours=1)


def at(hour: int, minute: int = 0, day: date = MEETING_DAY) -> datetime:
    """A Dutch local wall-clock time on ``day``, as a UTC datetime."""
    local = datetime(day.year, day.month, day.day, hour, minute)
    return (local - _DUTCH_WINTER).replace(tzinfo=UTC)


class Stamps(TypedDict):
    created: datetime
    updated: datetime


def stamp(hour: int, minute: int = 0, day: date = MEETING_DAY) -> Stamps:
    """``created``/``updated`` for an item made at that moment."""
    moment = at(hour, minute, day)
    return {"created": moment, "updated": moment}
