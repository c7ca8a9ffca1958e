"""Sixty phones for thirty seconds against ``cocreatie share --no-ui``, and
the same process killed (SIGKILL) in the middle of a load, twenty times:
every acknowledged submission is on disk, none twice, the budget holds."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from cocreatie.templating.model import StepType

from .headless import first_line, make_session, start_share
from .load import Tally, check_record, run_phones
from .phones import record_on_disk

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]

BUDGET = 3  # the resident-evening template's dots_per_participant
LOAD_PHONES, LOAD_SECONDS = 60, 30.0
KILLS, KILL_PHONES, KILL_SECONDS = 20, 10, 10.0
# The kill lands once this many submissions were acknowledged, while the
# phones are still sending (or after KILL_AFTER_S, whichever comes first).
KILL_AFTER_ACKS, KILL_AFTER_S = 8, 3.0


async def test_sixty_phones_for_thirty_seconds(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session_id, path = make_session(data, StepType.WISHES)
    process = start_share(data, session_id)
    try:
        url = first_line(process)
        # ~30 submissions a minute each: under the per-device limit of 40.
        tally = await run_phones(url, LOAD_PHONES, LOAD_SECONDS, 2.0, BUDGET)
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    # No phone loses a request: the server keeps an idle connection longer
    # than a client reuses one (web.limits), so none is closed under it.
    assert tally.errors == 0
    assert len(tally.acked_keys) > LOAD_PHONES * 3 and tally.retries > 0
    assert tally.acked_dots
    check_record(record_on_disk(path), tally, BUDGET)


async def _kill_mid_load(process: subprocess.Popen[str], tally: Tally) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + KILL_AFTER_S
    while len(tally.acked_keys) < KILL_AFTER_ACKS and loop.time() < deadline:
        await asyncio.sleep(0.01)
    process.kill()


async def test_kill_in_the_middle_of_a_load_loses_nothing_acknowledged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session_id, path = make_session(data, StepType.WISHES)
    everything = Tally()
    for _ in range(KILLS):
        process = start_share(data, session_id)
        try:
            url = first_line(process)
            tally = Tally()
            killer = asyncio.create_task(_kill_mid_load(process, tally))
            tally = await run_phones(url, KILL_PHONES, KILL_SECONDS, 0.05, BUDGET, tally)
            await killer
        finally:
            process.kill()
            process.communicate(timeout=30)
        assert process.returncode == -signal.SIGKILL
        assert tally.errors > 0, "the phones were not cut off mid-load"
        everything.acked_keys |= tally.acked_keys
        check_record(record_on_disk(path), everything, BUDGET, exact_dots=False)
    assert len(everything.acked_keys) >= KILLS * KILL_AFTER_ACKS
