"""Real processes: kill -9 during saves, and two processes on one session.

Children are forked (everything is imported already, so a fork costs about a
millisecond) and always leave through ``os._exit`` so they never run pytest's
own teardown.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from storehelpers import edited, make_session

from cocreatie.store import SessionLockedError, SessionRepository

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")

KILLS = 200
ACK = 8  # bytes per acknowledgement: the saved step, little-endian
FAILED = 2**64 - 1  # a child that could not run reports this instead
GUARD_S = 10.0


def _fork(child: Callable[[], None]) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 0
        try:
            child()
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    return pid


def _read_acks(fd: int, wait_for_first: bool) -> list[int]:
    """All acknowledgements in the pipe (the writer is dead or must send one)."""
    data = b""
    if wait_for_first:
        ready, _, _ = select.select([fd], [], [], GUARD_S)
        assert ready, "writer never acknowledged a save"
        while len(data) < ACK:
            chunk = os.read(fd, ACK - len(data))
            assert chunk, "writer died before its first acknowledgement"
            data += chunk
        return [int.from_bytes(data, "little")]
    while chunk := os.read(fd, 65536):
        data += chunk
    # A kill cannot split an 8-byte pipe write (writes up to PIPE_BUF are atomic).
    assert len(data) % ACK == 0
    return [int.from_bytes(data[i : i + ACK], "little") for i in range(0, len(data), ACK)]


def _writer(data_dir: Path, session_id: str, ack_fd: int) -> None:
    """Save continuously; acknowledge each save only after save() returned."""
    try:
        repo = SessionRepository(data_dir)
        opened = repo.open(session_id)
        session = opened.session
        step = session.progress.current_step
    except BaseException:
        os.write(ack_fd, FAILED.to_bytes(ACK, "little"))
        raise
    while True:
        step += 1
        # In-place edits (validated by assignment) keep the child's time in
        # save() itself, where the kills should land.
        session.progress.current_step = step
        session.wishes[0].text = f"versie {step}: {rng_text(step)}"
        opened.save(session)
        os.write(ack_fd, step.to_bytes(ACK, "little"))


def rng_text(step: int) -> str:
    return "nog een woord " * (step % 7)


@pytest.mark.slow
def test_kill_9_never_loses_an_acknowledged_save(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "little")
    rng = random.Random(seed)
    repo = SessionRepository(tmp_path / "data")
    # Big enough that a kill regularly lands inside a write.
    session = make_session("Nachtronde", wishes=150)
    repo.create(session).close()

    acknowledged = 0
    after_an_ack = 0
    unacknowledged_landed = 0
    killed_mid_write = 0
    for kill in range(KILLS):
        read_fd, write_fd = os.pipe()
        pid = _fork(lambda w=write_fd: _writer(repo.data_dir, session.id, w))
        os.close(write_fd)
        # Mostly kill mid-stream of saves; sometimes while the child is
        # still starting up or opening the session.
        waited = rng.random() < 0.8
        acks = _read_acks(read_fd, wait_for_first=True) if waited else []
        time.sleep(rng.uniform(0, 0.004))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        acks += _read_acks(read_fd, wait_for_first=False)
        os.close(read_fd)
        context = f"kill {kill}, seed {seed}, acks {acks[-3:]}"
        assert FAILED not in acks, f"writer could not open the session ({context})"
        assert os.WIFSIGNALED(status), context
        if acks:
            after_an_ack += 1
            acknowledged = max(acknowledged, acks[-1])

        path = repo.layout.session_file(session.id)
        killed_mid_write += any(path.parent.glob(f".{path.name}.*.tmp"))
        # The lock died with the writer; the file loads, undamaged.
        with repo.open(session.id) as opened:
            assert opened.notice is None, context
            on_disk = opened.session.progress.current_step
            first_wish = opened.session.wishes[0].text
        assert on_disk >= acknowledged, context
        # At most the one save in flight when the kill came, never garbage.
        assert on_disk <= acknowledged + 1, context
        assert first_wish.startswith(f"versie {on_disk}:") or on_disk == 0, context
        unacknowledged_landed += on_disk > acknowledged
        acknowledged = on_disk

    assert after_an_ack >= KILLS // 2  # the kills really hit a saving writer
    print(
        f"\n{KILLS} kills (seed {seed}): {after_an_ack} after acknowledged saves, "
        f"{killed_mid_write} inside a write (temp file left), "
        f"{unacknowledged_landed} with a save that landed but was not yet acknowledged",
        file=sys.stderr,
    )


def test_second_process_is_refused_reads_and_gets_the_lock_after_a_kill(
    tmp_path: Path,
) -> None:
    repo = SessionRepository(tmp_path / "data")
    session = make_session("Op twee laptops")
    repo.create(session).close()
    ready_r, ready_w = os.pipe()
    hold_r, hold_w = os.pipe()

    def holder() -> None:
        opened = repo.open(session.id)
        opened.save(edited(opened.session, 1))
        os.write(ready_w, b"!")
        os.read(hold_r, 1)  # hold the session until killed

    pid = _fork(holder)
    os.close(ready_w)
    os.close(hold_r)
    try:
        assert os.read(ready_r, 1) == b"!", "holder failed to open the session"
        with pytest.raises(SessionLockedError) as info:
            repo.open(session.id)
        assert info.value.session_id == session.id
        assert info.value.path == repo.layout.lock_file(session.id)
        with repo.open(session.id, read_only=True) as reader:
            assert reader.read_only
            assert reader.session.progress.current_step == 1
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(ready_r)
        os.close(hold_w)
    with repo.open(session.id) as opened:
        assert not opened.read_only
        assert opened.session.progress.current_step == 1
