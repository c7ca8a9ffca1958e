"""What works on every screen, declared once for key, footer, help and
palette (see ``cocreatie.widgets.command``)."""

from __future__ import annotations

from cocreatie.themes import DEFAULT_THEME, HIGH_CONTRAST_THEME
from cocreatie.widgets.command import Command

APP_COMMANDS = (
    *(
        Command(
            f"use_theme('{name}')",
            f"ui.palette.theme_{key}",
            palette=f"ui.palette.theme_{key}",
            palette_help="ui.palette.theme_help",
        )
        for name, key in ((DEFAULT_THEME, "default"), (HIGH_CONTRAST_THEME, "contrast"))
    ),
    Command(
        "help",
        "ui.key.help",
        "f1",
        id="app.help",
        palette="ui.palette.help",
        palette_help="ui.palette.help_help",
    ),
    Command(
        "command_palette", "ui.key.palette", "ctrl+p", id="app.palette", show=False, priority=True
    ),
    Command(
        "quit",
        "ui.key.quit",
        "ctrl+q",
        id="app.quit",
        show=False,
        priority=True,
        palette="ui.palette.quit",
        palette_help="ui.palette.quit_help",
    ),
)
