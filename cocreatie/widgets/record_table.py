"""A DataTable of record items that survives being redrawn from the record.

Step views redraw after every change; a plain ``clear()`` would throw the
facilitator's cursor back to the top in the middle of a meeting. This table
keeps the cursor on the same item (by id), and gives one column the width
that is left, so long texts are cut with an ellipsis instead of pushing the
other columns off a small screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.widgets import DataTable

from cocreatie.widgets.textual_private import translate_bindings

Cell = str | Text


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: int | None = None  # None: takes the room that is left
    # Shown only when the table is at least this wide (extra detail for big screens).
    only_from: int = 0


@dataclass(frozen=True)
class Row:
    key: str
    cells: Sequence[Cell]


class RecordTable(DataTable[Cell]):
    DEFAULT_CSS = """
    RecordTable {
        height: 1fr;
        min-height: 3;
    }
    """

    MIN_FLEX = 12

    def __init__(
        self,
        columns: Sequence[Column] = (),
        *,
        id: str | None = None,
        classes: str | None = None,
        cursor_type: str = "row",
    ) -> None:
        super().__init__(
            id=id,
            classes=classes,
            cursor_type=cursor_type,  # type: ignore[arg-type]
            zebra_stripes=True,
        )
        translate_bindings(self)
        self._columns: list[Column] = list(columns)
        self._rows: list[Row] = []
        self._built_width = -1

    # -- public ---------------------------------------------------------------

    @property
    def selected_key(self) -> str | None:
        if not self._rows or self.cursor_row < 0 or self.cursor_row >= len(self._rows):
            return None
        return self._rows[self.cursor_row].key

    @property
    def row_keys(self) -> list[str]:
        return [r.key for r in self._rows]

    def set_columns(self, columns: Sequence[Column]) -> None:
        """Change the columns and redraw the rows under them.

        The rows were made for the old columns: a cell they lack stays blank
        (a wider screen adds columns before the view has new rows) until the
        next ``show``. Views whose columns depend on the width should pass
        both to ``show`` at once.
        """
        if list(columns) != self._columns:
            self._columns = list(columns)
            self._rebuild(self.selected_key)

    def show(
        self,
        rows: Sequence[Row],
        select: str | None = None,
        columns: Sequence[Column] | None = None,
    ) -> None:
        """Replace the rows (and the columns, if given) in one redraw; the
        cursor stays on ``select`` or the same item."""
        keep = select or self.selected_key
        if columns is not None:
            self._columns = list(columns)
        self._rows = list(rows)
        self._rebuild(keep)

    def select(self, key: str) -> None:
        keys = self.row_keys
        if key in keys:
            self.move_cursor(row=keys.index(key), animate=False)

    # -- internals -------------------------------------------------------------

    def _visible(self) -> list[int]:
        width = self.size.width or 76
        return [i for i, c in enumerate(self._columns) if width >= c.only_from]

    def _flex_width(self, shown: list[Column]) -> int:
        width = self.size.width or 76
        fixed = sum((c.width or 0) + 2 * self.cell_padding for c in shown)
        # Two cells for the flex column's padding, two for a vertical scrollbar.
        return max(self.MIN_FLEX, width - fixed - 2 * self.cell_padding - 2)

    @property
    def shown_columns(self) -> list[Column]:
        return [self._columns[i] for i in self._visible()]

    def _rebuild(self, keep: str | None) -> None:
        old_row = self.cursor_row
        old_column = self.cursor_column
        self.clear(columns=True)
        visible = self._visible()
        shown = [self._columns[i] for i in visible]
        flex = self._flex_width(shown)
        self._built_width = self.size.width
        for column in shown:
            self.add_column(column.label, width=column.width or flex, key=column.key)
        for row in self._rows:
            cells = [_fit(_cell(row, i), self._columns[i].width or flex) for i in visible]
            self.add_row(*cells, key=row.key)
        if not self._rows:
            return
        keys = self.row_keys
        target = keys.index(keep) if keep in keys else min(max(old_row, 0), len(keys) - 1)
        self.move_cursor(row=target, column=old_column, animate=False)

    def on_resize(self, event: events.Resize) -> None:
        if event.size.width != self._built_width:
            self._rebuild(self.selected_key)


def _cell(row: Row, index: int) -> Cell:
    return row.cells[index] if index < len(row.cells) else ""


def _fit(cell: Cell, width: int) -> Cell:
    """One line, cut with an ellipsis: a row must never grow taller."""
    text = cell.copy() if isinstance(cell, Text) else Text(cell)
    text.plain = text.plain.replace("\n", " ")
    text.truncate(width, overflow="ellipsis")
    return text
