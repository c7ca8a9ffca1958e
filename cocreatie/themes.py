"""The two looks of the app: the everyday one and one for bright projectors.

Colour never carries meaning alone (every state also has a symbol and a
word), so the high-contrast theme only has to make text readable: pure black
and white with one strong accent.
"""

from __future__ import annotations

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
