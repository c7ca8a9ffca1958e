"""The app's safety net: an open session is saved whatever happens.

SIGTERM and SIGHUP save and exit; an error in a handler is logged and shown
while the app keeps running; an error Textual cannot survive still saves
the record and leaves one Dutch line instead of a traceback. The hooks it
fills in are those of ``GuardedApp`` (``cocreatie.widgets.textual_private``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.driver import Driver

from cocreatie.app import rescue, signals
from cocreatie.crashlog import describe_exception, log_path
from cocreatie.i18n import t
from cocreatie.widgets.textual_private import DRIVER_CLASS, GuardedApp

if TYPE_CHECKING:
    from cocreatie.live import LiveSession

log = logging.getLogger("cocreatie.app")

SHUTDOWN_SAVE_TIMEOUT_S = 10.0


class SafeApp(GuardedApp, App[int]):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        # The open session, so signal and crash handlers can save it.
        self.live: LiveSession | None = None
        # Sessions being closed in a thread; closed again at exit if need be.
        self.closing: list[LiveSession] = []
        self.handler_errors: list[Exception] = []
        # The one line for the terminal after exit when changes were left
        # unsaved (where the emergency copy is, or that they are lost).
        self.exit_note: str | None = None

    def get_driver_class(self) -> type[Driver]:
        chosen = super().get_driver_class()
        # Ours where Textual would use its Linux driver (not when a driver
        # was chosen through TEXTUAL_DRIVER): a closed terminal must not hang.
        if DRIVER_CLASS is not None and issubclass(DRIVER_CLASS, chosen):
            return DRIVER_CLASS
        return chosen

    # Textual calls these handlers in every class of the app, this one too.
    def on_mount(self) -> None:
        signals.install(self._terminate)

    def on_unmount(self) -> None:
        signals.remove()
        self.close_all_sessions()

    def close_all_sessions(self) -> None:
        """Save and release every open session (blocking: the app is ending)."""
        for live in [self.live, *self.closing]:
            if live is not None and not live.close(SHUTDOWN_SAVE_TIMEOUT_S):
                self.left_unsaved(live)
        self.live = None
        self.closing.clear()

    def left_unsaved(self, live: LiveSession) -> None:
        """``live`` ends with changes not on disk: unless the facilitator
        already chose (copy or not), the copy is written without asking."""
        if self.exit_note is None:
            self.exit_note = rescue.rescue(live)

    def _terminate(self, signum: int) -> None:
        log.info("signal %s: saving and closing", signum)
        live = self.live
        if live is not None and not live.flush(SHUTDOWN_SAVE_TIMEOUT_S):
            # No dialog is possible: the terminal may be gone.
            log.error("signal %s: changes could not be saved", signum)
            self.left_unsaved(live)
            self.exit(return_code=rescue.EXIT_UNSAVED)
            return
        self.exit(0)

    def recover_from_error(self, error: Exception, where: str, message: str | None = None) -> None:
        """A handler failed: keep the input, log the details, tell the
        facilitator (``message``, or that the input is kept)."""
        self.handler_errors.append(error)
        log.error("error in %s\n%s", where, describe_exception(error))
        if self.live is not None and not self.live.read_only:
            self.live.submit()
        self.notify(
            message or t("ui.error.handler", path=log_path(self.data_dir)),
            title=t("ui.error.title"),
            severity="error",
            timeout=20,
        )

    def save_before_exit(self, error: Exception) -> None:
        log.critical("fatal error\n%s", describe_exception(error))
        live = self.live
        if live is not None and not live.read_only:
            live.submit()
            live.flush(SHUTDOWN_SAVE_TIMEOUT_S)

    def fatal_message(self) -> str:
        return t("ui.error.fatal", path=log_path(self.data_dir))
