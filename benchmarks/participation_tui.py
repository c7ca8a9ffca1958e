"""The TUI while phones take part: key-to-screen latency and loop lag.

Run: ``.venv/bin/python benchmarks/participation_tui.py [--seconds S]``
(also printed at the end of ``benchmarks/participation.py``).

Setup (``tests/tui/tui_load.py``): the app under Pilot at 100x30 on a
resident-evening session at its wishes step, sharing started with F6; 60
simulated phones (``tests/web/load.py``) on the same loop send for S
seconds while the facilitator presses "o" (change the order of the wishes)
every 0.25 s. Figures: from the key press until the status line shows the
new order (median, p95, max in ms), and how late a 10 ms sleep on the loop
wakes. Baseline: the same run with 0 phones. ratio = 60 phones / baseline.
The phones' client code shares the loop, so the figures are an upper bound.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.tui.tui_load import LoadRun, tui_under_load


def _figures(samples: list[float]) -> tuple[float, float, float]:
    ordered = sorted(samples) or [0.0]
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


def _run(phones: int, seconds: float) -> LoadRun:
    with tempfile.TemporaryDirectory() as folder:
        return asyncio.run(tui_under_load(Path(folder) / "data", phones, seconds))


def report(seconds: float) -> None:
    base = _run(0, seconds / 3)
    loaded = _run(60, seconds)
    print(f"{'TUI under phones':<30} {'n':>6} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    rows = [
        ("key-to-screen, 0 phones", base.key_latencies, None),
        ("key-to-screen, 60 phones", loaded.key_latencies, base.key_latencies),
        ("loop lag, 0 phones", base.lags, None),
        ("loop lag, 60 phones", loaded.lags, base.lags),
    ]
    for name, samples, baseline in rows:
        median, p95, top = _figures(samples)
        ratio = ""
        if baseline is not None:
            b_median, b_p95, _ = _figures(baseline)
            med_ratio = median / max(b_median, 0.001)
            ratio = f"  ratio med {med_ratio:.1f}, p95 {p95 / max(b_p95, 0.001):.1f}"
        print(f"{name:<30} {len(samples):>6} {median:>10.1f} {p95:>8.1f} {top:>8.1f}{ratio}")
    print(
        f"keys missed: {loaded.keys_missed}; acknowledged submissions: "
        f"{len(loaded.tally.acked_keys)}; phones cut off: {loaded.tally.errors}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30.0)
    report(parser.parse_args().seconds)


if __name__ == "__main__":
    main()
