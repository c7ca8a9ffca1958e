"""How much a phone may send, and how fast.

The text limits are the model's (``models.text``); these guard the server
itself: a capped body, a deadline for reading it, and a budget of
submissions per device per minute.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    # The largest form (twelve statements and a remark) is well under this.
    max_body_bytes: int = 16 * 1024
    # A client that takes longer to send its headers, or its form, is cut off.
    header_timeout_s: float = 10.0
    body_timeout_s: float = 10.0
    # POSTs per device per minute; a person taps far fewer.
    per_minute: int = 40
    # How long an "ontvangen" may wait for the disk before saying it failed.
    save_timeout_s: float = 10.0
    # Connections at once; beyond that uvicorn answers 503.
    max_connections: int = 400
    # An idle connection is closed after this. It must outlast a client's
    # own idle limit (httpx's is 5 s, as this was): when both are equal, a
    # client can reuse the connection just as the server closes it, and that
    # request fails (tests/web/test_web_connections.py).
    keep_alive_s: int = 20


# Devices remembered before the quiet ones are forgotten: a stream of
# made-up cookies must not grow the table without end.
MAX_TRACKED = 5000


class RateLimiter:
    """A sliding one-minute window per device."""

    def __init__(self, per_minute: int) -> None:
        self._per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}

    def allow(self, device: str, now: float | None = None) -> bool:
        moment = time.monotonic() if now is None else now
        if device not in self._seen and len(self._seen) >= MAX_TRACKED:
            self._forget_quiet(moment)
        times = self._seen.setdefault(device, deque())
        while times and moment - times[0] >= 60.0:
            times.popleft()
        if len(times) >= self._per_minute:
            return False
        times.append(moment)
        return True

    def _forget_quiet(self, moment: float) -> None:
        quiet = [d for d, times in self._seen.items() if not times or moment - times[-1] >= 60.0]
        for device in quiet:
            del self._seen[device]

    @property
    def tracked(self) -> int:
        return len(self._seen)
