"""The connection guards, on the wire: a kept-alive connection lives as long
as the keep-alive says (longer than a client's own idle limit, so no reuse
meets a close), headers have a deadline on every request, and connections
beyond the limit are turned away."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from cocreatie.web.limits import Limits

from .conftest import Shared, _share
from .phones import Phone

# Between the tight header deadline and the tight keep-alive.
IDLE_UNDER_KEEP_ALIVE_S = 1.0
CLOSE_WAIT_S = 10.0


@pytest.fixture
async def guarded(tmp_path: Path) -> AsyncIterator[Shared]:
    limits = Limits(header_timeout_s=0.5, keep_alive_s=2, max_connections=3)
    async for item in _share(tmp_path, limits):
        yield item


class Wire:
    """One raw HTTP/1.1 connection, to see what a client library would hide."""

    def __init__(self, url: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.where = urlsplit(url)
        self.reader, self.writer = reader, writer

    @classmethod
    async def open(cls, url: str) -> Wire:
        where = urlsplit(url)
        reader, writer = await asyncio.open_connection(where.hostname, where.port)
        return cls(url, reader, writer)

    async def get(self) -> int:
        """The phone page's status, read in full so the connection can go on."""
        self.writer.write(
            f"GET {self.where.path} HTTP/1.1\r\nHost: {self.where.netloc}\r\n\r\n".encode()
        )
        await self.writer.drain()
        head = await asyncio.wait_for(self.reader.readuntil(b"\r\n\r\n"), CLOSE_WAIT_S)
        lines = head.decode("latin-1").split("\r\n")
        length = next(
            int(line.split(":", 1)[1])
            for line in lines
            if line.lower().startswith("content-length:")
        )
        await self.reader.readexactly(length)
        return int(lines[0].split()[1])

    async def closed_by_server(self) -> bool:
        """True once the server ends the stream (within CLOSE_WAIT_S)."""
        try:
            return await asyncio.wait_for(self.reader.read(), CLOSE_WAIT_S) == b""
        except TimeoutError:
            return False

    def close(self) -> None:
        self.writer.close()


async def test_a_kept_alive_connection_outlasts_a_clients_own_idle_limit(shared: Shared) -> None:
    # httpx reuses a connection idle for up to this long; had the server the
    # same limit, a phone could send on a connection the server is closing.
    client_limit = httpx.Limits().keepalive_expiry
    assert client_limit is not None
    wire = await Wire.open(shared.url)
    try:
        assert await wire.get() == 200
        await asyncio.sleep(client_limit + 0.5)
        assert await wire.get() == 200
    finally:
        wire.close()


async def test_the_header_deadline_leaves_an_idle_kept_alive_connection_alone(
    guarded: Shared,
) -> None:
    wire = await Wire.open(guarded.url)
    try:
        assert await wire.get() == 200
        await asyncio.sleep(IDLE_UNDER_KEEP_ALIVE_S)  # past the header deadline
        assert await wire.get() == 200
    finally:
        wire.close()


async def test_slow_headers_on_a_kept_alive_connection_are_cut_off(guarded: Shared) -> None:
    wire = await Wire.open(guarded.url)
    try:
        assert await wire.get() == 200
        # Any byte stops the keep-alive timer: only the header deadline is left.
        wire.writer.write(f"GET {wire.where.path} HTTP/1.1\r\nX-Slow: ".encode())
        await wire.writer.drain()
        assert await wire.closed_by_server()
    finally:
        wire.close()


async def test_an_idle_kept_alive_connection_is_closed_in_the_end(guarded: Shared) -> None:
    wire = await Wire.open(guarded.url)
    try:
        assert await wire.get() == 200
        assert await wire.closed_by_server()
    finally:
        wire.close()


async def test_connections_beyond_the_limit_are_turned_away(guarded: Shared) -> None:
    idle = [await Wire.open(guarded.url) for _ in range(2)]
    try:
        await asyncio.sleep(0.1)  # the server has taken them in
        async with Phone(guarded.url) as phone:
            assert (await phone.page()).status_code == 503  # the third of three
    finally:
        for wire in idle:
            wire.close()
    await asyncio.sleep(0.1)
    async with Phone(guarded.url) as phone:
        assert (await phone.page()).status_code == 200
