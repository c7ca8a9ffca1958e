"""Dates in the plan's language ("12 maart 2026"), from the catalogue."""

from __future__ import annotations

import datetime as dt

from cocreatie.i18n import t


def long_date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    month = t(f"export.month.m{value.month}", lang=lang)
    return t("export.text.date", lang=lang, day=value.day, month=month, year=value.year)


def long_datetime(value: dt.datetime, lang: str) -> str:
    # The record stores UTC; a plan reads in Dutch local time would need a
    # zone database, so the stamp says UTC rather than guess.
    moment = value.astimezone(dt.UTC)
    return t(
        "export.text.datetime",
        lang=lang,
        date=long_date(moment.date(), lang),
        time=moment.strftime("%H:%M"),
    )
