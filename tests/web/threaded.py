"""A shared session served from its own event loop in a thread, for tests
that block (a browser driven by selenium)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

from cocreatie.followup.create import create_session
from cocreatie.live import LiveSession
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import load_template
from cocreatie.web.host import ShareHost

T = TypeVar("T")


class ThreadedShare:
    def __init__(self, data_dir: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        template = load_template("stellingenavond")
        opened = create_session(SessionRepository(data_dir), template, "Proefavond")
        self.live = LiveSession(opened, template)
        self.host = ShareHost(self.live, host="127.0.0.1")
        self.url = self.wait(self.host.start())

    def wait(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(60)

    def on_loop(self, change: Callable[[], T]) -> T:
        async def run() -> T:
            return change()

        return self.wait(run())

    def close(self) -> None:
        try:
            self.wait(self.host.stop())
        finally:
            self.live.close()
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)
