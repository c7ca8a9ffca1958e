"""Rolling backups: when they are made, how many stay, and that purge leaves nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cocreatie.store import backups as backups_module
from cocreatie.store.atomic import atomic_write_bytes
from cocreatie.store.backups import BackupManager

SESSION = "abc123"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def current(tmp_path: Path) -> Path:
    path = tmp_path / f"{SESSION}.json"
    atomic_write_bytes(path, b"versie 0")
    return path


def _save(manager: BackupManager, path: Path, content: bytes) -> Path | None:
    made = manager.before_replace(SESSION, path)
    atomic_write_bytes(path, content)
    return made


def test_first_replacement_in_a_process_is_always_backed_up(tmp_path: Path, current: Path) -> None:
    manager = BackupManager(tmp_path / ".backups", interval=3600, clock=FakeClock())
    made = _save(manager, current, b"versie 1")
    assert made is not None
    assert made.read_bytes() == b"versie 0"


def test_at_most_one_backup_per_interval(tmp_path: Path, current: Path) -> None:
    clock = FakeClock()
    manager = BackupManager(tmp_path / ".backups", interval=30, clock=clock)
    _save(manager, current, b"versie 1")
    clock.now += 29
    assert _save(manager, current, b"versie 2") is None
    clock.now += 1
    made = _save(manager, current, b"versie 3")
    assert made is not None and made.read_bytes() == b"versie 2"
    assert [p.read_bytes() for p in manager.list_backups(SESSION)] == [b"versie 2", b"versie 0"]


def test_forced_backup_ignores_the_interval(tmp_path: Path, current: Path) -> None:
    manager = BackupManager(tmp_path / ".backups", interval=3600, clock=FakeClock())
    _save(manager, current, b"versie 1")
    made = manager.before_replace(SESSION, current, force=True)
    assert made is not None and made.read_bytes() == b"versie 1"


def test_keeps_the_newest_k_newest_first(tmp_path: Path, current: Path) -> None:
    manager = BackupManager(tmp_path / ".backups", interval=0, keep=3)
    for i in range(1, 8):
        _save(manager, current, f"versie {i}".encode())
    assert [p.read_bytes() for p in manager.list_backups(SESSION)] == [
        b"versie 6",
        b"versie 5",
        b"versie 4",
    ]


def test_backup_is_a_hard_link_to_the_replaced_file(tmp_path: Path, current: Path) -> None:
    manager = BackupManager(tmp_path / ".backups", interval=0)
    old_inode = current.stat().st_ino
    made = _save(manager, current, b"versie 1")
    assert made is not None
    assert made.stat().st_ino == old_inode
    assert made.stat().st_mode & 0o777 == 0o600


def test_falls_back_to_copying_where_links_fail(
    tmp_path: Path, current: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: Path, dst: Path) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(backups_module.os, "link", no_links)
    manager = BackupManager(tmp_path / ".backups", interval=0)
    made = _save(manager, current, b"versie 1")
    assert made is not None
    assert made.read_bytes() == b"versie 0"
    assert made.stat().st_ino != current.stat().st_ino
    assert made.stat().st_mode & 0o777 == 0o600


def test_nothing_to_back_up_before_the_first_write(tmp_path: Path) -> None:
    manager = BackupManager(tmp_path / ".backups", interval=0)
    assert manager.before_replace(SESSION, tmp_path / f"{SESSION}.json") is None
    assert manager.list_backups(SESSION) == []


def test_backup_folders_are_private(tmp_path: Path, current: Path) -> None:
    manager = BackupManager(tmp_path / ".backups", interval=0)
    old = os.umask(0o022)
    try:
        _save(manager, current, b"versie 1")
    finally:
        os.umask(old)
    assert (tmp_path / ".backups").stat().st_mode & 0o777 == 0o700
    assert manager.folder(SESSION).stat().st_mode & 0o777 == 0o700


def test_purge_leaves_no_backup_bytes(tmp_path: Path, current: Path) -> None:
    manager = BackupManager(tmp_path / ".backups", interval=0)
    for i in range(1, 4):
        _save(manager, current, f"versie {i}".encode())
    manager.purge(SESSION)
    assert manager.list_backups(SESSION) == []
    assert not manager.folder(SESSION).exists()
    # The first save after a purge is backed up again (fresh history).
    assert _save(manager, current, b"versie 4") is not None


def test_rejects_ids_that_are_paths(tmp_path: Path) -> None:
    manager = BackupManager(tmp_path / ".backups")
    with pytest.raises(ValueError):
        manager.folder("../elders")


def test_a_run_of_failed_saves_does_not_rotate_the_backups(tmp_path: Path) -> None:
    """Full disk for a while: every retry backs up the unchanged file first.
    Those copies must not push the older, different versions out."""
    from storehelpers import edited, make_session

    from cocreatie.store import DiskFullError, SessionRepository
    from cocreatie.store import atomic as atomic_module

    repo = SessionRepository(tmp_path / "data", backup_interval=0, backup_keep=3)
    session = make_session()
    with repo.create(session) as opened:
        for step in (1, 2, 3):
            session = edited(session, step)
            opened.save(session)
        before = [p.read_bytes() for p in repo.backups.list_backups(session.id)]
        assert len(set(before)) == 3

        def full(fd: int, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(atomic_module.os, "write", full)
            for attempt in range(10):
                with pytest.raises(DiskFullError):
                    opened.save(edited(session, 10 + attempt))

        after = [p.read_bytes() for p in repo.backups.list_backups(session.id)]
        assert after == before
        # Space frees: the next save rotates as usual, one version at a time.
        opened.save(edited(session, 20))
    rotated = [p.read_bytes() for p in repo.backups.list_backups(session.id)]
    assert rotated[1:] == before[:2]
    assert len(set(rotated)) == 3
