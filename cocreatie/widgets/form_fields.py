"""The fields an item form can hold, each one line tall.

A field knows how to build its control and how to read a value back. It does
not validate the domain: the model does that and names the field in Dutch.
Only what the model cannot see is checked here (a date typed in the wrong
form, a number that is not a number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from textual.widget import Widget
from textual.widgets import Input

from cocreatie.i18n import t
from cocreatie.widgets.date_input import DateInput, parse_date
from cocreatie.widgets.flag_box import FlagBox
from cocreatie.widgets.multi_choice import Choice, MultiChoice
from cocreatie.widgets.single_choice import SingleChoice


class FieldError(ValueError):
    """A value that cannot even be handed to the model."""


@dataclass(frozen=True)
class FormField:
    name: str
    label: str

    @property
    def widget_id(self) -> str:
        return f"field-{self.name}"

    def build(self) -> Widget:
        raise NotImplementedError

    def read(self, widget: Widget) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class TextField(FormField):
    value: str = ""
    placeholder: str = ""

    def build(self) -> Widget:
        return Input(self.value, placeholder=self.placeholder, id=self.widget_id, compact=True)

    def read(self, widget: Widget) -> str:
        assert isinstance(widget, Input)
        return widget.value


@dataclass(frozen=True)
class NumberField(FormField):
    value: int | None = None

    def build(self) -> Widget:
        text = "" if self.value is None else str(self.value)
        return Input(text, id=self.widget_id, compact=True, max_length=12)

    def read(self, widget: Widget) -> int | None:
        assert isinstance(widget, Input)
        text = widget.value.strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise FieldError(t("steps.form.bad_number", field=self.label, input=text)) from None


@dataclass(frozen=True)
class DateField(FormField):
    value: dt.date | None = None

    def build(self) -> Widget:
        return DateInput(self.value, id=self.widget_id)

    def read(self, widget: Widget) -> dt.date | None:
        assert isinstance(widget, Input)
        try:
            return parse_date(widget.value, self.label)
        except ValueError as exc:
            raise FieldError(str(exc)) from None


@dataclass(frozen=True)
class ChoiceField(FormField):
    """One of a list, chosen by typing (``SingleChoice``).

    ``kind`` names what the values are ("actor", "wish" ...) so the view can
    put what was chosen first next time (``cocreatie.entry.recency``).
    """

    choices: Sequence[Choice] = ()
    value: str | None = None
    allow_blank: bool = True
    kind: str = ""

    def build(self) -> Widget:
        return SingleChoice(
            self.label,
            self.choices,
            self.value,
            allow_blank=self.allow_blank,
            id=self.widget_id,
        )

    def read(self, widget: Widget) -> str | None:
        assert isinstance(widget, SingleChoice)
        return widget.value


@dataclass(frozen=True)
class MultiChoiceField(FormField):
    choices: Sequence[Choice] = ()
    values: Sequence[str] = ()
    shortcuts: Mapping[str, str] = field(default_factory=dict)
    kind: str = ""

    def build(self) -> Widget:
        return MultiChoice(
            self.label, self.choices, self.values, shortcuts=self.shortcuts, id=self.widget_id
        )

    def read(self, widget: Widget) -> list[str]:
        assert isinstance(widget, MultiChoice)
        return list(widget.values)


@dataclass(frozen=True)
class FlagField(FormField):
    value: bool = False

    def build(self) -> Widget:
        return FlagBox(
            t("steps.form.yes"),
            self.value,
            off_label=t("steps.form.no"),
            id=self.widget_id,
            compact=True,
        )

    def read(self, widget: Widget) -> bool:
        assert isinstance(widget, FlagBox)
        return widget.value
