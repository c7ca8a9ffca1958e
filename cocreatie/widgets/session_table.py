"""The sessions of the data folder, one row each; damaged ones marked."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from cocreatie.i18n import t
from cocreatie.store import SessionSummary


# DataTable cells are Rich renderables; plain Text keeps titles with "[" from
# being read as markup.
def state_cell(summary: SessionSummary) -> Text:
    if summary.damaged:
        return Text(f"! {t('ui.home.damaged')}", style="bold red")
    if summary.newer_schema:
        return Text(f"! {t('ui.home.newer')}", style="bold yellow")
    return Text(f"✓ {t('ui.home.ok')}", style="green")


class SessionTable(DataTable[object]):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        for key in ("state", "title", "neighbourhood", "date", "step", "saved"):
            self.add_column(t(f"ui.home.col_{key}"), key=key)

    def show(self, summaries: list[SessionSummary]) -> None:
        keep = self.cursor_row
        self.clear()
        for summary in summaries:
            title = summary.title or t("ui.home.untitled")
            self.add_row(
                state_cell(summary),
                Text(title),
                Text(summary.neighbourhood),
                summary.date.strftime("%d-%m-%Y") if summary.date else "–",
                t("ui.home.step_n", n=summary.step + 1),
                summary.last_saved.astimezone().strftime("%d-%m-%Y %H:%M"),
                key=summary.id,
            )
        if summaries:
            self.move_cursor(row=min(max(keep, 0), len(summaries) - 1))
