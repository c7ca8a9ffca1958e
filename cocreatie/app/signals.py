"""Save and exit on SIGTERM (kill, logout) and SIGHUP (terminal closed).

Textual leaves both to the default, which dies without saving. Where the
platform has no such signals (Windows) or the loop runs outside the main
thread, nothing is installed and the app works as before.

After the event loop has stopped, the app still saves (closing the session
waits for the disk). A second signal then must not kill the process half
way through that save: inside ``held()`` (the real program, around
``App.run``) such signals are noted and ignored until the save is done.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

log = logging.getLogger(__name__)

# Windows has no SIGHUP.
SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s)

_holding = False


def install(handler: Callable[[int], None]) -> None:
    """Call ``handler(signum)`` on the running loop when a signal arrives."""
    loop = asyncio.get_running_loop()
    for signum in SIGNALS:
        # Not the main thread, or a platform without these signals: skip.
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, handler, signum)


def remove() -> None:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    for signum in SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            if loop.remove_signal_handler(signum) and _holding:
                signal.signal(signum, _already_ending)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """While the app runs and saves at the end, a terminating signal that
    comes after the loop's handlers are gone does not kill the process."""
    global _holding
    before: dict[int, Any] = {}
    for signum in SIGNALS:
        with contextlib.suppress(ValueError):  # not the main thread
            before[signum] = signal.getsignal(signum)
    _holding = True
    try:
        yield
    finally:
        _holding = False
        for signum, handler in before.items():
            signal.signal(signum, handler)


def _already_ending(signum: int, frame: FrameType | None) -> None:
    # The app is saving on its way out; it exits as soon as that is done.
    log.info("signal %s while closing: finishing the save first", signum)
