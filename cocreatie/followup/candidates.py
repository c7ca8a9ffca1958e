"""Which earlier sessions a follow-up can start from (for the picker)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, TypeVar


class _Summary(Protocol):
    @property
    def date(self) -> dt.date | None: ...
    @property
    def last_saved(self) -> dt.datetime: ...
    @property
    def damaged(self) -> bool: ...
    @property
    def newer_schema(self) -> bool: ...


S = TypeVar("S", bound=_Summary)


def follow_up_candidates(summaries: Iterable[S], exclude_id: str | None = None) -> list[S]:
    """Sessions that can be opened and followed up, most recent meeting first.

    Takes ``SessionRepository.list_summaries()``; damaged files and files of
    a newer program version cannot be read, so they are left out. Sessions
    without a date sort by when they were last saved.
    """
    usable = [
        s
        for s in summaries
        if not s.damaged and not s.newer_schema and getattr(s, "id", None) != exclude_id
    ]
    return sorted(usable, key=_recency, reverse=True)


def _recency(summary: _Summary) -> tuple[dt.date, dt.datetime]:
    saved = summary.last_saved
    return (summary.date or saved.date(), saved)
