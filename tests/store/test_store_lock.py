"""Lock files exist only while a session is open, and removing them is safe."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from filelock import FileLock
from storehelpers import make_session

from cocreatie.store import SessionLockedError, SessionRepository
from cocreatie.store.lock import SessionLock, _descriptor

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def _locks(repo: SessionRepository) -> list[str]:
    return sorted(p.name for p in repo.data_dir.glob("*.lock"))


def test_closing_a_session_removes_its_lock_file(repo: SessionRepository) -> None:
    session = make_session()
    with repo.create(session):
        assert _locks(repo) == [f"{session.id}.lock"]
    assert _locks(repo) == []
    with repo.open(session.id):
        assert _locks(repo) == [f"{session.id}.lock"]
    assert _locks(repo) == []


def test_delete_and_erase_leave_no_lock_file(repo: SessionRepository) -> None:
    kept, erased = make_session("Blijft"), make_session("Gaat weg")
    repo.create(kept).close()
    repo.create(erased).close()
    repo.delete(kept.id)
    repo.erase(erased.id)
    assert _locks(repo) == []


def test_a_lock_file_left_by_a_crash_is_no_lock(repo: SessionRepository) -> None:
    session = make_session()
    repo.create(session).close()
    stale = repo.layout.lock_file(session.id)
    stale.touch()  # what a kill -9 leaves behind: a file nobody locks
    with repo.open(session.id) as opened:
        assert not opened.read_only
    assert not stale.exists()


def test_read_only_says_not_open_elsewhere_when_nobody_has_it(repo: SessionRepository) -> None:
    session = make_session()
    repo.create(session).close()
    assert repo.open_elsewhere(session.id) is False
    with repo.open(session.id, read_only=True):
        assert _locks(repo) == []  # read-only takes no lock
    # A stale file from a crash does not count as "open elsewhere" either.
    repo.layout.lock_file(session.id).touch()
    assert repo.open_elsewhere(session.id[:4]) is False
    assert _locks(repo) == []
    with repo.open(session.id):
        # Any other open, even one in this process, is another window.
        assert repo.open_elsewhere(session.id) is True


@needs_fork
def test_read_only_says_open_elsewhere_when_another_process_has_it(
    repo: SessionRepository,
) -> None:
    session = make_session()
    repo.create(session).close()
    ready_r, ready_w = os.pipe()
    hold_r, hold_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            opened = repo.open(session.id)
            os.write(ready_w, b"!")
            os.read(hold_r, 1)  # hold the session until killed
            opened.close()
            code = 0
        finally:
            os._exit(code)
    os.close(ready_w)
    os.close(hold_r)
    try:
        assert os.read(ready_r, 1) == b"!"
        assert repo.open_elsewhere(session.id) is True
        with pytest.raises(SessionLockedError):
            repo.open(session.id)
        # The viewer's question took nothing away from the holder.
        assert _locks(repo) == [f"{session.id}.lock"]
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(ready_r)
        os.close(hold_w)


def test_filelock_still_exposes_the_descriptor_the_safety_check_needs(tmp_path: Path) -> None:
    """``SessionLock`` reads filelock's private descriptor to check that the
    file it locked is still the one at the name; this fails if filelock
    moves it, so the check never silently turns itself off."""
    lock = FileLock(tmp_path / "x.lock", timeout=0, thread_local=False)
    lock.acquire()
    try:
        fd = _descriptor(lock)
        assert fd is not None
        assert os.path.samestat(os.fstat(fd), os.stat(tmp_path / "x.lock"))
    finally:
        lock.release(force=True)


@pytest.mark.skipif(os.name == "nt", reason="POSIX order: removed while held")
def test_release_never_removes_a_lock_file_that_is_not_its_own(tmp_path: Path) -> None:
    path = tmp_path / "s1.lock"
    lock = SessionLock(path, "s1").acquire()
    # Someone else's file now has the name (as after a holder's removal and
    # a newcomer's create): this lock no longer guards the name.
    path.unlink()
    path.write_bytes(b"")
    assert not lock._still_at_path()
    lock.release()
    assert path.exists()
    assert not lock.is_held


@pytest.mark.skipif(os.name == "nt", reason="POSIX order: removed while held")
def test_a_lock_on_a_removed_file_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race the removal order guards against: the file was opened just
    before its holder removed it. Locking that orphan must not count."""
    path = tmp_path / "s1.lock"
    lock = SessionLock(path, "s1")
    real_acquire = lock._lock.acquire
    swaps = []

    def acquire_then_lose_the_name(*args: object, **kwargs: object) -> object:
        result = real_acquire(*args, **kwargs)
        if not swaps:  # the first time only: the holder's removal lands now
            swaps.append(True)
            path.unlink()
        return result

    monkeypatch.setattr(lock._lock, "acquire", acquire_then_lose_the_name)
    lock.acquire()
    try:
        assert swaps == [True]
        fd = _descriptor(lock._lock)
        assert fd is not None
        assert os.path.samestat(os.fstat(fd), os.stat(path))
    finally:
        lock.release()
    assert not path.exists()
