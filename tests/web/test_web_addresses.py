"""Which address the room is shown."""

from __future__ import annotations

from types import SimpleNamespace

import ifaddr
import pytest

from cocreatie.web import addresses
from cocreatie.web.host import ShareError, ShareHost

from .conftest import Shared


def _adapter(*ips: object) -> SimpleNamespace:
    return SimpleNamespace(ips=[SimpleNamespace(ip=ip) for ip in ips])


def test_private_lan_addresses_first_never_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    adapters = [
        _adapter("127.0.0.1", ("::1", 0, 0)),
        _adapter("169.254.10.2"),
        _adapter("10.0.0.7"),
        _adapter("83.84.85.86"),
        _adapter("192.168.43.20", ("fe80::1", 0, 2)),
    ]
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: adapters)
    assert addresses.lan_addresses() == ["192.168.43.20", "10.0.0.7", "83.84.85.86"]
    assert addresses.preferred_address() == "192.168.43.20"
    monkeypatch.setattr(ifaddr, "get_adapters", lambda: [_adapter("127.0.0.1")])
    assert addresses.preferred_address() == "127.0.0.1"


async def test_another_address_and_a_taken_port(shared: Shared) -> None:
    host = shared.host
    assert host.url_for("10.0.0.7") == f"http://10.0.0.7:{host.port}/{host.code}/"
    taken = ShareHost(shared.live, host="127.0.0.1", port=host.port)
    with pytest.raises(ShareError) as caught:
        await taken.start()
    assert caught.value.reason == "port"
    with pytest.raises(ShareError):
        ShareHost(shared.live, code="0O1IL0")
