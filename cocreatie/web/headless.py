"""``cocreatie share --no-ui``: serve the phones without the TUI.

The same ``ShareHost`` the TUI uses, on ``asyncio.run``'s loop. The first
line of stdout is the participants' address (flushed at once, so a script
or a test can read it); SIGTERM SIGINT (or SIGHUP, a closed terminal) stops the server, after which
the caller saves and closes the session.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Iterator
from typing import TextIO

from cocreatie.live import LiveSession
from cocreatie.web.host import ShareHost
from cocreatie.web.limits import Limits


async def serve(
    live: LiveSession,
    *,
    host: str | None,
    port: int,
    code: str | None,
    out: TextIO,
    limits: Limits | None = None,
) -> None:
    share = ShareHost(live, host=host, port=port, code=code, limits=limits)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    # Handlers first: a signal right after the address is printed must
    # already stop the server the orderly way.
    with _stop_on_signals(loop, stop):
        url = await share.start()
        print(url, file=out, flush=True)
        await stop.wait()
    await share.stop()


@contextlib.contextmanager
def _stop_on_signals(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> Iterator[None]:
    wanted = [signal.SIGINT, signal.SIGTERM]
    if sys.platform != "win32":
        # A closed terminal stops the server the same orderly way.
        wanted.append(signal.SIGHUP)
        for sig in wanted:
            loop.add_signal_handler(sig, stop.set)
        try:
            yield
        finally:
            for sig in wanted:
                loop.remove_signal_handler(sig)
        return
    # Windows has no loop signal handlers: a plain handler hands over to the loop.
    previous = {sig: signal.getsignal(sig) for sig in wanted}
    for sig in wanted:
        signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
