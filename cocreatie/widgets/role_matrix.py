"""Prioritised wishes × actors: which role each actor takes per wish.

The wish column stays put while the actor columns scroll sideways, so ten
actors still work on an 80-column screen. A wish with an open role warning
(an aanjager missing, two regisseurs ...) starts with "⚠"; a settled one
with "✓".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from rich.text import Text

from cocreatie.models import Actor, Wish
from cocreatie.templating.model import Role
from cocreatie.widgets.record_table import Column, RecordTable, Row

WISH_WIDTH = 24


class RoleMatrix(RecordTable):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="cell")
        self.fixed_columns = 1

    def show_matrix(
        self,
        wishes: Sequence[Wish],
        actors: Sequence[Actor],
        roles: Sequence[Role],
        role_of: Callable[[str, str], str | None],
        unsettled: Collection[str],
    ) -> None:
        labels = {r.id: r for r in roles}
        columns = [Column("wish", "", WISH_WIDTH)]
        columns += [Column(a.id, a.function, _width(a.function)) for a in actors]
        rows: list[Row] = []
        for wish in wishes:
            mark = "⚠" if wish.id in unsettled else "✓"
            cells: list[str | Text] = [f"{mark} {wish.text}"]
            for actor in actors:
                role = labels.get(role_of(wish.id, actor.id) or "")
                if role is None:
                    cells.append(Text("·", justify="center"))
                else:
                    cells.append(Text(role.label, style="bold" if role.accountable else ""))
            rows.append(Row(wish.id, cells))
        self._columns = columns
        self.show(rows)

    @property
    def selected_actor(self) -> str | None:
        shown = self.shown_columns
        if self.cursor_column <= 0 or self.cursor_column >= len(shown):
            return None
        return shown[self.cursor_column].key


def _width(function: str) -> int:
    return max(6, min(11, len(function)))
