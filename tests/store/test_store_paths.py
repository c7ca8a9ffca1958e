"""Data folder resolution and layout."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from cocreatie.store.paths import (
    ENV_VAR,
    DataLayout,
    ensure_data_dir,
    resolve_data_dir,
    split_stamped_name,
    stamped_name,
    unique_path,
)


def test_cli_value_beats_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"


def test_environment_beats_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"


def test_default_is_sessions_in_the_current_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir(None) == tmp_path / "sessions"
    monkeypatch.setenv(ENV_VAR, "")  # set but empty counts as unset
    assert resolve_data_dir(None) == tmp_path / "sessions"


def test_resolving_touches_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    resolve_data_dir(str(tmp_path / "nog-niet"))
    assert not (tmp_path / "nog-niet").exists()


def test_ensure_creates_private_folders(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        made = ensure_data_dir(tmp_path / "a" / "b")
    finally:
        os.umask(old)
    assert made.is_dir()
    assert (tmp_path / "a").stat().st_mode & 0o777 == 0o700
    assert made.stat().st_mode & 0o777 == 0o700


def test_ensure_leaves_an_existing_folder_alone(tmp_path: Path) -> None:
    own = tmp_path / "Documenten"
    own.mkdir()
    own.chmod(0o755)
    ensure_data_dir(own)
    assert own.stat().st_mode & 0o777 == 0o755


def test_layout(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path)
    assert layout.session_file("7k2mabcd") == tmp_path / "7k2mabcd.json"
    assert layout.lock_file("7k2mabcd") == tmp_path / "7k2mabcd.lock"
    assert layout.backup_dir("7k2mabcd") == tmp_path / ".backups" / "7k2mabcd"
    assert layout.damaged_dir == tmp_path / ".damaged"
    assert layout.trash_dir == tmp_path / ".trash"
    assert layout.logs_dir == tmp_path / "logs"
    assert layout.templates_dir == tmp_path / "templates"


@pytest.mark.parametrize("bad", ["../etc/passwd", "a/b", ".verborgen", "", "AB", "x"])
def test_ids_cannot_escape_the_folder(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        DataLayout(tmp_path).session_file(bad)


def test_session_ids_lists_only_session_files(tmp_path: Path) -> None:
    for name in ["abc123.json", "abc123.lock", ".abc123.json.0a0b.tmp", "notes.txt", "Bad!.json"]:
        (tmp_path / name).write_text("")
    (tmp_path / ".backups").mkdir()
    assert DataLayout(tmp_path).session_ids() == ["abc123"]


def test_stamped_names_round_trip(tmp_path: Path) -> None:
    moment = dt.datetime(2026, 3, 12, 19, 30, 5, 123456, tzinfo=dt.UTC)
    name = stamped_name("ab-cd12", moment)
    assert name == "ab-cd12-20260312T193005123456Z.json"
    assert split_stamped_name(name) == ("ab-cd12", moment)
    (tmp_path / name).write_text("")
    twin = unique_path(tmp_path / name)
    assert twin.name == "ab-cd12-20260312T193005123456Z_1.json"
    assert split_stamped_name(twin.name) == ("ab-cd12", moment)
    assert split_stamped_name("abc123.json") is None
