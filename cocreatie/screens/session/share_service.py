"""What the session screen needs from the phones' server, as protocols.

Screens sit beside ``cocreatie.web`` and may not import it; the app hands
the screen a ``ShareService`` (``cocreatie.app.sharing``) that makes a
``ShareHandle`` around the web layer's ``ShareHost``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from cocreatie.live import LiveSession


class SharingFailed(Exception):
    """Sharing could not start; ``reason``: "port", "read_only", "code", "start"."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class PhoneEvent(Protocol):
    @property
    def kind(self) -> str: ...  # "join", "contribution", "wish", "dots", ...

    @property
    def item_id(self) -> str: ...  # the new or changed item, where there is one

    @property
    def new(self) -> bool: ...  # False for a retried submission


class ShareHandle(Protocol):
    @property
    def code(self) -> str: ...

    @property
    def port(self) -> int: ...

    @property
    def running(self) -> bool: ...

    @property
    def paused(self) -> bool: ...

    async def start(self) -> str: ...  # SharingFailed

    async def stop(self) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def watch(self, listener: Callable[[PhoneEvent], object]) -> Callable[[], None]: ...

    def url_for(self, address: str) -> str: ...


class ShareService(Protocol):
    async def open(self, live: LiveSession) -> ShareHandle:
        """A host for ``live``, not yet listening (SharingFailed)."""
        ...

    async def interfaces(self) -> list[tuple[str, str]]:
        """(interface name, address) of each LAN address, best first."""
        ...
