"""AutoSaver: never blocks the caller, keeps only the latest, reports, flushes.

Threads are coordinated with events, not sleeps, so the tests assert order,
not timing; the generous timeouts only stop a broken build from hanging.
"""

from __future__ import annotations

import datetime as dt
import errno
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from storehelpers import edited, make_session, stored_record

from cocreatie.store import AutoSaver, DiskFullError, SessionRepository, atomic
from cocreatie.store.autosave import Snapshot

GUARD_S = 10.0


class Disk:
    """A save_fn that can be held (a slow disk) or made to fail (a full one)."""

    def __init__(self) -> None:
        self.saved: list[int] = []
        self.started = threading.Event()
        self.release = threading.Event()
        self.release.set()
        self.failures_left = 0
        self.attempts = 0

    def save(self, snapshot: Snapshot) -> None:
        self.attempts += 1
        self.started.set()
        assert self.release.wait(GUARD_S), "test never released the disk"
        if self.failures_left:
            self.failures_left -= 1
            raise DiskFullError(Path("sessie.json"))
        self.saved.append(snapshot["n"])


@pytest.fixture
def disk() -> Disk:
    return Disk()


@pytest.fixture
def saver_factory() -> Iterator[Any]:
    made: list[AutoSaver] = []

    def make(disk: Disk, **kwargs: Any) -> AutoSaver:
        saver = AutoSaver(disk.save, **kwargs)
        made.append(saver)
        return saver

    yield make
    for saver in made:
        saver.close(GUARD_S)


def test_submit_returns_while_a_slow_save_is_running(disk: Disk, saver_factory: Any) -> None:
    saver = saver_factory(disk)
    disk.release.clear()  # the disk is slow: the first save hangs
    saver.submit({"n": 1})
    assert disk.started.wait(GUARD_S)

    done = threading.Event()

    def editing() -> None:
        for n in range(2, 50):
            saver.submit({"n": n})
        done.set()

    typist = threading.Thread(target=editing)
    typist.start()
    assert done.wait(GUARD_S), "submit blocked behind the slow save"
    assert disk.saved == []  # still inside the first save
    assert saver.has_unsaved
    disk.release.set()
    assert saver.flush(GUARD_S)
    typist.join()
    # Coalesced: the running save, then only the newest snapshot.
    assert disk.saved == [1, 49]
    assert not saver.has_unsaved


def test_flush_waits_for_everything_submitted(disk: Disk, saver_factory: Any) -> None:
    saver = saver_factory(disk)
    for n in range(1, 6):
        saver.submit({"n": n})
    assert saver.flush(GUARD_S)
    assert disk.saved[-1] == 5
    assert saver.flush(GUARD_S)  # nothing pending: returns at once


def test_on_saved_reports_an_aware_timestamp(disk: Disk, saver_factory: Any) -> None:
    stamps: list[dt.datetime] = []
    saver = saver_factory(disk, on_saved=stamps.append)
    saver.submit({"n": 1})
    assert saver.flush(GUARD_S)
    assert len(stamps) == 1 and stamps[0].tzinfo is not None
    assert saver.last_saved == stamps[0]


class Errors:
    """on_error collector that tests can wait on (callbacks run on the worker)."""

    def __init__(self) -> None:
        self.seen: list[Exception] = []
        self._cond = threading.Condition()

    def __call__(self, exc: Exception) -> None:
        with self._cond:
            self.seen.append(exc)
            self._cond.notify_all()

    def wait_for(self, count: int) -> None:
        with self._cond:
            assert self._cond.wait_for(lambda: len(self.seen) >= count, GUARD_S)


def test_error_is_reported_and_flush_retries_once_space_frees(
    disk: Disk, saver_factory: Any
) -> None:
    errors = Errors()
    saver = saver_factory(disk, on_error=errors, retry_interval=3600)
    disk.failures_left = 2
    saver.submit({"n": 1})
    errors.wait_for(1)
    assert isinstance(errors.seen[0], DiskFullError)
    assert isinstance(saver.last_error, DiskFullError)
    assert saver.has_unsaved
    assert not saver.flush(GUARD_S)  # flush retries at once; the disk is still full
    errors.wait_for(2)
    # Space frees: the kept snapshot is written without a new submit.
    assert saver.flush(GUARD_S)
    assert disk.saved == [1]
    assert saver.last_error is None
    assert not saver.has_unsaved


def test_failed_snapshot_is_retried_automatically(disk: Disk, saver_factory: Any) -> None:
    saved = threading.Event()
    saver = saver_factory(disk, on_saved=lambda _t: saved.set(), retry_interval=0.01)
    disk.failures_left = 3
    saver.submit({"n": 1})
    assert saved.wait(GUARD_S)
    assert disk.saved == [1]
    assert disk.attempts == 4


def test_newer_snapshot_replaces_a_failed_one(disk: Disk, saver_factory: Any) -> None:
    errors = Errors()
    saver = saver_factory(disk, on_error=errors, retry_interval=3600)
    disk.failures_left = 1
    saver.submit({"n": 1})
    errors.wait_for(1)
    saver.submit({"n": 2})
    assert saver.flush(GUARD_S)
    assert disk.saved == [2]


def test_a_broken_callback_does_not_stop_saving(disk: Disk, saver_factory: Any) -> None:
    def broken(_moment: dt.datetime) -> None:
        raise RuntimeError("UI gone")

    saver = saver_factory(disk, on_saved=broken)
    saver.submit({"n": 1})
    assert saver.flush(GUARD_S)
    saver.submit({"n": 2})
    assert saver.flush(GUARD_S)
    assert disk.saved == [1, 2]


def test_close_flushes_and_then_refuses_work(disk: Disk) -> None:
    saver = AutoSaver(disk.save)
    saver.submit({"n": 1})
    assert saver.close(GUARD_S)
    assert disk.saved == [1]
    with pytest.raises(RuntimeError):
        saver.submit({"n": 2})


def test_flush_times_out_on_a_hung_disk(disk: Disk, saver_factory: Any) -> None:
    saver = saver_factory(disk)
    disk.release.clear()
    saver.submit({"n": 1})
    assert disk.started.wait(GUARD_S)
    assert not saver.flush(0.05)
    disk.release.set()
    assert saver.flush(GUARD_S)


def test_works_with_a_real_open_session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = SessionRepository(tmp_path / "data")
    session = make_session()
    errors = Errors()
    with repo.create(session) as opened:
        saver = AutoSaver(opened.save_snapshot, on_error=errors, retry_interval=3600)
        try:

            def full(fd: int, data: bytes) -> int:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(atomic.os, "write", full)
            saver.submit(edited(session, 1).model_dump(mode="json"))
            assert not saver.flush(GUARD_S)
            errors.wait_for(1)
            assert isinstance(errors.seen[0], DiskFullError)
            monkeypatch.undo()
            saver.submit(edited(session, 2).model_dump(mode="json"))
            assert saver.flush(GUARD_S)
        finally:
            saver.close(GUARD_S)
        assert opened.session.progress.current_step == 2
    assert stored_record(repo.layout.session_file(session.id))["progress"]["current_step"] == 2


def test_close_from_a_callback_does_not_deadlock(disk: Disk) -> None:
    closed = threading.Event()
    results: list[bool] = []

    def close_now(_moment: dt.datetime) -> None:
        results.append(saver.close(GUARD_S))
        closed.set()

    saver = AutoSaver(disk.save, on_saved=close_now)
    saver.submit({"n": 1})
    assert closed.wait(GUARD_S)
    assert results == [True]  # nothing was left unsaved
    assert disk.saved == [1]
    with pytest.raises(RuntimeError):
        saver.submit({"n": 2})
