"""Step "Wat ons bindt": where the two sides agree, and where they differ.

Two short lists side by side, filled as fast as the room talks: type a
point, Enter, type the next. Tab moves to the other list, Delete on a line
removes it. The lists are the record's agreements and differences, the same
ones the "veiligheid" step shows, so the export has one place for them.
"""

from __future__ import annotations

from typing import Any, Literal

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Static

from cocreatie.i18n import t
from cocreatie.screens.steps.editing import EditingStepView
from cocreatie.widgets.note_list import NoteList
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.textual_private import translate_bindings

Kind = Literal["agreements", "differences"]
KINDS: tuple[Kind, Kind] = ("agreements", "differences")


class CommonGroundView(EditingStepView):
    DEFAULT_CSS = """
    CommonGroundView #common-ground-lists {
        height: 1fr;
    }
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        comparison = self.context.template.comparison
        yield Static(
            t(
                "templates.common_ground.legend",
                left=comparison.left_label,
                right=comparison.right_label,
            ),
            classes="legend",
        )
        with Horizontal(id="common-ground-lists"):
            for kind in KINDS:
                yield NoteList(
                    kind,
                    t(f"templates.common_ground.{kind}"),
                    t(f"templates.common_ground.{kind}_placeholder"),
                    id=f"common-ground-{kind}",
                )
        yield ProblemLine()

    def on_mount(self) -> None:
        if self.context.read_only:
            for field in self.query(Input):
                field.disabled = True
        # ``is_mounted`` turns true only after the Mount handlers have run.
        self.call_after_refresh(self.refresh_view)

    def refresh_view(self) -> None:
        if not self.is_mounted:
            return
        for notes in self.query(NoteList):
            notes.show(getattr(self.session.veiligheid, notes.kind))

    @on(NoteList.Added)
    def _added(self, event: NoteList.Added) -> None:
        event.stop()
        kind: Kind = "agreements" if event.kind == "agreements" else "differences"
        text = event.text
        if not text.strip():
            return
        if self.mutate(lambda s: s.add_note(kind, text)) is not None:
            # Ready for the next point straight away.
            self.query_one(f"#{kind}-input", Input).value = ""

    @on(NoteList.Removed)
    def _removed(self, event: NoteList.Removed) -> None:
        event.stop()
        kind: Kind = "agreements" if event.kind == "agreements" else "differences"
        note_id = event.note_id
        self.mutate(lambda s: s.remove_note(kind, note_id))

    def presentation_lines(self) -> list[str]:
        lines: list[str] = []
        for kind in KINDS:
            notes = getattr(self.session.veiligheid, kind)
            lines.append(t(f"templates.common_ground.{kind}"))
            lines += [f"• {n.text}" for n in notes] or [t("templates.common_ground.none")]
            lines.append("")
        return lines[:-1]


VIEW = CommonGroundView
