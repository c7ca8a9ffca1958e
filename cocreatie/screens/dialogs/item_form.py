"""A compact modal form for one item (a wish, an actor, an action ...).

Every field is one line, so a wish with ten fields fits on 80×24. The form
hands its values to ``submit``, which applies the change through the model
and returns the Dutch reasons it was refused; the form then stays open with
the reasons shown and the typed text intact. Nothing is saved half.

With a ``keeper`` the form hands what is typed to it as a draft (kept
beside the session until the form is saved or thrown away), and
``restore`` puts a draft's values back in place when it opens.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Footer, Input, Label, Static

from cocreatie.i18n import t
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.widgets.form_fields import FieldError, FormField
from cocreatie.widgets.multi_choice import MultiChoice
from cocreatie.widgets.single_choice import SingleChoice
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings

Submit = Callable[[dict[str, Any]], list[str]]
# What a field holds as typed (``models.draft.HeldValue``).
Held = str | bool | list[str] | None


class DraftKeeper(Protocol):
    """Where a form's unsaved text goes (``screens.steps.drafting``)."""

    def keep(self, fields: dict[str, Held], urgent: bool) -> None: ...

    def drop(self) -> None: ...


def held_value(widget: Widget) -> tuple[str, Held] | None:
    """The attribute a field's control keeps its value in, and the value."""
    for attribute in ("value", "values"):
        if hasattr(widget, attribute):
            value = getattr(widget, attribute)
            return attribute, list(value) if isinstance(value, list | tuple) else value
    return None


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

    def __init__(
        self,
        title: str,
        fields: Sequence[FormField],
        submit: Submit,
        *,
        keeper: DraftKeeper | None = None,
        restore: dict[str, Held] | None = None,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.form_title = title
        self.fields = list(fields)
        self.submit = submit
        self.keeper = keeper
        self.restore = restore
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
        if self.restore:
            self._put_back(self.restore)
        if self.fields:
            self.query_one(f"#{self.fields[0].widget_id}").focus()

    def _put_back(self, held: dict[str, Held]) -> None:
        """A draft's values in their fields (a choice no longer offered stays)."""
        for spec in self.fields:
            if spec.name not in held:
                continue
            widget = self.query_one(f"#{spec.widget_id}")
            found = held_value(widget)
            if found is None:
                continue
            try:
                setattr(widget, found[0], held[spec.name])
            except ValueError:
                continue
            if isinstance(widget, Input):
                # A restored text is typed on, not replaced by the first key.
                widget.select_on_focus = False
                widget.cursor_position = len(widget.value)
            widget.refresh()

    def held(self) -> dict[str, Held]:
        """Every field's value as typed, by field name (for a draft)."""
        values: dict[str, Held] = {}
        for spec in self.fields:
            found = held_value(self.query_one(f"#{spec.widget_id}"))
            if found is not None:
                values[spec.name] = found[1]
        return values

    def _note_change(self, urgent: bool = False) -> None:
        if self.keeper is None or not self.is_mounted:
            return
        if self.changed:
            self.keeper.keep(self.held(), urgent)
        else:
            self.keeper.drop()

    @on(Input.Changed)
    @on(Checkbox.Changed)
    @on(SingleChoice.Changed)
    def _field_changed(self) -> None:
        self._note_change()

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        self._note_change(urgent=True)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Back from a picker: a choice may have changed.
        self._note_change(urgent=True)

    def close_form(self, saved: bool) -> None:
        """Saved or thrown away: either way the draft has done its job."""
        if self.keeper is not None:
            self.keeper.drop()
        self.dismiss(saved)

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
        self.close_form(True)

    def action_cancel(self) -> None:
        if not self.changed:
            self.close_form(False)
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
            self.close_form(False)

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
