"""Open a stored session for the session screen, off the event loop.

Opening reads the file, takes the lock and loads the template: all disk
work, so it runs in a thread. If another window holds the lock, the
facilitator is offered a read-only view instead of an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie.i18n import t
from cocreatie.screens.confirm import ConfirmDialog
from cocreatie.screens.live_session import LiveSession
from cocreatie.screens.save_messages import open_failed, restored_notice
from cocreatie.store import OpenSession, SessionLockedError, SessionRepository, StoreError
from cocreatie.templating import (
    DEFAULT_TEMPLATE_ID,
    SessionTemplate,
    TemplateError,
    load_template,
)

if TYPE_CHECKING:
    from textual.app import App

log = logging.getLogger(__name__)


def prepare_live(opened: OpenSession, data_dir: Path) -> tuple[LiveSession, str | None]:
    """The live session and, if the session's own template is unusable, why."""
    problem = None
    try:
        template = load_template(opened.session.meta.template_id, data_dir)
    except TemplateError as exc:
        # A session must still open when its template was removed or broken:
        # the record is what matters, the default steps show it all.
        problem = t("ui.open_error.template", template=opened.session.meta.template_id)
        log.warning("template %s unusable: %s", opened.session.meta.template_id, exc.source)
        template = load_template(DEFAULT_TEMPLATE_ID, data_dir)
    _preload_step_view(opened, template)
    return LiveSession(opened, template), problem


def _preload_step_view(opened: OpenSession, template: SessionTemplate) -> None:
    """Import the first step's view here, in the thread, while the screen
    waits anyway; the session screen then only has to build it."""
    from cocreatie.screens.steps import view_for

    index = min(opened.session.progress.current_step, len(template.steps) - 1)
    # A missing view: the session screen shows its placeholder instead.
    with contextlib.suppress(ImportError):
        view_for(template.steps[index].type)


async def open_live_session(
    app: App, repository: SessionRepository, data_dir: Path, ref: str, read_only: bool
) -> LiveSession | None:
    """Open ``ref``; ``None`` (after telling the facilitator why) if it cannot be.

    Must run in a worker: it may wait for the read-only question.
    """
    try:
        opened = await asyncio.to_thread(repository.open, ref, read_only)
    except SessionLockedError:
        accept = await app.push_screen_wait(
            ConfirmDialog(
                t("ui.open.locked_offer"),
                yes=t("ui.open.read_only"),
                no=t("ui.dialog.cancel"),
                danger=False,
            )
        )
        if not accept:
            return None
        return await open_live_session(app, repository, data_dir, ref, True)
    except (StoreError, OSError) as error:
        app.notify(open_failed(error), severity="error", timeout=12)
        return None
    try:
        live, problem = await asyncio.to_thread(prepare_live, opened, data_dir)
    except (TemplateError, OSError) as error:
        await asyncio.to_thread(opened.close)
        app.notify(open_failed(error), severity="error", timeout=12)
        return None
    if opened.read_only:
        # Say "open elsewhere" only when it is so, not when read-only was asked for.
        elsewhere = await asyncio.to_thread(repository.open_elsewhere, opened.id)
        live.locked_elsewhere = elsewhere is True
    if opened.notice is not None:
        app.notify(restored_notice(opened.notice), severity="warning", timeout=20)
    if problem:
        app.notify(problem, severity="warning", timeout=12)
    return live
