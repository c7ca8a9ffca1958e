"""Sixty phones for thirty seconds against the TUI app: the facilitator's
keys keep working (every one takes effect) and nothing acknowledged is
lost. Figures (key-to-screen latency, loop lag) are printed by
``benchmarks/participation.py``, not asserted here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.web.load import check_record

from .tui_load import BUDGET, tui_under_load

pytestmark = pytest.mark.slow

PHONES, SECONDS = 60, 30.0


async def test_the_tui_stays_responsive_under_sixty_phones(tmp_path: Path) -> None:
    run = await tui_under_load(tmp_path / "data", PHONES, SECONDS)
    assert run.tally.errors == 0  # no phone lost a request (see test_web_load.py)
    assert len(run.tally.acked_keys) > PHONES * 3
    assert run.keys_missed == 0 and len(run.key_latencies) > 10
    check_record(run.record, run.tally, BUDGET)
    # Every acknowledged contribution or wish reached the facilitator's count.
    assert run.shown_submissions >= len(run.tally.acked_keys)
