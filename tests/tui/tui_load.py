"""Sixty phones against the TUI app itself (Pilot, one loop): the phones
send for a while, the facilitator keeps pressing a key, and we note how
long each key took to show and how late the loop woke meanwhile.

Used by ``test_sharing_load.py`` (behaviour: every key took effect, no
acknowledged submission lost) and ``benchmarks/participation.py``
(figures). The phones' client code runs on the same loop as the app, so
the figures are an upper bound for what the facilitator would feel.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual import events

from cocreatie.app import CocreatieApp
from cocreatie.app.sharing import AppSharing
from cocreatie.screens.dialogs.share_dialog import ShareDialog
from cocreatie.screens.session import SessionScreen
from cocreatie.screens.steps.wishes import WishesView
from cocreatie.templating.model import StepType
from cocreatie.themes import DEFAULT_THEME
from tests.web.headless import make_session
from tests.web.load import Tally, run_phones
from tests.web.phones import record_on_disk

BUDGET = 3  # the resident-evening template's dots_per_participant
KEY_EVERY_S = 0.25
WARMUP_S = 5.0


@dataclass
class LoadRun:
    tally: Tally
    record: dict[str, Any]
    key_latencies: list[float] = field(default_factory=list)
    keys_missed: int = 0
    lags: list[float] = field(default_factory=list)
    shown_submissions: int = 0


async def _until(check: Any, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")  # pragma: no cover
        await asyncio.sleep(0.005)


async def _probe(lags: list[float], stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        start = loop.time()
        await asyncio.sleep(0.01)
        lags.append(loop.time() - start - 0.01)


async def tui_under_load(data: Path, phones: int, seconds: float) -> LoadRun:
    session_id, path = make_session(data, StepType.WISHES)
    sharing = AppSharing(addresses=[("lo", "127.0.0.1")])
    app = CocreatieApp(data, session_id, theme=DEFAULT_THEME, sharing=sharing)
    async with app.run_test(size=(100, 30)) as pilot:
        await _until(lambda: isinstance(app.screen, SessionScreen), "the session")
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        await _until(lambda: isinstance(screen.step_view, WishesView), "the wishes step")
        # Keys before the step has its focus are held for it, not run.
        await _until(
            lambda: screen.focused is not None and screen.step_view in screen.focused.ancestors,
            "the step's focus",
        )
        await pilot.press("f6")
        await _until(
            lambda: isinstance(app.screen, ShareDialog),
            "the join panel",
        )
        await pilot.press("escape")
        ((_, share),) = sharing.hosts.values()
        view = screen.step_view
        assert isinstance(view, WishesView)
        view.table.focus()
        driver = app._driver
        assert driver is not None
        status = view.query_one("#wish-status")
        lags: list[float] = []
        stop = asyncio.Event()
        load = asyncio.create_task(
            run_phones(share.url_for("127.0.0.1"), phones, seconds, 2.0, BUDGET)
        )
        # The phones' start (sixty HTTP clients made on this loop) is the
        # harness's cost, not the TUI's: measure once they are sending.
        await asyncio.sleep(min(WARMUP_S, seconds / 3))
        probe = asyncio.create_task(_probe(lags, stop))
        run = LoadRun(Tally(), {})
        until = time.monotonic() + seconds
        while not load.done() or time.monotonic() < until:
            # "o" switches the order of the wishes; the status line says which.
            before = view.by_votes
            shown = f"Volgorde: {'inbreng' if before else 'stemmen'}"
            start = time.perf_counter()
            # As a terminal sends it: Pilot's press would also wait until the
            # whole process is idle, which it never is under load.
            key = events.Key("o", "o")
            key.set_sender(app)
            driver.send_message(key)
            try:
                await _until(lambda s=shown: s in str(status.render()), "the key")
                run.key_latencies.append(time.perf_counter() - start)
            except AssertionError:
                run.keys_missed += 1
            if view.by_votes == before:
                run.keys_missed += 1
            await asyncio.sleep(KEY_EVERY_S)
        run.tally = await load
        stop.set()
        await probe
        run.lags = lags
        await pilot.pause(0.5)
        run.shown_submissions = screen._share_submissions
        assert app.live is not None
        assert app.live.flush(10)
        run.record = record_on_disk(path)
    return run
