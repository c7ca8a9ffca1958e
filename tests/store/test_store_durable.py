"""The saver's sequence numbers: "durable >= n", group commit, failure."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from cocreatie.live.durable import DurableWaiter, NotSavedError
from cocreatie.store import AutoSaver


def test_wait_durable_and_group_commit() -> None:
    gate, started = threading.Event(), threading.Event()
    saved: list[int] = []

    def slow_save(snapshot: dict[str, Any]) -> None:
        started.set()
        gate.wait(5)
        saved.append(snapshot["n"])

    saver = AutoSaver(slow_save)
    try:
        first = saver.submit({"n": 1})
        assert started.wait(5)
        # While the first save waits on the "disk", three more arrive...
        later = [saver.submit({"n": n}) for n in (2, 3, 4)]
        assert later == [first + 1, first + 2, first + 3]
        assert not saver.wait_durable(later[-1], timeout=0.05)
        gate.set()
        assert saver.wait_durable(later[-1], timeout=5)
        # ...and share one save: only the newest snapshot is written.
        assert saved == [1, 4]
        assert saver.durable == later[-1]
    finally:
        saver.close(5)


def test_wait_durable_says_false_when_the_save_failed() -> None:
    def broken(snapshot: dict[str, Any]) -> None:
        raise OSError(28, "No space left on device")

    saver = AutoSaver(broken, retry_interval=60)
    try:
        seq = saver.submit({"n": 1})
        assert not saver.wait_durable(seq, timeout=5)
        assert saver.failed == seq and saver.durable == 0
    finally:
        saver.close(0.1)


class _Live:
    """Just what DurableWaiter needs of a LiveSession."""

    def __init__(self, saver: AutoSaver) -> None:
        self.saver = saver
        self.listeners: list[Any] = []

    def watch_saves(self, listener: Any) -> Any:
        self.listeners.append(listener)
        return lambda: self.listeners.remove(listener)

    def tell(self) -> None:
        for listener in self.listeners:
            listener(self.saver.durable, self.saver.failed)


async def test_waiter_wakes_every_request_sharing_a_save() -> None:
    fail = threading.Event()

    def save(snapshot: dict[str, Any]) -> None:
        if fail.is_set():
            raise OSError(5, "I/O error")

    live: _Live
    saver = AutoSaver(save, on_durable=lambda _s: live.tell(), on_error=lambda _e: live.tell())
    live = _Live(saver)
    waiter = DurableWaiter(live, asyncio.get_running_loop())  # type: ignore[arg-type]
    try:
        seqs = [saver.submit({"n": n}) for n in range(20)]
        await asyncio.gather(*(waiter.wait(s, 5) for s in seqs))
        fail.set()
        doomed = saver.submit({"n": 99})
        with pytest.raises(NotSavedError):
            await waiter.wait(doomed, 5)
    finally:
        waiter.close()
        saver.close(0.1)
