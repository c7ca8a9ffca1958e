"""The app-wide settings file: atomic, forgiving when missing or damaged."""

from __future__ import annotations

from pathlib import Path

from cocreatie.store.paths import DataLayout
from cocreatie.store.settings import Settings, read_settings, settings_file, write_settings


def test_settings_round_trip_and_the_folder_listing_ignores_them(tmp_path: Path) -> None:
    assert read_settings(tmp_path) == Settings()
    write_settings(tmp_path, Settings(theme="cocreatie-contrast"))
    assert read_settings(tmp_path) == Settings(theme="cocreatie-contrast")
    assert [p.name for p in tmp_path.iterdir()] == ["instellingen.toml"]  # no temp left
    assert DataLayout(tmp_path).session_ids() == []


def test_a_damaged_settings_file_means_the_defaults(tmp_path: Path) -> None:
    settings_file(tmp_path).write_bytes(b"theme = [\xff")
    assert read_settings(tmp_path) == Settings()
    settings_file(tmp_path).write_text("theme = 3\n", encoding="utf-8")
    assert read_settings(tmp_path) == Settings()
