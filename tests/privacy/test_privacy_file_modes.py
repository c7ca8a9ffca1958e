"""Session files, backups, logs and exports: readable by their owner only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cocreatie.export.formats import format_names
from cocreatie.models import Session
from cocreatie.store import SessionRepository
from tests.privacy.conftest import NAME, RunCli


@pytest.fixture(autouse=True)
def _permissive_umask() -> Iterator[None]:
    # Under the usual umask 022, anything not made private on purpose would
    # come out readable for every account on the machine.
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_everything_the_store_writes_is_private(
    tmp_path: Path, cli: RunCli, session: Session
) -> None:
    data_dir = tmp_path / "fresh" / "data"  # created by the program itself
    repo = SessionRepository(data_dir, backup_interval=0)
    with repo.create(session) as opened:
        session.vote(session.wishes[0].id, 1)
        opened.save(session)
    repo.delete(session.id)
    repo.restore_from_trash(session.id)
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    folders = [data_dir, *(p for p in data_dir.rglob("*") if p.is_dir())]
    assert any(".backups" in p.parts for p in files)
    assert {(p.name, _mode(p)) for p in files} == {(p.name, 0o600) for p in files}
    assert {(p.name, _mode(p)) for p in folders} == {(p.name, 0o700) for p in folders}


def test_erase_and_export_keep_files_private(
    cli: RunCli, data_dir: Path, tmp_path: Path, stored: Session
) -> None:
    assert cli("erase", stored.id, NAME)[0] == 0
    for fmt in format_names():
        export = tmp_path / f"plan.{fmt}"
        assert cli("export", stored.id, "--format", fmt, "-o", str(export))[0] == 0
        assert _mode(export) == 0o600, fmt
    for path in data_dir.rglob("*"):
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path
