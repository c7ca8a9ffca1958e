"""The web layer's ``ShareHost`` as the session screen's ``ShareHandle``.

Imported through ``cocreatie.app.loading`` the first time the facilitator
starts sharing (in a thread: Starlette and uvicorn take a moment to load).
"""

from __future__ import annotations

from collections.abc import Callable

import ifaddr

from cocreatie.live import LiveSession
from cocreatie.screens.session.share_service import PhoneEvent, SharingFailed
from cocreatie.web.addresses import lan_addresses
from cocreatie.web.host import ShareError, ShareHost


class HostHandle:
    def __init__(self, live: LiveSession, port: int = 0, code: str | None = None) -> None:
        try:
            self.host = ShareHost(live, port=port, code=code)
        except ShareError as error:
            raise SharingFailed(error.reason, error.detail) from error

    @property
    def code(self) -> str:
        return self.host.code

    @property
    def port(self) -> int:
        return self.host.port

    @property
    def running(self) -> bool:
        return self.host.running

    @property
    def paused(self) -> bool:
        return self.host.paused

    async def start(self) -> str:
        try:
            return await self.host.start()
        except ShareError as error:
            raise SharingFailed(error.reason, error.detail) from error

    async def stop(self) -> None:
        await self.host.stop()

    def pause(self) -> None:
        self.host.pause()

    def resume(self) -> None:
        self.host.resume()

    def watch(self, listener: Callable[[PhoneEvent], object]) -> Callable[[], None]:
        return self.host.watch(listener)

    def url_for(self, address: str) -> str:
        return self.host.url_for(address)


def interfaces() -> list[tuple[str, str]]:
    """(interface name, address) for each LAN address, best first (blocking)."""
    names: dict[str, str] = {}
    try:
        for adapter in ifaddr.get_adapters():
            for ip in adapter.ips:
                if isinstance(ip.ip, str):
                    names.setdefault(ip.ip, adapter.nice_name)
    except OSError:
        pass
    return [(names.get(address, "?"), address) for address in lan_addresses()]
