"""A short list the room builds line by line: type, Enter, next.

Used for the agreements and the differences of the "veiligheid" step. The
list posts what the facilitator asks for; the step view changes the record.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Label

from cocreatie.models import Note
from cocreatie.widgets.record_table import Column, RecordTable, Row


class _NoteTable(RecordTable):
    BINDINGS = [
        Binding("delete", "remove", "steps.common.key.remove", id="steps.notes.remove"),
    ]

    def action_remove(self) -> None:
        parent = self.parent
        if self.selected_key and isinstance(parent, NoteList):
            self.post_message(NoteList.Removed(parent.kind, self.selected_key))


class NoteList(Vertical):
    DEFAULT_CSS = """
    NoteList {
        height: 1fr;
        width: 1fr;
    }
    NoteList > Label {
        text-style: bold;
        padding: 0 1;
    }
    NoteList > Input.-textual-compact {
        padding: 0 1;
    }
    NoteList > RecordTable {
        height: 1fr;
        min-height: 2;
    }
    """

    class Added(Message):
        def __init__(self, kind: str, text: str) -> None:
            super().__init__()
            self.kind = kind
            self.text = text

    class Removed(Message):
        def __init__(self, kind: str, note_id: str) -> None:
            super().__init__()
            self.kind = kind
            self.note_id = note_id

    def __init__(self, kind: str, title: str, placeholder: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = kind
        self.heading = title
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        yield Label(self.heading)
        yield Input(placeholder=self.placeholder, compact=True, id=f"{self.kind}-input")
        table = _NoteTable([Column("text", self.heading, None)], id=f"{self.kind}-list")
        table.show_header = False
        yield table

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def show(self, notes: Sequence[Note]) -> None:
        self.query_one(_NoteTable).show([Row(n.id, [f"• {n.text}"]) for n in notes])

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Added(self.kind, event.value))
