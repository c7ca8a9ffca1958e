"""Start a new session from a template (and, for a follow-up, an earlier one).

Templates are read and the session is created in threads; the dialogs ask
in between. The caller shows the new session.
"""

from __future__ import annotations

import asyncio

from textual.app import App

from cocreatie.analysis.folder_notices import describe_problem
from cocreatie.followup import create_session
from cocreatie.i18n import t
from cocreatie.live import LiveSession
from cocreatie.screens.dialogs.new_session import NewSessionDialog, PreviousSessionDialog
from cocreatie.store import SessionRepository, SessionSummary, StoreError
from cocreatie.store.messages import describe_failure
from cocreatie.templating import SessionTemplate, TemplateError, scan_templates


async def new_session_flow(
    app: App, repository: SessionRepository, summaries: list[SessionSummary]
) -> LiveSession | None:
    """Ask, create and return the new session; ``None`` if the facilitator
    backed out or it could not be made (they have been told why). Run it in
    a worker: it waits for the dialogs."""
    data_dir = repository.data_dir
    try:
        scan = await asyncio.to_thread(scan_templates, data_dir)
    except (TemplateError, OSError) as error:
        app.notify(_template_problem(error), severity="error", timeout=12)
        return None
    templates = scan.templates
    problems = [describe_problem(p.source, p.messages, data_dir) for p in scan.problems]
    choice = await app.push_screen_wait(NewSessionDialog(templates, problems))
    if choice is None:
        return None
    template = templates[choice.template_id].template
    previous_id = None
    if template.requires_previous:
        previous_id = await app.push_screen_wait(PreviousSessionDialog(summaries))
        if previous_id is None:
            return None
    try:
        return await asyncio.to_thread(_create, repository, template, choice.title, previous_id)
    except (StoreError, OSError) as error:
        app.notify(describe_failure(error), severity="error", timeout=12)
        return None


def _create(
    repository: SessionRepository, template: SessionTemplate, title: str, previous_id: str | None
) -> LiveSession:
    return LiveSession(create_session(repository, template, title, previous_id), template)


def _template_problem(error: Exception) -> str:
    if isinstance(error, TemplateError):
        return t("ui.new.template_broken", messages="; ".join(error.messages[:3]))
    return describe_failure(error)
