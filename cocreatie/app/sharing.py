"""The app's share service: hosts for the session screen, and stopping them
all before a session closes or the app quits (after the last acknowledged
submission is on disk: a host's stop lets running requests finish)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from cocreatie.app import loading

if TYPE_CHECKING:
    from cocreatie.live import LiveSession
    from cocreatie.screens.session.share_service import ShareHandle


class AppSharing:
    def __init__(
        self,
        *,
        port: int = 0,
        code: str | None = None,
        addresses: list[tuple[str, str]] | None = None,
    ) -> None:
        # Fixed port, code and addresses only for tests and the benchmark.
        self.port = port
        self.code = code
        self.addresses = addresses
        self.hosts: dict[int, tuple[LiveSession, ShareHandle]] = {}

    async def open(self, live: LiveSession) -> ShareHandle:
        handle_class = await asyncio.to_thread(loading.share_handle)
        handle = handle_class(live, port=self.port, code=self.code)
        self.hosts[id(handle)] = (live, handle)
        return handle

    async def interfaces(self) -> list[tuple[str, str]]:
        if self.addresses is not None:
            return list(self.addresses)
        listing = await asyncio.to_thread(loading.share_interfaces)
        return await asyncio.to_thread(listing)

    async def stop_for(self, live: LiveSession) -> None:
        for key, (owner, handle) in list(self.hosts.items()):
            if owner is live:
                await handle.stop()
                del self.hosts[key]

    async def stop_all(self) -> None:
        for key, (_, handle) in list(self.hosts.items()):
            await handle.stop()
            del self.hosts[key]
