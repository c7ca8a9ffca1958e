"""Dates typed as JJJJ-MM-DD, with a Dutch message that names the field.

Pydantic would also accept a Unix timestamp or "2026-3-1"; a facilitator
typing in front of the room needs one unambiguous form and a clear refusal.
"""

from __future__ import annotations

import datetime as dt
import re

from textual.widgets import Input

from cocreatie.i18n import t

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DateError(ValueError):
    """The text is not a date in the form JJJJ-MM-DD."""


def parse_date(text: str, label: str) -> dt.date | None:
    """``None`` for an empty field; DateError with a Dutch message otherwise."""
    value = text.strip()
    if not value:
        return None
    if _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    shown = value if len(value) <= 20 else value[:19] + "…"
    raise DateError(t("steps.form.bad_date", field=label, input=shown))


class DateInput(Input):
    def __init__(self, value: dt.date | None = None, *, id: str | None = None) -> None:
        super().__init__(
            value=value.isoformat() if value else "",
            placeholder=t("steps.form.date_placeholder"),
            id=id,
            compact=True,
            max_length=40,
        )
