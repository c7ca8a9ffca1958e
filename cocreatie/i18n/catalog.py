"""The message catalogue: every user-facing string comes from here.

One catalogue per language, split into area files (``nl/models.toml``,
``nl/ui.toml`` ...) so parts of the program can be translated and reviewed
apart. A key is ``<area>.<name>``; the area is the file name. Dutch is the
reference catalogue; English sits beside it with the same keys.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

# The catalogue files sit next to this module (a plain path, not
# importlib.resources: that import alone costs every start a few milliseconds).
FOLDER = Path(__file__).parent

DEFAULT_LANGUAGE = "nl"
LANGUAGES = ("nl", "en")

# The process speaks one language at a time, chosen once at start-up
# (--lang); like gettext, that is process-wide state on purpose.
_current = DEFAULT_LANGUAGE


class UnknownLanguageError(ValueError):
    """Raised for a language without a catalogue."""


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise UnknownLanguageError(lang)
    _current = lang


def current_language() -> str:
    return _current


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All messages of one language, flattened to ``area.key`` strings."""
    if lang not in LANGUAGES:
        raise UnknownLanguageError(lang)
    messages: dict[str, str] = {}
    folder = FOLDER / lang
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            messages.update(_area(lang, entry.name.removesuffix(".toml")))
    return messages


@cache
def _area(lang: str, area: str) -> dict[str, str]:
    """The messages of one area file. ``t`` reads only the areas it is asked
    for: parsing the whole catalogue (70 kB of TOML) took a noticeable part
    of start-up, and a command or the first screen needs two or three areas.
    """
    if lang not in LANGUAGES:
        raise UnknownLanguageError(lang)
    entry = FOLDER / lang / f"{area}.toml"
    messages: dict[str, str] = {}
    if area and entry.is_file():
        _flatten(area, tomllib.loads(entry.read_text(encoding="utf-8")), messages)
    return messages


def _flatten(prefix: str, data: dict[str, Any], out: dict[str, str]) -> None:
    for key, value in data.items():
        full = f"{prefix}.{key}"
        if isinstance(value, dict):
            _flatten(full, value, out)
        else:
            out[full] = str(value)


def t(key: str, /, lang: str | None = None, **params: Any) -> str:
    """Translate ``key``; a missing key falls back to Dutch, then to the key.

    Falling back instead of raising keeps a half-translated catalogue from
    crashing a live meeting; a test makes sure the catalogues stay complete.
    """
    language = lang or _current
    area = key.partition(".")[0]
    text = _area(language, area).get(key)
    if text is None:
        text = _area(DEFAULT_LANGUAGE, area).get(key, key)
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def tn(key: str, count: int, /, lang: str | None = None, **params: Any) -> str:
    """Translate ``key`` for ``count`` things: its ``.one`` or ``.other`` form.

    Dutch and English both have one singular ("1 wens") and one plural
    ("2 wensen", "0 wensen"). ``count`` is passed on as a placeholder too.
    """
    form = "one" if count == 1 else "other"
    return t(f"{key}.{form}", lang=lang, count=count, **params)


def has(key: str, lang: str | None = None) -> bool:
    return key in _area(lang or _current, key.partition(".")[0])
