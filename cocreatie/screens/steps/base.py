"""The contract between the session screen and the body of each step.

A step view changes the record only through ``mutate``: the model method
runs, and if pydantic refuses the change (or it types a phone number or
e-mail address into free text) the user sees the Dutch reasons and the
record is left exactly as it was. On success the view posts
``StepView.Changed`` and the session screen hands a snapshot to the
background saver; a step view never does IO itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget

from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.models.errors import describe
from cocreatie.privacy.freetext import added_contact_problems_between
from cocreatie.screens.steps.context import StepContext
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings

R = TypeVar("R")


class StepView(GuardedDispatch, Vertical):
    """Base class of the step bodies; subclasses compose their own widgets.

    A handler that raises does not end the app: GuardedDispatch hands the
    error to the app, which saves the record, logs and notifies. Binding
    descriptions may be catalogue keys; they are translated per instance.
    """

    class Changed(Message):
        """The record changed; the session screen saves it."""

    class ViewChosen(Message):
        """Only the record's progress changed (a pane, a sort order): save it
        quietly, without the redraws and checks of a change of content."""

    class Invalid(Message):
        """A change was refused; ``messages`` are ready to show."""

        def __init__(self, messages: list[str]) -> None:
            super().__init__()
            self.messages = messages

    def __init__(self, context: StepContext, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="step-view")
        translate_bindings(self)
        self.context = context

    @property
    def session(self) -> Session:
        return self.context.session

    # Why the last change was refused (empty after a change went through),
    # for a view that shows it under the field being typed in.
    refused: list[str] = []

    def mutate(self, change: Callable[[Session], R]) -> R | None:
        """Apply ``change`` to the record; ``None`` when it was refused.

        Refused are changes the model rejects, and newly typed free text
        holding a phone number or e-mail address (``privacy.freetext``):
        the record is then put back exactly as it was.
        """
        if self.context.read_only:
            self.notify(t("ui.read_only_refused"), severity="warning")
            return None
        result, problems = self.change_record(change)
        if problems:
            self._refuse(problems)
            return None
        return result

    def change_record(self, change: Callable[[Session], R]) -> tuple[R | None, list[str]]:
        """Run ``change``; announce it, or return why it was refused.

        The model's methods are all or nothing, so a change the model
        refuses has left the record as it was. A change that typed contact
        details into free text is put back from the shallow copy taken
        before it (cheap: the model replaces what it changes).
        """
        before = self.session.model_copy()
        try:
            result = change(self.session)
        except ValidationError as exc:
            return None, describe(exc)
        problems = added_contact_problems_between(before, self.session)
        if problems:
            self.session.replace_content(before, touch=False)
            return None, problems
        self.refused = []
        self.post_message(self.Changed())
        self.refresh_view()
        return result, []

    def _refuse(self, messages: list[str]) -> None:
        self.refused = messages
        self.post_message(self.Invalid(messages))
        self.notify("\n".join(messages), title=t("ui.invalid_title"), severity="error")

    def refresh_view(self) -> None:
        """Redraw from the record (after a change here or elsewhere)."""

    def opening_focus(self) -> Widget | None:
        """Where the focus goes when the step opens, if not its first control."""
        return None

    def presentation_lines(self) -> list[str]:
        """What the room has said in this step, for presentation mode."""
        return []
