"""How sharing looks: the join panel and the share bar at 80x24 and 120x40.

The server is a stand-in with a fixed port and code (a real one picks a
free port, which would change the address and the QR code on every run);
the Pilot tests in ``test_sharing.py`` use the real server.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from cocreatie.app import CocreatieApp
from cocreatie.demo import DEMO_ID
from cocreatie.live import LiveSession
from cocreatie.screens.session.share_service import PhoneEvent, ShareHandle

from .conftest import demo, goto_step, make_app, set_mtimes, settle, steady, wait_for_session

SIZES = [(80, 24), (120, 40)]


class StandInHandle:
    code = "K7PX9M"
    port = 53211

    def __init__(self) -> None:
        self.running = False
        self.paused = False

    async def start(self) -> str:
        self.running = True
        return self.url_for("192.168.1.20")

    async def stop(self) -> None:
        self.running = False

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False

    def watch(self, listener: Callable[[PhoneEvent], object]) -> Callable[[], None]:
        return lambda: None

    def url_for(self, address: str) -> str:
        return f"http://{address}:{self.port}/{self.code}/"


class StandInService:
    def __init__(self) -> None:
        self.hosts: dict[int, tuple[LiveSession, ShareHandle]] = {}

    async def open(self, live: LiveSession) -> ShareHandle:
        return StandInHandle()

    async def interfaces(self) -> list[tuple[str, str]]:
        return [("wlan0", "192.168.1.20")]

    async def stop_for(self, live: LiveSession) -> None: ...

    async def stop_all(self) -> None: ...


@pytest.fixture
def snapshot_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frozen_clock: datetime, utc: None
) -> Path:
    monkeypatch.chdir(tmp_path)
    relative = Path("data")
    demo(relative)
    set_mtimes(relative)
    return relative


def _sharing(*keys: str) -> Callable[[Pilot], object]:
    async def run_before(pilot: Pilot) -> None:
        await wait_for_session(pilot)
        await goto_step(pilot, 2)
        app = pilot.app
        assert isinstance(app, CocreatieApp) and app.live is not None
        await pilot.press("f6")
        await settle(pilot)
        await pilot.press(*keys)
        app.live.flush(10)
        await settle(pilot)
        steady(pilot)
        await settle(pilot)

    return run_before


def _app(snapshot_dir: Path) -> CocreatieApp:
    return make_app(snapshot_dir, DEMO_ID, sharing=StandInService())


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_join_panel(snap_compare, snapshot_dir: Path, size: tuple[int, int]) -> None:
    assert snap_compare(_app(snapshot_dir), terminal_size=size, run_before=_sharing())


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_share_bar_paused(snap_compare, snapshot_dir: Path, size: tuple[int, int]) -> None:
    run_before = _sharing("escape", "f8")
    assert snap_compare(_app(snapshot_dir), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_presentation_with_qr(snap_compare, snapshot_dir: Path, size: tuple[int, int]) -> None:
    run_before = _sharing("escape", "f5")
    assert snap_compare(_app(snapshot_dir), terminal_size=size, run_before=run_before)
