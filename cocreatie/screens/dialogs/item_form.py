"""A compact modal form for one item (a wish, an actor, an action ...).

Every field is one line, so a wish with ten fields fits on 80×24. The form
hands its values to ``submit``, which applies the change through the model
and returns the Dutch reasons it was refused; the form then stays open with
the reasons shown and the typed text intact. Nothing is saved half.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, Static

from cocreatie.i18n import t
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.widgets.form_fields import FieldError, FormField
from cocreatie.widgets.multi_choice import MultiChoice
from cocreatie.widgets.single_choice import SingleChoice
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings

Submit = Callable[[dict[str, Any]], list[str]]


class ItemForm(GuardedDispatch, ModalScreen[bool]):
    DEFAULT_CSS = """
    ItemForm {
        align: center middle;
    }
    ItemForm > #form {
        width: 84;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $accent;
        border-title-style: bold;
        background: $surface;
        padding: 0 1;
    }
    ItemForm #fields {
        height: auto;
        max-height: 18;
    }
    ItemForm .form-row {
        height: 1;
        margin-bottom: 0;
    }
    ItemForm .form-label {
        height: 1;
        color: $text-muted;
    }
    ItemForm .form-row > Input, ItemForm .form-row > SingleChoice,
    ItemForm .form-row > Checkbox {
        width: 1fr;
    }
    ItemForm #form-errors {
        color: $text-error;
        height: auto;
        display: none;
    }
    ItemForm #form-errors.-shown {
        display: block;
    }
    ItemForm #form-buttons {
        height: 1;
        align-horizontal: right;
        margin-top: 1;
    }
    ItemForm #form-buttons Button {
        margin-left: 2;
    }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "steps.form.save", id="steps.form.save"),
        Binding("escape", "cancel", "steps.form.cancel", id="steps.form.cancel"),
    ]

    def __init__(self, title: str, fields: Sequence[FormField], submit: Submit) -> None:
        super().__init__()
        translate_bindings(self)
        self.form_title = title
        self.fields = list(fields)
        self.submit = submit
        self.messages: list[str] = []
        self._as_opened: list[str] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="form") as form:
            form.border_title = self.form_title
            form.border_subtitle = t("steps.form.hint")
            # The label column is as wide as the longest label, so none is cut.
            width = min(34, max((len(f.label) for f in self.fields), default=10) + 1)
            with VerticalScroll(id="fields"):
                for spec in self.fields:
                    with Horizontal(classes="form-row"):
                        label = Label(spec.label, classes="form-label", markup=False)
                        label.styles.width = width
                        yield label
                        yield spec.build()
            yield Static("", markup=False, id="form-errors")
            with Horizontal(id="form-buttons"):
                yield Button(t("steps.form.save"), id="save", variant="primary", compact=True)
                yield Button(t("steps.form.cancel"), id="cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self._as_opened = self._raw_state()
        if self.fields:
            self.query_one(f"#{self.fields[0].widget_id}").focus()

    def _raw_state(self) -> list[str]:
        """What the fields hold as typed (also what cannot be read yet)."""
        state = []
        for spec in self.fields:
            widget = self.query_one(f"#{spec.widget_id}")
            held = next(
                (getattr(widget, a) for a in ("value", "values") if hasattr(widget, a)), None
            )
            state.append(repr(held))
        return state

    @property
    def changed(self) -> bool:
        """Whether anything was typed or chosen since the form opened."""
        return self._raw_state() != self._as_opened

    def values(self) -> dict[str, Any]:
        """Read every field; FieldError lists what cannot be read."""
        values: dict[str, Any] = {}
        problems: list[str] = []
        for spec in self.fields:
            try:
                values[spec.name] = spec.read(self.query_one(f"#{spec.widget_id}"))
            except FieldError as exc:
                problems.append(str(exc))
        if problems:
            raise FieldError("\n".join(problems))
        return values

    def show_problems(self, messages: Sequence[str]) -> None:
        self.messages = list(messages)
        errors = self.query_one("#form-errors", Static)
        errors.update("\n".join(f"✗ {m}" for m in self.messages))
        errors.set_class(bool(self.messages), "-shown")

    def action_save(self) -> None:
        try:
            values = self.values()
        except FieldError as exc:
            self.show_problems(str(exc).splitlines())
            return
        problems = self.submit(values)
        if problems:
            self.show_problems(problems)
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        if not self.changed:
            self.dismiss(False)
            return
        # Esc by reflex must not throw away what the room just dictated:
        # the default answer (Enter) keeps the text.
        question = ConfirmDialog(
            t("steps.form.discard_question"),
            yes=t("steps.form.discard_yes"),
            no=t("steps.form.discard_no"),
        )
        self.app.push_screen(question, self._discard_answered)

    def _discard_answered(self, discard: bool | None) -> None:
        if discard:
            self.dismiss(False)

    @on(Input.Submitted)
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(MultiChoice.PickRequested)
    def _pick(self, event: MultiChoice.PickRequested) -> None:
        event.stop()
        control = event.control
        picker = ChoicePicker(
            control.picker_title,
            control.choices,
            multiple=True,
            selected=control.values,
            shortcuts=control.shortcuts,
            query=event.query,
        )
        self.app.push_screen(picker, control.choose)

    @on(SingleChoice.PickRequested)
    def _pick_one(self, event: SingleChoice.PickRequested) -> None:
        event.stop()
        control = event.control
        picker = ChoicePicker(
            control.picker_title,
            control.choices,
            selected=[control.value] if control.value is not None else [""],
            query=event.query,
            blank=t("steps.form.blank") if control.allow_blank else None,
        )
        self.app.push_screen(picker, control.choose)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
