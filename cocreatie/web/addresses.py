"""Which address to show the room: this machine's LAN addresses.

``ifaddr`` lists the interfaces the same way on Windows, macOS and Linux
(a small pure-Python wheel). A private IPv4 address (192.168.x.x, 10.x,
172.16-31.x) is what phones on the same Wi-Fi or hotspot can reach;
loopback and link-local (169.254.x.x, no DHCP) cannot.
"""

from __future__ import annotations

import ipaddress
import logging

import ifaddr

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


def lan_addresses() -> list[str]:
    """IPv4 addresses of this machine others may reach, private ones first."""
    found: list[ipaddress.IPv4Address] = []
    try:
        adapters = ifaddr.get_adapters()
    except OSError as exc:
        log.warning("cannot list network interfaces: %s", exc)
        return []
    for adapter in adapters:
        for ip in adapter.ips:
            if not isinstance(ip.ip, str):
                continue
            try:
                address = ipaddress.IPv4Address(ip.ip)
            except ValueError:
                continue
            if address.is_loopback or address.is_link_local or address.is_unspecified:
                continue
            if address not in found:
                found.append(address)
    # 192.168 (home routers, phone hotspots) before 10.x and 172.16/12.
    found.sort(key=lambda a: (not a.is_private, not str(a).startswith("192.168."), str(a)))
    return [str(a) for a in found]


def preferred_address() -> str:
    """The address to show; loopback when the machine has no network."""
    addresses = lan_addresses()
    return addresses[0] if addresses else LOOPBACK
