"""The two looks of the app: the everyday one and one for bright projectors.

Colour never carries meaning alone (every state also has a symbol and a
word), so the high-contrast theme only has to make text readable: pure black
and white with one strong accent.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.theme import Theme

DEFAULT_THEME = "cocreatie"
HIGH_CONTRAST_THEME = "cocreatie-contrast"

THEMES: tuple[Theme, ...] = (
    Theme(
        name=DEFAULT_THEME,
        primary="#2E7D9A",
        secondary="#5B8C5A",
        accent="#E3A33B",
        warning="#E3A33B",
        error="#D9534F",
        success="#5CB85C",
        foreground="#E6E6E6",
        background="#1B1F23",
        surface="#242A30",
        panel="#2C343C",
        dark=True,
    ),
    Theme(
        name=HIGH_CONTRAST_THEME,
        primary="#FFFF00",
        secondary="#00FFFF",
        accent="#FFFF00",
        warning="#FFFF00",
        error="#FF5555",
        success="#00FF00",
        foreground="#FFFFFF",
        background="#000000",
        surface="#000000",
        panel="#1A1A1A",
        boost="#333333",
        dark=True,
        luminosity_spread=0.0,
        text_alpha=1.0,
    ),
)


def start_with_theme(app: App[Any], name: str) -> None:
    """Give a new app its first theme without the restyle a change queues.

    ``app.theme = name`` schedules a full reparse of the stylesheet (Textual
    then parses all CSS twice more, ~30 ms of start-up), though nothing is
    styled yet. Setting the value quietly and handing the stylesheet this
    theme's variables lets the first parse be the only one; the classes are
    the ones the theme watcher would set. Call it from ``__init__``, after
    ``register_theme``.
    """
    look = app.get_theme(name)
    if look is None or not look.dark:
        # Unknown: the watcher's error. Light: the watcher also redoes the
        # ANSI colour mapping, which Textual set up for a dark theme.
        app.theme = name
        return
    app.set_reactive(App.theme, name)
    # Textual made the stylesheet with the default theme's variables.
    app.stylesheet.set_variables(app.get_css_variables())
    app.set_class(True, f"-theme-{name}", update=False)
    app.set_class(True, "-dark-mode", update=False)
    app.set_class(False, "-light-mode", update=False)
