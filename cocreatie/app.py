"""The cocreatie app: thin on purpose; the screens do the work.

Start-up imports only what the first screen needs. The session machinery
(pydantic and the record models, the store, the session screen and its step
views) is imported in a thread after the first paint: see ``open_session``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.screen import Screen

from cocreatie.commands.system import system_commands
from cocreatie.crashlog import CrashLog, describe_exception, log_path
from cocreatie.i18n import set_language, t
from cocreatie.screens.opening import OpeningScreen
from cocreatie.screens.preview import SessionPreview, read_preview
from cocreatie.themes import DEFAULT_THEME, THEMES, start_with_theme
from cocreatie.widgets.guarded import GuardedDispatch
from cocreatie.widgets.translated_bindings import translate_bindings

if TYPE_CHECKING:
    from cocreatie.screens.live_session import LiveSession
    from cocreatie.store.repository import SessionRepository

log = logging.getLogger("cocreatie.app")

_SHUTDOWN_SAVE_TIMEOUT_S = 10.0


class CocreatieApp(GuardedDispatch, App[int]):
    CSS_PATH = ["cocreatie.tcss", "screens/steps/steps.tcss"]
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]
    BINDINGS = [
        Binding("f1", "help", "ui.key.help", id="app.help"),
        Binding(
            "ctrl+p",
            "command_palette",
            "ui.key.palette",
            id="app.palette",
            show=False,
            priority=True,
        ),
        Binding("ctrl+q", "quit", "ui.key.quit", id="app.quit", show=False, priority=True),
    ]

    def __init__(
        self,
        data_dir: Path,
        session_ref: str | None = None,
        *,
        read_only: bool = False,
        repository: SessionRepository | None = None,
        theme: str = DEFAULT_THEME,
        preview: SessionPreview | None = None,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.title = t("ui.app.title")
        self.data_dir = data_dir
        self._repository = repository
        self._repository_lock = threading.Lock()
        self._start = (session_ref, read_only)
        self._preview = preview
        # The open session, so signal and crash handlers can save it.
        self.live: LiveSession | None = None
        self.closing: list[LiveSession] = []
        self.handler_errors: list[Exception] = []
        for look in THEMES:
            self.register_theme(look)
        start_with_theme(self, theme)

    @property
    def repository(self) -> SessionRepository:
        """Made on first use, usually in a worker thread: it imports pydantic."""
        with self._repository_lock:
            if self._repository is None:
                from cocreatie.store.repository import SessionRepository

                self._repository = SessionRepository(self.data_dir)
            return self._repository

    def get_default_screen(self) -> Screen:
        if self._start[0]:
            return OpeningScreen(self._preview)
        from cocreatie.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        self._install_signal_handlers()
        session_ref, read_only = self._start
        if session_ref:
            # After the first paint: opening loads a quarter second of
            # modules in a thread, which would share the CPU with that paint.
            self.call_after_refresh(self.open_session, session_ref, read_only)

    def on_unmount(self) -> None:
        self._remove_signal_handlers()
        self.close_all_sessions()

    def close_all_sessions(self) -> None:
        """Save and release every open session (blocking: the app is ending)."""
        for live in [self.live, *self.closing]:
            if live is not None:
                live.close(_SHUTDOWN_SAVE_TIMEOUT_S)
        self.live = None
        self.closing.clear()

    # -- sessions ---------------------------------------------------------------

    @work(exclusive=True, group="open-session", exit_on_error=False)
    async def open_session(self, ref: str, read_only: bool = False) -> None:
        # The imports (and making the repository) happen in a thread, so
        # the screen on show stays live meanwhile; afterwards they are cheap.
        await asyncio.to_thread(_load_session_machinery, self)
        from cocreatie.screens.session_opener import open_live_session

        live = await open_live_session(self, self.repository, self.data_dir, ref, read_only)
        if live is not None:
            self.show_live_session(live)
            return
        from cocreatie.screens.home import HomeScreen

        if not any(isinstance(s, HomeScreen) for s in self.screen_stack):
            self.show_home()

    def show_home(self) -> None:
        """Back to the session list (built now if the app started in a session)."""
        from cocreatie.screens.home import HomeScreen

        if len(self.screen_stack) > 1 and isinstance(self.screen_stack[-2], HomeScreen):
            self.pop_screen()
        elif isinstance(self.screen, OpeningScreen):
            self.push_screen(HomeScreen())
        else:
            self.switch_screen(HomeScreen())

    def show_live_session(self, live: LiveSession) -> None:
        from cocreatie.screens.session import SessionScreen

        opening = next((s for s in self.screen_stack if isinstance(s, OpeningScreen)), None)
        self.live = live
        self.push_screen(SessionScreen(live, opening.held_keys if opening else None))

    def close_live(self, live: LiveSession) -> None:
        """Save what is pending and release the lock, in a thread."""
        if self.live is live:
            self.live = None
        # Remembered until closed: if the app exits first, run_tui closes it.
        self.closing.append(live)
        self.run_worker(live.close, thread=True, group="close-session", exit_on_error=False)

    # -- commands and keys ------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from system_commands(self, screen)

    def action_command_palette(self) -> None:
        # Textual types the argument App[object]; App is invariant in its
        # return type, so App[None] does not match though any app will do.
        if not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(CommandPalette(placeholder=t("ui.palette.placeholder")))

    def action_help(self) -> None:
        from cocreatie.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        live, self.live = self.live, None
        if live is not None:
            await asyncio.to_thread(live.close, _SHUTDOWN_SAVE_TIMEOUT_S)
        self.exit(0)

    # -- robustness ---------------------------------------------------------------

    def _install_signal_handlers(self) -> None:
        # Textual leaves SIGTERM (kill, logout) and SIGHUP (terminal window
        # closed) to the default, which dies without saving.
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            # Not the main thread, or a platform without these signals: skip.
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._terminate, signum)

    def _remove_signal_handlers(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        for signum in (signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(signum)

    def _terminate(self, signum: int) -> None:
        log.info("signal %s: saving and closing", signum)
        live = self.live
        if live is not None and not live.flush(_SHUTDOWN_SAVE_TIMEOUT_S):
            log.error("signal %s: changes could not be saved", signum)
        self.exit(0)

    def recover_from_error(self, error: Exception, where: str) -> None:
        """A handler failed: keep the input, log the details, tell the facilitator."""
        self.handler_errors.append(error)
        log.error("error in %s\n%s", where, describe_exception(error))
        if self.live is not None and not self.live.read_only:
            self.live.submit()
        self.notify(
            t("ui.error.handler", path=log_path(self.data_dir)),
            title=t("ui.error.title"),
            severity="error",
            timeout=20,
        )

    async def _dispatch_action(self, namespace: DOMNode, action_name: str, params: Any) -> bool:
        try:
            return await super()._dispatch_action(namespace, action_name, params)
        except Exception as error:
            self.recover_from_error(error, f"{type(namespace).__name__}.{action_name}")
            return True

    def _handle_exception(self, error: Exception) -> None:
        # Last resort (an error inside Textual itself): save, log, then exit.
        log.critical("fatal error\n%s", describe_exception(error))
        live = self.live
        if live is not None and not live.read_only:
            live.submit()
            live.flush(_SHUTDOWN_SAVE_TIMEOUT_S)
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        self.bell()
        self._exit_renderables.append(Text(t("ui.error.fatal", path=log_path(self.data_dir))))
        self._close_messages_no_wait()


def _load_session_machinery(app: CocreatieApp) -> None:
    """Import what opening and showing a session needs (run in a thread)."""
    import cocreatie.screens.session
    import cocreatie.screens.session_opener  # noqa: F401

    _ = app.repository  # made here, off the event loop


def run_tui(
    data_dir: Path, session_ref: str | None, read_only: bool = False, lang: str = "nl"
) -> int:
    """Run the app until the facilitator quits; the exit status for the shell."""
    set_language(lang)
    data_dir = Path(data_dir).absolute()
    crash_log = CrashLog(data_dir)
    crash_log.start()
    # Read before the event loop starts: a few milliseconds, no pydantic.
    preview = read_preview(data_dir, session_ref, read_only) if session_ref else None
    app = CocreatieApp(data_dir, session_ref, read_only=read_only, preview=preview)
    try:
        app.run()
    finally:
        app.close_all_sessions()  # again, in case the app never got to unmount
        crash_log.stop()
    return app.return_code or 0
