"""The cocreatie app: thin on purpose; the screens do the work.

It owns what outlives a screen: the repository, the open session (so signal
and crash handlers can save it) and the flows between screens, which the
screens ask for with messages. Start-up imports only what the first screen
needs; the rest comes through ``cocreatie.app.loading``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen

from cocreatie.analysis.preview import SessionPreview
from cocreatie.app import loading
from cocreatie.app.app_commands import APP_COMMANDS
from cocreatie.app.rescue import EXIT_UNSAVED, copy_written_line, lost_line, unsaved_question
from cocreatie.app.safe_app import SHUTDOWN_SAVE_TIMEOUT_S, SafeApp
from cocreatie.app.sharing import AppSharing
from cocreatie.commands.goto_step import GoToStepProvider
from cocreatie.commands.system import system_commands
from cocreatie.crashlog import log_path
from cocreatie.i18n import t
from cocreatie.screens.dialogs.help import HelpScreen
from cocreatie.screens.opening import OpeningScreen
from cocreatie.store.settings import Settings, write_settings
from cocreatie.themes import DEFAULT_THEME, THEMES, start_with_theme
from cocreatie.widgets.command import bindings_of
from cocreatie.widgets.textual_private import Palette, translate_bindings

if TYPE_CHECKING:
    from cocreatie.live import LiveSession
    from cocreatie.screens.home import HomeScreen
    from cocreatie.screens.session import SessionScreen
    from cocreatie.store.repository import SessionRepository
    from cocreatie.store.summaries import SessionSummary


log = logging.getLogger("cocreatie.app")


class CocreatieApp(SafeApp):
    CSS_PATH = "cocreatie.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]
    # "Ga naar stap…" offers nothing where no session is open.
    COMMANDS = App.COMMANDS | {GoToStepProvider}
    COMMANDS_DECLARED = APP_COMMANDS
    BINDINGS = bindings_of(APP_COMMANDS)

    def __init__(
        self,
        data_dir: Path,
        session_ref: str | None = None,
        *,
        read_only: bool = False,
        repository: SessionRepository | None = None,
        theme: str = DEFAULT_THEME,
        preview: SessionPreview | None = None,
        sharing: AppSharing | None = None,
    ) -> None:
        super().__init__(data_dir)
        self.sharing = sharing or AppSharing()
        translate_bindings(self)
        self.title = t("ui.app.title")
        self._repository = repository
        self._repository_lock = threading.Lock()
        self._start = (session_ref, read_only)
        self._preview = preview
        for look in THEMES:
            self.register_theme(look)
        start_with_theme(self, theme)

    @property
    def repository(self) -> SessionRepository:
        """Made on first use, usually in a worker thread: it imports pydantic."""
        with self._repository_lock:
            if self._repository is None:
                self._repository = loading.make_repository(self.data_dir)
            return self._repository

    def get_default_screen(self) -> Screen:
        if self._start[0]:
            return OpeningScreen(self._preview)
        return self._home()

    def on_mount(self) -> None:
        session_ref, read_only = self._start
        if session_ref:
            # After the first paint: opening loads a quarter second of
            # modules in a thread, which would share the CPU with that paint.
            self.call_after_refresh(self.open_session, session_ref, read_only)

    # -- moving between screens -------------------------------------------------

    def _home(self) -> HomeScreen:
        return loading.home_screen()(self.data_dir, lambda: self.repository)

    @work(exclusive=True, group="open-session", exit_on_error=False)
    async def open_session(self, ref: str, read_only: bool = False) -> None:
        # The imports (and making the repository) happen in a thread, so
        # the screen on show stays live meanwhile; afterwards they are cheap.
        try:
            opener = await asyncio.to_thread(loading.session_opener)
            repository = await asyncio.to_thread(lambda: self.repository)
            live = await opener(self, repository, self.data_dir, ref, read_only)
        except Exception as error:
            # Not a damaged or locked file (the opener tells those): a bug or
            # a broken installation. Say so, instead of "Sessie wordt
            # geopend…" for ever.
            failed = t("ui.open.failed", path=log_path(self.data_dir))
            self.recover_from_error(error, "open_session", failed)
            self._opening_failed(failed)
            return
        if live is not None:
            self.show_live_session(live)
        elif not any(isinstance(s, loading.home_screen()) for s in self.screen_stack):
            self.show_home()

    def _opening_failed(self, message: str) -> None:
        if isinstance(self.screen, OpeningScreen):
            self.screen.show_failure(message)
        try:
            self.show_home()
        except Exception as error:  # the home screen may be what is broken
            self.recover_from_error(error, "show_home")

    def show_home(self) -> None:
        """Back to the session list (built now if the app started in a session)."""
        home = loading.home_screen()
        if len(self.screen_stack) > 1 and isinstance(self.screen_stack[-2], home):
            self.pop_screen()
        elif isinstance(self.screen, OpeningScreen):
            self.push_screen(self._home())
        else:
            self.switch_screen(self._home())

    def show_live_session(self, live: LiveSession) -> None:
        opening = next((s for s in self.screen_stack if isinstance(s, OpeningScreen)), None)
        self.live = live
        held = opening.held_keys if opening else None
        screen = loading.session_screen()(live, self.repository, held, self.sharing)
        self.push_screen(screen)

    # Messages from the screens; handlers by name, so the (heavy) screen
    # modules need not be imported before they are shown.

    def on_home_screen_open_session(self, event: HomeScreen.OpenSession) -> None:
        self.open_session(event.session_id)

    def on_home_screen_new_session(self, event: HomeScreen.NewSession) -> None:
        self._new_session(event.summaries)

    @work(group="new-session", exclusive=True, exit_on_error=False)
    async def _new_session(self, summaries: list[SessionSummary]) -> None:
        live = await loading.new_session()(self, self.repository, summaries)
        if live is not None:
            self.show_live_session(live)

    def on_home_screen_review_actions(self) -> None:
        self.push_screen(loading.actions_overview()(self.repository))

    def on_session_screen_leave(self) -> None:
        self.show_home()

    def on_session_screen_choose_step(self) -> None:
        self.push_screen(Palette(providers=[GoToStepProvider], placeholder=t("ui.palette.goto")))

    def on_session_screen_closed(self, event: SessionScreen.Closed) -> None:
        """Save what is pending and release the lock, in a thread."""
        live = event.live
        if self.live is live:
            self.live = None
        # Remembered until closed: if the app exits first, run_tui closes it.
        self.closing.append(live)
        self.run_worker(self._close_session(live), group="close-session", exit_on_error=False)

    async def _close_session(self, live: LiveSession) -> None:
        # Phones first: a request still running finishes (and is saved)
        # before the session is closed under it.
        await self.sharing.stop_for(live)
        await asyncio.to_thread(live.close)

    # -- commands and keys ------------------------------------------------------

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from system_commands(self, screen)

    def action_command_palette(self) -> None:
        # Textual types the argument App[object]; App is invariant in its
        # return type, so App[None] does not match though any app will do.
        if not Palette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Palette(placeholder=t("ui.palette.placeholder")))

    def action_help_quit(self) -> None:
        # Textual's own Ctrl+C hint is English; say it in the chosen language.
        self.notify(t("ui.help_quit.message", key="Ctrl+Q"), title=t("ui.help_quit.title"))

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_use_theme(self, name: str) -> None:
        self.theme = name
        self._save_settings(Settings(theme=name))

    @work(thread=True, exit_on_error=False, group="settings")
    def _save_settings(self, settings: Settings) -> None:
        """Remember the look for next time, off the event loop."""
        try:
            write_settings(self.data_dir, settings)
        except OSError as error:
            self.call_from_thread(
                self.notify,
                t("ui.app.settings_not_saved", reason=error.strerror or str(error)),
                severity="error",
                timeout=15,
            )

    async def action_quit(self) -> None:
        # Phones first: a request still running finishes and is saved.
        await self.sharing.stop_all()
        live = self.live
        if live is not None and not live.read_only:
            saved = await asyncio.to_thread(live.flush, SHUTDOWN_SAVE_TIMEOUT_S)
            if not saved:
                self._ask_before_quitting(live)
                return
        self.live = None
        if live is not None:
            await asyncio.to_thread(live.close, SHUTDOWN_SAVE_TIMEOUT_S)
        self.exit(0)

    def _ask_before_quitting(self, live: LiveSession) -> None:
        from cocreatie.live.emergency import default_folder, write_emergency_copy
        from cocreatie.screens.dialogs.unsaved_quit import LOST, UnsavedQuitDialog

        if isinstance(self.screen, UnsavedQuitDialog):
            return
        log.error("quit with unsaved changes: %s", live.save_error)

        async def answered(answer: Path | None) -> None:
            if answer is None:
                return  # back to the session; the saver keeps retrying
            self.exit_note = lost_line(live) if answer == LOST else copy_written_line(answer)
            log.error("quit: %s", self.exit_note)
            if self.live is live:
                self.live = None
            if await asyncio.to_thread(live.close, SHUTDOWN_SAVE_TIMEOUT_S):
                # The disk took it after all (space was freed meanwhile).
                self.exit_note = None
                self.exit(0)
                return
            self.exit(return_code=EXIT_UNSAVED)

        dialog = UnsavedQuitDialog(
            unsaved_question(live),
            default_folder(),
            lambda folder: write_emergency_copy(live.session, folder),
        )
        # The save-failed toast would cover the dialog's answers.
        self.clear_notifications()
        self.push_screen(dialog, answered)
