"""What every request handler shares: the live session and the sharing's
secrets, limits and listeners. One per ``ShareHost``; lives on the loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from cocreatie.live import LiveSession
from cocreatie.live.durable import DurableWaiter
from cocreatie.web.codes import FormTokens
from cocreatie.web.limits import Limits, RateLimiter
from cocreatie.web.pages import Pages

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PhoneChange:
    """What a phone changed, for the facilitator's screen.

    ``kind``: "join", "contribution", "wish", "dots", "statements" or
    "closing"; ``item_id`` is the new or changed item where there is one.
    """

    kind: str
    participant_id: str
    item_id: str = ""
    new: bool = True


@dataclass
class ShareState:
    live: LiveSession
    code: str
    pages: Pages
    limits: Limits
    waiter: DurableWaiter
    tokens: FormTokens
    rate: RateLimiter
    paused: bool = False
    listeners: list[Callable[[PhoneChange], object]] = field(default_factory=list)
    _pending: asyncio.Future[int] | None = None

    def announce(self, change: PhoneChange) -> None:
        for listener in list(self.listeners):
            try:
                listener(change)
            except Exception:
                # The facilitator's screen failing to show it must not undo
                # an acknowledged submission.
                log.exception("share listener failed")

    async def make_durable(self) -> None:
        """Save the record as it is now and return once it is on disk.

        Requests that arrive in the same turn of the loop share one
        snapshot (one dump of the record), and the saver writes the newest
        one it has, so under load many phones share one fsync.
        """
        pending = self._pending
        if pending is None:
            loop = asyncio.get_running_loop()
            pending = self._pending = loop.create_future()
            loop.call_soon(self._submit)
        seq = await asyncio.shield(pending)
        await self.waiter.wait(seq, self.limits.save_timeout_s)

    def _submit(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None:
            return
        try:
            pending.set_result(self.live.submit())
        except Exception as exc:
            pending.set_exception(exc)
