"""The contract between the session screen and the body of each step.

A step view changes the record only through ``mutate``: the model method
runs, and if pydantic refuses the change the user sees the Dutch reasons
and the record is left exactly as it was. On success the view posts
``StepView.Changed`` and the session screen hands a snapshot to the
background saver; a step view never does IO itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError
from textual.containers import Vertical
from textual.message import Message

from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.models.errors import describe
from cocreatie.screens.steps.context import StepContext
from cocreatie.widgets.guarded import GuardedDispatch
from cocreatie.widgets.translated_bindings import translate_bindings

R = TypeVar("R")


class StepView(GuardedDispatch, Vertical):
    """Base class of the step bodies; subclasses compose their own widgets.

    A handler that raises does not end the app: GuardedDispatch hands the
    error to the app, which saves the record, logs and notifies. Binding
    descriptions may be catalogue keys; they are translated per instance.
    """

    class Changed(Message):
        """The record changed; the session screen saves it."""

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

    def mutate(self, change: Callable[[Session], R]) -> R | None:
        """Apply ``change`` to the record; ``None`` when it was refused."""
        if self.context.read_only:
            self.notify(t("ui.read_only_refused"), severity="warning")
            return None
        try:
            result = self.change_record(change)
        except ValidationError as exc:
            messages = describe(exc)
            self.post_message(self.Invalid(messages))
            self.notify("\n".join(messages), title=t("ui.invalid_title"), severity="error")
            return None
        return result

    def change_record(self, change: Callable[[Session], R]) -> R:
        """Run ``change`` and announce it; a ``ValidationError`` passes through.

        The model's methods are all or nothing, so a refused change has left
        the record as it was and there is nothing to announce or save.
        """
        result = change(self.session)
        self.post_message(self.Changed())
        self.refresh_view()
        return result

    def refresh_view(self) -> None:
        """Redraw from the record (after a change here or elsewhere)."""

    def presentation_lines(self) -> list[str]:
        """What the room has said in this step, for presentation mode."""
        return []
