"""The sessions of the data folder, one row each; damaged ones marked.

Long titles are cut with an ellipsis instead of pushing the other columns
off a small screen; on narrow screens the neighbourhood column gives way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from rich.text import Text

from cocreatie.analysis.folder_notices import EXPIRED_SYMBOL
from cocreatie.i18n import t
from cocreatie.widgets.record_table import Column, RecordTable, Row

NEIGHBOURHOOD_FROM = 100


class SessionRow(Protocol):
    """What a row shows of a session (the store's summary is one)."""

    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def neighbourhood(self) -> str: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def step(self) -> int: ...
    @property
    def last_saved(self) -> dt.datetime: ...
    @property
    def damaged(self) -> bool: ...
    @property
    def newer_schema(self) -> bool: ...


def state_cell(summary: SessionRow, expired: bool = False) -> Text:
    # Symbol and word: the colour only repeats what they say.
    if summary.damaged:
        return Text(f"! {t('ui.home.damaged')}", style="bold red")
    if summary.newer_schema:
        return Text(f"! {t('ui.home.newer')}", style="bold yellow")
    if expired:
        # Past its retention date: the personal data should be purged.
        return Text(f"{EXPIRED_SYMBOL} {t('ui.home.expired')}", style="bold yellow")
    return Text(f"✓ {t('ui.home.ok')}", style="green")


class SessionTable(RecordTable):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(
            [
                Column("state", t("ui.home.col_state"), 12),
                Column("title", t("ui.home.col_title"), None),
                Column(
                    "neighbourhood",
                    t("ui.home.col_neighbourhood"),
                    18,
                    only_from=NEIGHBOURHOOD_FROM,
                ),
                Column("date", t("ui.home.col_date"), 10),
                Column("step", t("ui.home.col_step"), 6),
                Column("saved", t("ui.home.col_saved"), 17),
            ],
            id=id,
        )

    def show_sessions(
        self, summaries: Sequence[SessionRow], expired: frozenset[str] = frozenset()
    ) -> None:
        self.show([self._row(s, s.id in expired) for s in summaries])

    @staticmethod
    def _row(summary: SessionRow, expired: bool) -> Row:
        return Row(
            summary.id,
            [
                state_cell(summary, expired),
                Text(summary.title or t("ui.home.untitled")),
                Text(summary.neighbourhood),
                summary.date.strftime("%d-%m-%Y") if summary.date else "–",
                t("ui.home.step_n", n=summary.step + 1),
                summary.last_saved.astimezone().strftime("%d-%m-%Y %H:%M"),
            ],
        )
