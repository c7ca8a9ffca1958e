"""The palette's fixed commands, depending on where the facilitator is.

Yielded by ``CocreatieApp.get_system_commands(screen)``: the screen decides
what applies (a session screen offers export, timer and presentation; every
screen offers theme, help and quit).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

from cocreatie.i18n import t
from cocreatie.themes import DEFAULT_THEME, HIGH_CONTRAST_THEME

if TYPE_CHECKING:
    from textual.app import App

EXPORT_FORMATS = ("md", "html", "csv")


def system_commands(app: App, screen: Screen) -> Iterable[SystemCommand]:
    from cocreatie.screens.session import SessionScreen

    if isinstance(screen, SessionScreen):
        yield SystemCommand(
            t("ui.palette.goto_step"), t("ui.palette.goto_step_help"), screen.action_goto_step
        )
        for fmt in EXPORT_FORMATS:
            yield SystemCommand(
                t(f"ui.palette.export_{fmt}"),
                t("ui.palette.export_help"),
                partial(screen.action_export, fmt),
            )
        yield SystemCommand(
            t("archive.tui.publish"),
            t("archive.tui.publish_help"),
            lambda: _publish(app, screen),
        )
        yield SystemCommand(
            t("ui.palette.presentation"),
            t("ui.palette.presentation_help"),
            screen.action_toggle_presentation,
        )
        yield SystemCommand(
            t("ui.palette.timer_start"), t("ui.palette.timer_help"), screen.action_timer_start
        )
        yield SystemCommand(
            t("ui.palette.timer_pause"), t("ui.palette.timer_help"), screen.action_timer_pause
        )
        yield SystemCommand(
            t("ui.palette.timer_reset"), t("ui.palette.timer_help"), screen.action_timer_reset
        )
        yield SystemCommand(
            t("ui.palette.toggle_done"), t("ui.palette.toggle_done_help"), screen.action_toggle_done
        )
    if _is_home(screen):
        yield SystemCommand(
            t("archive.tui.send_pending"),
            t("archive.tui.send_pending_help"),
            lambda: _send_pending(app, screen),
        )
    for name, key in ((DEFAULT_THEME, "default"), (HIGH_CONTRAST_THEME, "contrast")):
        yield SystemCommand(
            t(f"ui.palette.theme_{key}"),
            t("ui.palette.theme_help"),
            partial(setattr, app, "theme", name),
        )
    yield SystemCommand(t("ui.palette.help"), t("ui.palette.help_help"), app.action_help)
    yield SystemCommand(t("ui.palette.quit"), t("ui.palette.quit_help"), app.action_quit)


def _data_dir(app: App) -> Path:
    return Path(getattr(app, "data_dir", "."))


def _publish(app: App, screen: Screen) -> None:
    from cocreatie.screens.publish_runner import run_publish

    # Read at the moment of choosing: the screen's session, as it is now.
    run_publish(app, screen.session, _data_dir(app))  # type: ignore[attr-defined]


def _is_home(screen: Screen) -> bool:
    from cocreatie.screens.home import HomeScreen

    return isinstance(screen, HomeScreen)


def _send_pending(app: App, screen: Screen) -> None:
    from cocreatie.screens.publish_runner import run_send_pending

    run_send_pending(app, _data_dir(app), on_done=getattr(screen, "reload", None))
