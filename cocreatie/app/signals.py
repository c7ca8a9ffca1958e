"""Save and exit on SIGTERM (kill, logout) and SIGHUP (terminal closed).

Textual leaves both to the default, which dies without saving. Where the
platform has no such signals (Windows) or the loop runs outside the main
thread, nothing is installed and the app works as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable

# Windows has no SIGHUP.
SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s)


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
            loop.remove_signal_handler(signum)
