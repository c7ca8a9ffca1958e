"""The two questions of a new session: title and template, then (for a
follow-up) which earlier session it builds on.

The flow around them (reading templates, creating the session in a thread)
is the app's: ``cocreatie.app.new_session``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from cocreatie.followup import follow_up_candidates
from cocreatie.i18n import t
from cocreatie.models import SessionMeta
from cocreatie.models.errors import describe
from cocreatie.store import SessionSummary
from cocreatie.templating import LoadedTemplate
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings


@dataclass(frozen=True)
class NewSessionChoice:
    title: str
    template_id: str


def template_option(loaded: LoadedTemplate) -> Option:
    template = loaded.template
    parts: list[str | tuple[str, str]] = [(template.title, "bold")]
    if template.requires_previous:
        parts.append(("  " + t("ui.new.follow_up_mark"), "$text-accent"))
    if template.description:
        parts.append("\n" + " ".join(template.description.split()))
    parts.append(("\n" + t("ui.new.steps", count=len(template.steps)), "$text-muted"))
    return Option(Content.assemble(*parts), id=template.id)


class NewSessionDialog(GuardedDispatch, ModalScreen[NewSessionChoice | None]):
    DEFAULT_CSS = """
    NewSessionDialog #new-templates {
        height: 1fr;
        min-height: 4;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "ui.key.cancel", id="new.cancel")]

    def __init__(self, templates: dict[str, LoadedTemplate], problems: Sequence[str] = ()) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        self._templates = templates
        # Broken own templates: the usable ones are listed, and the facilitator
        # sees why theirs is missing.
        self._problems = list(problems)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box -roomy"):
            yield Static(t("ui.new.title"), classes="dialog-title", markup=False)
            yield Label(t("ui.new.title_label"))
            yield Input(
                placeholder=t("ui.new.title_placeholder"),
                id="new-title",
                max_length=400,
                compact=True,
            )
            yield Static("", id="new-title-error", classes="field-error -clear", markup=False)
            yield Label(t("ui.new.template_label"))
            yield OptionList(
                *(template_option(lt) for lt in self._templates.values()),
                id="new-templates",
                markup=False,
            )
            yield Static(
                "\n".join(self._problems),
                id="new-template-problems",
                classes="field-error" if self._problems else "field-error -clear",
                markup=False,
            )
            yield Static(t("ui.new.hint"), classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#new-title", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._title_ok():
            self.query_one("#new-templates", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if not self._title_ok():
            self.query_one("#new-title", Input).focus()
            return
        title = self.query_one("#new-title", Input).value.strip()
        self.dismiss(NewSessionChoice(title, event.option.id or ""))

    def _title_ok(self) -> bool:
        title = self.query_one("#new-title", Input).value
        error = self.query_one("#new-title-error", Static)
        try:
            SessionMeta(title=title)
        except ValidationError as exc:
            error.update("\n".join(describe(exc)))
            error.remove_class("-clear")
            return False
        error.update("")
        error.add_class("-clear")
        return True

    def action_cancel(self) -> None:
        self.dismiss(None)


class PreviousSessionDialog(GuardedDispatch, ModalScreen[str | None]):
    """Which earlier session does this follow-up build on?"""

    DEFAULT_CSS = """
    PreviousSessionDialog #previous-sessions {
        height: auto;
        max-height: 14;
    }
    """

    BINDINGS = [Binding("escape", "cancel", "ui.key.cancel", id="previous.cancel")]

    def __init__(self, summaries: list[SessionSummary]) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        self._summaries = follow_up_candidates(summaries)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(t("ui.new.previous_title"), classes="dialog-title", markup=False)
            if self._summaries:
                yield OptionList(
                    *(
                        Option(
                            Content.assemble(
                                (s.title or s.id, "bold"),
                                f"  {s.neighbourhood}",
                                f"  {s.date.strftime('%d-%m-%Y') if s.date else ''}",
                            ),
                            id=s.id,
                        )
                        for s in self._summaries
                    ),
                    id="previous-sessions",
                )
            else:
                yield Static(t("ui.new.no_previous"), markup=False)
            yield Static(t("ui.new.hint"), classes="dialog-hint", markup=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
