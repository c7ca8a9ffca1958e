"""Open a stored session for the session screen, off the event loop.

Opening reads the file, takes the lock and loads the template: all disk
work, so it runs in a thread. If another window holds the lock, the
facilitator is offered a read-only view instead of an error.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.app import App

from cocreatie.i18n import t
from cocreatie.live import LiveSession
from cocreatie.live.opening import prepare_live
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.screens.steps import view_for
from cocreatie.store import OpenSession, SessionLockedError, SessionRepository, StoreError
from cocreatie.store.messages import describe_failure, restored_notice
from cocreatie.templating import TemplateError


def _prepare(opened: OpenSession, data_dir: Path) -> tuple[LiveSession, str | None]:
    live, problem = prepare_live(opened, data_dir)
    # Import the first step's view here, in the thread, while the screen
    # waits anyway; the session screen then only has to build it.
    steps = live.template.steps
    index = min(live.session.progress.current_step, len(steps) - 1)
    view_for(steps[index].type)
    return live, problem


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
        app.notify(describe_failure(error), severity="error", timeout=12)
        return None
    try:
        live, problem = await asyncio.to_thread(_prepare, opened, data_dir)
    except (TemplateError, OSError) as error:
        await asyncio.to_thread(opened.close)
        app.notify(describe_failure(error), severity="error", timeout=12)
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
