"""A live session of the resident-evening template shared on 127.0.0.1
(a free port), in the test's own event loop."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from cocreatie.followup.create import create_session
from cocreatie.live import LiveSession
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import load_template
from cocreatie.web.host import ShareHost
from cocreatie.web.limits import Limits

CODE = "K7PX9M"


@dataclass
class Shared:
    live: LiveSession
    host: ShareHost
    url: str
    path: Path


@pytest.fixture
async def shared(tmp_path: Path) -> AsyncIterator[Shared]:
    async for item in _share(tmp_path, Limits()):
        yield item


async def _share(tmp_path: Path, limits: Limits) -> AsyncIterator[Shared]:
    repository = SessionRepository(tmp_path / "data")
    template = load_template("stellingenavond")
    opened = create_session(repository, template, "Proefavond")
    live = LiveSession(opened, template)
    host = ShareHost(live, host="127.0.0.1", code=CODE, limits=limits)
    url = await host.start()
    try:
        yield Shared(live, host, url, live.path)
    finally:
        await host.stop()
        live.close()
