"""atomic_write_bytes: the old file survives every failure, no temp is left."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cocreatie.store import atomic
from cocreatie.store.atomic import atomic_write_bytes, remove_stale_temps

ORIGINAL = b'{"woorden": "die we niet kwijt willen"}'


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "sessie.json"
    path.write_bytes(ORIGINAL)
    return path


def _only_target_left(path: Path) -> None:
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def _failing(exc: BaseException) -> Callable[..., Any]:
    def fail(*args: object, **kwargs: object) -> Any:
        raise exc

    return fail


def test_writes_new_content_private(target: Path) -> None:
    old_umask = os.umask(0)  # the mode must not depend on a permissive umask
    try:
        atomic_write_bytes(target, b"nieuw")
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == b"nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    _only_target_left(target)


def test_creates_missing_file_private(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.json"
    atomic_write_bytes(path, b"{}")
    assert path.read_bytes() == b"{}"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "name, exc",
    [
        ("write", OSError(errno.ENOSPC, "No space left on device")),
        ("fsync", OSError(errno.EIO, "Input/output error")),
        ("replace", OSError(errno.EIO, "Input/output error")),
        ("write", KeyboardInterrupt()),
    ],
)
def test_failure_keeps_original_and_removes_temp(
    target: Path, monkeypatch: pytest.MonkeyPatch, name: str, exc: BaseException
) -> None:
    monkeypatch.setattr(atomic.os, name, _failing(exc))
    with pytest.raises(type(exc)):
        atomic_write_bytes(target, b"half written " * 1000)
    monkeypatch.undo()
    assert target.read_bytes() == ORIGINAL
    _only_target_left(target)


def test_short_writes_are_completed(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def dribble(fd: int, data: bytes | memoryview) -> int:
        return real_write(fd, bytes(data[:7]))

    monkeypatch.setattr(atomic.os, "write", dribble)
    payload = b"x" * 100 + b"einde"
    atomic_write_bytes(target, payload)
    monkeypatch.undo()
    assert target.read_bytes() == payload


def test_replace_retries_transient_permission_errors(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace
    calls: list[int] = []

    def flaky(src: Path, dst: Path) -> None:
        calls.append(1)
        if len(calls) < 3:  # a virus scanner holds the file twice
            raise PermissionError(errno.EACCES, "Access is denied")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", flaky)
    monkeypatch.setattr(atomic.time, "sleep", lambda _s: None)
    atomic_write_bytes(target, b"toch gelukt")
    assert len(calls) == 3
    assert target.read_bytes() == b"toch gelukt"
    _only_target_left(target)


def test_replace_gives_up_after_a_few_attempts(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def busy(src: Path, dst: Path) -> None:
        calls.append(1)
        raise OSError(errno.EBUSY, "Device or resource busy")

    monkeypatch.setattr(atomic.os, "replace", busy)
    monkeypatch.setattr(atomic.time, "sleep", lambda _s: None)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"nee")
    monkeypatch.undo()
    assert 1 < len(calls) <= 10
    assert target.read_bytes() == ORIGINAL
    _only_target_left(target)


def test_non_transient_replace_error_is_not_retried(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def broken(src: Path, dst: Path) -> None:
        calls.append(1)
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "replace", broken)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"nee")
    assert len(calls) == 1


def test_remove_stale_temps_only_touches_this_files_temps(tmp_path: Path) -> None:
    target = tmp_path / "abc123.json"
    stale = tmp_path / ".abc123.json.deadbeef0000.tmp"
    other_session_temp = tmp_path / ".xyz789.json.deadbeef0000.tmp"
    for path in (target, stale, other_session_temp):
        path.write_bytes(b"{}")
    assert remove_stale_temps(target) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, other_session_temp.name]
    )
