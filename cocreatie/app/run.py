"""Run the TUI from the command line: language, log file, first screen."""

from __future__ import annotations

import sys
from pathlib import Path

from cocreatie.analysis.preview import read_preview
from cocreatie.app import rescue, signals
from cocreatie.app.cocreatie_app import CocreatieApp
from cocreatie.crashlog import CrashLog
from cocreatie.i18n import set_language
from cocreatie.store.settings import read_settings
from cocreatie.themes import DEFAULT_THEME, THEMES

THEME_NAMES = {look.name for look in THEMES}


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
    theme = read_settings(data_dir).theme
    app = CocreatieApp(
        data_dir,
        session_ref,
        read_only=read_only,
        preview=preview,
        theme=theme if theme in THEME_NAMES else DEFAULT_THEME,
    )
    try:
        with signals.held():
            try:
                app.run()
            finally:
                app.close_all_sessions()  # again, in case the app never got to unmount
    finally:
        crash_log.stop()
    if app.exit_note is not None:
        # After the terminal is restored: the one line stays on screen.
        print(app.exit_note, file=sys.stderr)
        return app.return_code or rescue.EXIT_UNSAVED
    return app.return_code or 0
