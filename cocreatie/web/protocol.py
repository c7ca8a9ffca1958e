"""uvicorn's HTTP/1.1 protocol with a deadline for a request's headers.

uvicorn closes a connection that idles between requests (keep-alive), but
not one that opens and then sends its headers a byte at a time: a few of
those would hold every connection slot. This closes a connection whose
request line and headers are not complete ``header_timeout`` seconds after
it opened, or after the first bytes of a later request arrived. The body
has its own deadline (``web.forms``).

The deadline is not armed when a response completes: between requests the
connection is idle, and idling is the keep-alive timeout's business alone.
Armed there, it would close a kept-alive connection before the keep-alive
said so, and a phone reusing it at that moment would lose its request.
"""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.h11_impl import H11Protocol


class TimedH11Protocol(H11Protocol):
    header_timeout: float = 10.0
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        # The first bytes after an idle spell start a request: its clock runs.
        if self._deadline is None and not self._in_request():
            self._arm()
        super().data_received(data)

    def handle_events(self) -> None:
        super().handle_events()
        if self._in_request():
            self._disarm()

    def _in_request(self) -> bool:
        return self.cycle is not None and not self.cycle.response_complete

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.header_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if not self._in_request() and not self.transport.is_closing():
            self.transport.close()
