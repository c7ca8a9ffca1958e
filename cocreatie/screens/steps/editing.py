"""What the editing steps share: forms, pickers, warnings, the wide layout.

``apply`` makes a change and returns the Dutch reasons when it is refused
(by the model, or for contact details typed into free text), so a form can
show them inline and stay open with the typed text; a refused change leaves
the record as it was, so it needs no trial run on a copy. Quick keys call
``mutate`` directly and show refusals on the problem line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual import events
from textual.widgets import TabbedContent

from cocreatie.analysis import SessionWarning, session_warnings
from cocreatie.i18n import t
from cocreatie.models import Participant, Session
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.screens.steps.base import StepView
from cocreatie.widgets.form_fields import FormField
from cocreatie.widgets.multi_choice import Choice
from cocreatie.widgets.problem_line import ProblemLine

Change = Callable[[Session], Any]


class EditingStepView(StepView):
    # From this width on, the step shows side panels next to its list.
    WIDE_AT = 110
    # Actions that change the record; greyed out in a read-only session.
    EDIT_ACTIONS: frozenset[str] = frozenset()

    # -- changing the record ---------------------------------------------------

    def apply(self, change: Change) -> list[str]:
        """Apply ``change`` if it is valid; otherwise return why not."""
        if self.context.read_only:
            return [t("steps.common.read_only")]
        _, problems = self.change_record(change)
        return problems

    def open_form(
        self,
        title: str,
        fields: Sequence[FormField],
        change_for: Callable[[dict[str, Any]], Change],
        done: Callable[[], None] | None = None,
    ) -> None:
        def submit(values: dict[str, Any]) -> list[str]:
            return self.apply(change_for(values))

        def closed(saved: bool | None) -> None:
            if saved and done is not None:
                done()

        self.app.push_screen(ItemForm(title, fields, submit), closed)

    def pick(
        self,
        title: str,
        choices: Sequence[Choice],
        chosen: Callable[[str], object],
        selected: Sequence[str] = (),
    ) -> None:
        def closed(values: list[str] | None) -> None:
            if values:
                chosen(values[0])

        self.app.push_screen(ChoicePicker(title, choices, selected=selected), closed)

    def confirm(self, question: str, yes: Callable[[], None]) -> None:
        def closed(answer: bool | None) -> None:
            if answer:
                yes()

        self.app.push_screen(ConfirmDialog(question, yes=t("steps.confirm.yes_button")), closed)

    # -- shared views ------------------------------------------------------------

    def step_warnings(self) -> list[SessionWarning]:
        warnings = session_warnings(self.session, self.context.template)
        return [w for w in warnings if w.step is self.context.step.type]

    def participant_choices(self, unknown: bool = False) -> list[Choice]:
        kinds = {k.id: k.label for k in self.context.template.participant_kinds}
        out: list[Choice] = [("", t("steps.common.unknown_speaker"))] if unknown else []
        for person in self.session.participants:
            extra = " · ".join(
                x for x in (kinds.get(person.kind, person.kind), person.organisation) if x
            )
            out.append((person.id, f"{person.display_name} · {extra}"))
        return out

    def person_label(self, person: Participant | None, public: bool = False) -> str:
        """The name with a one-letter side marker; pseudonyms for the projector."""
        if person is None:
            return "—"
        kinds = {k.id: k.label for k in self.context.template.participant_kinds}
        name = person.public_name(with_names=not public)
        marker = kinds.get(person.kind, person.kind)[:1].upper()
        return f"{name} ({marker})"

    # -- Textual plumbing --------------------------------------------------------

    # Set once the children exist; before that there is nothing to redraw.
    ready = False

    def on_mount(self) -> None:
        self.ready = True
        # The tab strip is for the mouse; F3 switches tabs from the
        # keyboard. Taking it out of the focus chain lets the session screen
        # focus the step's first real control (list or input).
        for strip in self.query("ContentTabs"):
            strip.can_focus = False
        self.refresh_view()

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width >= self.WIDE_AT, "-wide")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.context.read_only and action in self.EDIT_ACTIONS:
            return None
        return True

    def on_step_view_invalid(self, event: StepView.Invalid) -> None:
        for line in self.query(ProblemLine):
            line.show(event.messages)

    def on_step_view_changed(self, event: StepView.Changed) -> None:
        # Not stopped: the session screen saves on the same message.
        for line in self.query(ProblemLine):
            line.clear()

    def action_next_view(self) -> None:
        for tabs in self.query(TabbedContent):
            panes = [p.id for p in tabs.query("TabPane") if p.id]
            if panes and tabs.active in panes:
                tabs.active = panes[(panes.index(tabs.active) + 1) % len(panes)]
            self.focus_view(tabs.active)
            return

    def focus_view(self, pane_id: str) -> None:
        """Put the focus on the main widget of a tab; subclasses say which."""
