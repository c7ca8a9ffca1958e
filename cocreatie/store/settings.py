"""App-wide choices that outlive a session, in a small file in the data folder.

Today that is the theme. The file is TOML (``instellingen.toml``), not
JSON, so the folder's session listing never mistakes it for a session. A
missing or damaged file means the defaults: a choice of looks is never a
reason to refuse to start. Writing goes through ``atomic_write_bytes``;
callers in the TUI run it in a worker thread.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from cocreatie.store.atomic import atomic_write_bytes

SETTINGS_NAME = "instellingen.toml"


@dataclass(frozen=True)
class Settings:
    theme: str | None = None


def settings_file(data_dir: Path) -> Path:
    return data_dir / SETTINGS_NAME


def read_settings(data_dir: Path) -> Settings:
    """The saved settings; the defaults if there are none or they are damaged."""
    try:
        data = tomllib.loads(settings_file(data_dir).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Settings()
    theme = data.get("theme")
    return Settings(theme=theme if isinstance(theme, str) else None)


def write_settings(data_dir: Path, settings: Settings) -> None:
    """Replace the settings file atomically; an OSError is the caller's to report."""
    lines = ["# cocreatie: app-wide settings (written by the app)"]
    if settings.theme is not None:
        # A JSON string of plain text is a valid TOML basic string.
        lines.append(f"theme = {json.dumps(settings.theme)}")
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(settings_file(data_dir), ("\n".join(lines) + "\n").encode("utf-8"))
