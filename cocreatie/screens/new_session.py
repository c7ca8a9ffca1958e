"""Start a new session from a template (and, for a follow-up, an earlier session).

The dialog asks for a title and a template; a template that builds on an
earlier session then asks which one. Templates are read and the session is
created in threads; the new session opens straight away.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

# Re-exported: tests and older callers build sessions through this module.
from cocreatie.followup.create import fresh_session as fresh_session
from cocreatie.i18n import t
from cocreatie.models import SessionMeta
from cocreatie.models.errors import describe
from cocreatie.screens.live_session import LiveSession
from cocreatie.store import SessionRepository, SessionSummary, StoreError
from cocreatie.store.messages import describe_failure
from cocreatie.templating import LoadedTemplate, SessionTemplate, TemplateError
from cocreatie.widgets.guarded import GuardedDispatch
from cocreatie.widgets.translated_bindings import translate_bindings

if TYPE_CHECKING:
    from cocreatie.app import CocreatieApp
    from cocreatie.screens.home import HomeScreen


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
    BINDINGS = [Binding("escape", "cancel", "ui.key.cancel", id="new.cancel")]

    def __init__(self, templates: dict[str, LoadedTemplate], problems: Sequence[str] = ()) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        self._templates = templates
        # Broken own templates: the usable ones are listed, and the facilitator
        # sees why theirs is missing.
        self._problems = list(problems)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box new-box"):
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

    BINDINGS = [Binding("escape", "cancel", "ui.key.cancel", id="previous.cancel")]

    def __init__(self, summaries: list[SessionSummary]) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        from cocreatie.followup import follow_up_candidates

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


def start_new_session(home: HomeScreen) -> None:
    home.run_worker(_new_session_flow(home), group="home-new", exclusive=True, exit_on_error=False)


async def _new_session_flow(home: HomeScreen) -> None:
    app = cast("CocreatieApp", home.app)
    from cocreatie.screens.home_notices import describe_problem
    from cocreatie.templating import scan_templates

    try:
        scan = await asyncio.to_thread(scan_templates, app.data_dir)
    except (TemplateError, OSError) as error:
        app.notify(_template_problem(error), severity="error", timeout=12)
        return
    templates = scan.templates
    problems = [describe_problem(p.source, p.messages, app.data_dir) for p in scan.problems]
    choice = await app.push_screen_wait(NewSessionDialog(templates, problems))
    if choice is None:
        return
    template = templates[choice.template_id].template
    previous_id = None
    if template.requires_previous:
        previous_id = await app.push_screen_wait(PreviousSessionDialog(home.summaries))
        if previous_id is None:
            return
    try:
        live = await asyncio.to_thread(
            _create, app.repository, app.data_dir, template, choice.title, previous_id
        )
    except (StoreError, OSError) as error:
        app.notify(describe_failure(error), severity="error", timeout=12)
        return
    app.show_live_session(live)


def _create(
    repository: SessionRepository,
    data_dir: Path,
    template: SessionTemplate,
    title: str,
    previous_id: str | None,
) -> LiveSession:
    from cocreatie.followup import create_session

    return LiveSession(create_session(repository, template, title, previous_id), template)


def _template_problem(error: Exception) -> str:
    if isinstance(error, TemplateError):
        return t("ui.new.template_broken", messages="; ".join(error.messages[:3]))
    return describe_failure(error)
