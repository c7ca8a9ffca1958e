"""Wait on an event loop until a change is on disk.

A phone hears "ontvangen" only once its change is durable: the handler
submits the record (``LiveSession.submit`` gives a sequence number) and
awaits ``DurableWaiter.wait(seq)``. No thread waits per request: the
saver's thread tells the loop after each save, and the loop settles every
waiter whose snapshot (or a later one) reached the disk, so sixty phones
sharing one fsync cost one wake-up.
"""

from __future__ import annotations

import asyncio
import logging

from cocreatie.live.session import LiveSession

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 10.0


class NotSavedError(Exception):
    """The change could not be saved (yet): do not acknowledge it."""


class DurableWaiter:
    def __init__(self, live: LiveSession, loop: asyncio.AbstractEventLoop) -> None:
        self._live = live
        self._loop = loop
        self._waiting: list[tuple[int, asyncio.Future[None]]] = []
        self._stop = live.watch_saves(self._from_saver)

    async def wait(self, seq: int, timeout: float = DEFAULT_TIMEOUT_S) -> None:
        """Return once snapshot ``seq`` is on disk; ``NotSavedError`` when its
        save failed or took longer than ``timeout`` seconds."""
        saver = self._live.saver
        if saver is None:
            raise NotSavedError("read-only")
        future: asyncio.Future[None] = self._loop.create_future()
        self._waiting.append((seq, future))
        # The save may have finished before the future was in the list.
        self._settle()
        try:
            await asyncio.wait_for(future, timeout)
        except TimeoutError as exc:
            raise NotSavedError("timeout") from exc
        finally:
            self._waiting = [(s, f) for s, f in self._waiting if f is not future]

    def close(self) -> None:
        self._stop()
        for _, future in self._waiting:
            if not future.done():
                future.set_exception(NotSavedError("stopped"))
        self._waiting = []

    def _from_saver(self, durable: int, failed: int) -> None:
        try:
            self._loop.call_soon_threadsafe(self._settle)
        except RuntimeError:
            # The loop is gone (shutting down): nobody is waiting any more.
            log.debug("durable waiter: loop closed")

    def _settle(self) -> None:
        saver = self._live.saver
        if saver is None:
            return
        durable, failed = saver.durable, saver.failed
        for seq, future in self._waiting:
            if future.done():
                continue
            if durable >= seq:
                future.set_result(None)
            elif failed >= seq:
                future.set_exception(NotSavedError(str(saver.last_error)))
