"""Step "Voorbereiding": what, where, when, who leads, and de bedoeling.

Every field is saved as it is typed (dates once they are whole), so nothing
waits for a save button in front of the room. A refused value (control
characters from a paste, far too long, an impossible date) is shown under its
field and the record keeps its last good value. A phone number or e-mail
address is shown as a problem too; the record gets the text with a mark in
its place, so not even part of the number is kept.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, Label, Static, TextArea

from cocreatie.i18n import t
from cocreatie.models import Privacy, SessionMeta
from cocreatie.models.errors import describe
from cocreatie.privacy.freetext import contact_problems, redacted
from cocreatie.privacy.retention import default_retention
from cocreatie.screens.steps.base import StepView
from cocreatie.widgets.date_input import DateError, DateInput, parse_date
from cocreatie.widgets.problem_line import ProblemLine

# meta field -> how the text field maps to the record
TEXT = ("title", "neighbourhood", "place")
LISTS = ("greenfield_area", "facilitators")
RETENTION = "retention_until"


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def join_list(items: list[str]) -> str:
    return ", ".join(items)


class PreparationView(StepView):
    def compose(self) -> ComposeResult:
        meta = self.session.meta
        with VerticalScroll(classes="step-form prep-form"):
            for name in ("title", "neighbourhood", "greenfield_area"):
                yield from self._row(
                    name,
                    Input(self._text_of(name), id=f"prep-{name}", compact=True, max_length=10_000),
                )
            yield from self._row("date", DateInput(meta.date, id="prep-date"))
            for name in ("place", "facilitators"):
                yield from self._row(
                    name,
                    Input(self._text_of(name), id=f"prep-{name}", compact=True, max_length=10_000),
                )
            yield Label(t("ui.prep.purpose"), classes="prep-label")
            yield Static(t("ui.prep.purpose_hint"), classes="field-hint", markup=False)
            yield TextArea(meta.purpose, id="prep-purpose", soft_wrap=True)
            yield ProblemLine(id="prep-purpose-error")
            yield from self._row(
                RETENTION, DateInput(self.session.privacy.retention_until, id="prep-retention")
            )
            yield Static(
                self._retention_hint(), id="prep-retention-hint", classes="field-hint", markup=False
            )

    def _row(self, name: str, control: Widget) -> ComposeResult:
        with Horizontal(classes="prep-row"):
            yield Label(t(f"ui.prep.{name}"), classes="prep-label")
            yield control
        yield ProblemLine(id=f"prep-{name}-error")

    def on_mount(self) -> None:
        if self.context.read_only:
            for widget in self.query("Input, TextArea"):
                widget.disabled = True

    # -- from the record to the fields -------------------------------------------------

    def _text_of(self, name: str) -> str:
        value = getattr(self.session.meta, name)
        return join_list(value) if name in LISTS else str(value or "")

    def refresh_view(self) -> None:
        meta = self.session.meta
        # Never rewrite the field being typed in: "Molenweg, " must keep its comma.
        for name in (*TEXT, *LISTS):
            field = self.query_one(f"#prep-{name}", Input)
            if not field.has_focus and split_or_text(name, field.value) != getattr(meta, name):
                with field.prevent(Input.Changed):
                    field.value = self._text_of(name)
        self._set_date("#prep-date", meta.date)
        self._set_date("#prep-retention", self.session.privacy.retention_until)
        purpose = self.query_one("#prep-purpose", TextArea)
        if not purpose.has_focus and purpose.text.strip() != meta.purpose:
            with purpose.prevent(TextArea.Changed):
                purpose.text = meta.purpose

    def _set_date(self, selector: str, value: dt.date | None) -> None:
        field = self.query_one(selector, DateInput)
        text = value.isoformat() if value else ""
        if not field.has_focus and field.value != text:
            with field.prevent(Input.Changed):
                field.value = text

    def _retention_hint(self) -> str:
        return t("ui.prep.retention_hint", days=self.context.template.retention_days)

    def presentation_lines(self) -> list[str]:
        meta = self.session.meta
        lines = []
        if meta.purpose:
            lines.append(t("ui.prep.show_purpose", text=meta.purpose))
        if meta.neighbourhood or meta.greenfield_area:
            streets = join_list(meta.greenfield_area)
            lines.append(t("ui.prep.show_area", neighbourhood=meta.neighbourhood, streets=streets))
        if meta.date or meta.place:
            when = meta.date.strftime("%d-%m-%Y") if meta.date else ""
            lines.append(t("ui.prep.show_when", date=when, place=meta.place))
        if meta.facilitators:
            lines.append(t("ui.prep.show_facilitators", names=join_list(meta.facilitators)))
        return lines

    # -- from the fields to the record -------------------------------------------------

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        name = (event.input.id or "").removeprefix("prep-")
        if name in TEXT or name in LISTS:
            self._set_meta(name, split_or_text(name, event.value))
        elif name in ("date", "retention") and _complete(event.value):
            # Half a date is not an error yet; a whole one is saved at once.
            self._commit_date(name, event.value)

    @on(Input.Submitted)
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        name = (event.input.id or "").removeprefix("prep-")
        if name in ("date", "retention"):
            self._commit_date(name, event.value)
        self.screen.focus_next()

    @on(Input.Blurred)
    def _left(self, event: Input.Blurred) -> None:
        name = (event.input.id or "").removeprefix("prep-")
        if name in ("date", "retention"):
            self._commit_date(name, event.input.value)

    @on(TextArea.Changed, "#prep-purpose")
    def _purpose_typed(self, event: TextArea.Changed) -> None:
        event.stop()
        self._set_meta("purpose", event.text_area.text.strip())

    def _commit_date(self, name: str, text: str) -> None:
        label = t(f"ui.prep.{'date' if name == 'date' else RETENTION}")
        try:
            value = parse_date(text, label)
        except DateError as exc:
            self._show_error(name if name == "date" else RETENTION, [str(exc)])
            return
        if name == "date":
            self._set_meta("date", value)
        else:
            self._set_retention(value)

    def _set_meta(self, name: str, value: Any) -> None:
        if self.context.read_only:
            return
        meta = self.session.meta
        # A phone number or e-mail address is not kept as typed: the field
        # says why, and the record gets the text with a mark in its place.
        problems = contact_problems({name: value})
        if problems:
            value = redacted(value, name)
        if getattr(meta, name) == value:
            self._show_error(name, problems)
            return
        old_date = meta.date
        try:
            new_meta = SessionMeta.model_validate({**meta.model_dump(), name: value})
        except ValidationError as exc:
            self._show_error(name, describe(exc))
            return
        self._show_error(name, problems)
        retention = self._default_retention(old_date, new_meta.date)

        def change(session: Any) -> None:
            session.meta = new_meta
            if retention is not None:
                session.privacy = Privacy.model_validate(
                    {**session.privacy.model_dump(), RETENTION: retention}
                )

        self.mutate(change)

    def _default_retention(self, old: dt.date | None, new: dt.date | None) -> dt.date | None:
        """Retention follows the date while the facilitator has not chosen one.

        A new session starts with the default from its creation day, so
        "not chosen" means: still the default for the date being replaced.
        """
        if new is None or new == old:
            return None
        days = dt.timedelta(days=self.context.template.retention_days)
        current = self.session.privacy.retention_until
        if current is None or current == default_retention(self.session, self.context.template):
            return new + days
        return None

    def _set_retention(self, value: dt.date | None) -> None:
        if self.context.read_only or self.session.privacy.retention_until == value:
            self._show_error(RETENTION, [])
            return
        try:
            privacy = Privacy.model_validate(
                {**self.session.privacy.model_dump(), RETENTION: value}
            )
        except ValidationError as exc:
            self._show_error(RETENTION, describe(exc))
            return
        self._show_error(RETENTION, [])
        self.mutate(lambda session: setattr(session, "privacy", privacy))

    def _show_error(self, name: str, messages: list[str]) -> None:
        line = self.query_one(f"#prep-{name}-error", ProblemLine)
        if line.messages != messages:  # unchanged: spare the layout pass
            line.show(messages)


def split_or_text(name: str, text: str) -> Any:
    return split_list(text) if name in LISTS else text.strip()


def _complete(text: str) -> bool:
    text = text.strip()
    return not text or (len(text) == 10 and text[4] == "-" and text[7] == "-")


VIEW = PreparationView
