"""Phones against the typed-edit save path, side by side, in one run.

Run: ``.venv/bin/python benchmarks/participation.py [--seconds S]``

Setup: a fresh resident-evening session (``stellingenavond``, at its wishes
step) per row, shared by ``cocreatie share --no-ui`` as a separate process
on 127.0.0.1; the phones are httpx clients in this process (the load
test's, ``tests/web/load.py``): each joins, then every ~2 s sends a
contribution or a wish, or moves its dots.

Figures: submission-to-durable latency, from sending the POST to reading
its "ontvangen" (a 303 the server sends only once the record is on disk),
median and p95 in ms, with 1, 20 and 60 phones. Baseline: the typed-edit
save path in-process (a model method on the live session, ``submit``, and
waiting until the saver reports that snapshot durable), one edit after the
other. ratio = phones / baseline.

Also: the event-loop lag of the loop that serves the phones (the one the
TUI will share), with 60 phones: the server runs in this process on its
own loop in a thread (the test helper ``tests/web/threaded.py``), a probe
on that loop sleeps 10 ms at a time and records how late it wakes. The
phones' client code shares the interpreter, so this is an upper bound.

Target: p95 under 250 ms with 60 phones. Not asserted in tests; figures
depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import participation_tui
from web.headless import first_line, make_session, start_share
from web.load import run_phones
from web.phones import go_to
from web.threaded import ThreadedShare

from cocreatie.live import LiveSession
from cocreatie.models.phone import PhoneOrigin
from cocreatie.models.veiligheid import Contribution
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import load_template
from cocreatie.templating.model import StepType

BUDGET = 3


def _figures(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return statistics.median(ordered) * 1000, p95 * 1000


def typed_edits(count: int) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        session_id, _ = make_session(data, StepType.WISHES)
        opened = SessionRepository(data).open(session_id)
        live = LiveSession(opened, load_template("stellingenavond"))
        assert live.saver is not None
        samples = []
        try:
            for n in range(count):
                start = time.perf_counter()
                item = Contribution(
                    text=f"Getypt {n}", origin=PhoneOrigin(key=f"typed-key-{n:08d}")
                )
                live.session.veiligheid = live.session.veiligheid.validated_copy(
                    contributions=[*live.session.veiligheid.contributions, item]
                )
                seq = live.submit()
                assert live.saver.wait_durable(seq, 10)
                samples.append(time.perf_counter() - start)
        finally:
            live.close()
        return samples


async def phones(count: int, seconds: float) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        session_id, _ = make_session(data, StepType.WISHES)
        process = start_share(data, session_id)
        try:
            url = first_line(process)
            tally = await run_phones(url, count, seconds, 2.0, BUDGET)
        finally:
            process.send_signal(signal.SIGTERM)
            process.communicate(timeout=60)
        if tally.errors:
            print(f"  ({tally.errors} phones cut off)")
        return tally.latencies


async def _probe(lags: list[float], stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        start = loop.time()
        await asyncio.sleep(0.01)
        lags.append(loop.time() - start - 0.01)


def loop_lag(count: int, seconds: float) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        share = ThreadedShare(Path(folder))
        lags: list[float] = []
        stop = asyncio.Event()
        try:
            share.on_loop(lambda: go_to(share.live, StepType.WISHES))
            probe = asyncio.run_coroutine_threadsafe(_probe(lags, stop), share.loop)
            asyncio.run(run_phones(share.url, count, seconds, 2.0, BUDGET))
            share.loop.call_soon_threadsafe(stop.set)
            probe.result(10)
        finally:
            share.close()
        return lags


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    base = _figures(typed_edits(args.edits))
    rows = [("typed edit (baseline)", args.edits, base)]
    for count in (1, 20, 60):
        samples = asyncio.run(phones(count, args.seconds))
        rows.append((f"{count} phone(s)", len(samples), _figures(samples)))
    print(
        f"{'path':<22} {'n':>6} {'median ms':>10} {'p95 ms':>8} {'ratio med':>10} {'ratio p95':>10}"
    )
    for name, n, (median, p95) in rows:
        print(
            f"{name:<22} {n:>6} {median:>10.1f} {p95:>8.1f}"
            f" {median / base[0]:>10.1f} {p95 / base[1]:>10.1f}"
        )
    lags = loop_lag(60, args.seconds)
    median, p95 = _figures(lags)
    print(
        f"serving loop lag with 60 phones: median {median:.1f} ms, p95 {p95:.1f} ms,"
        f" max {max(lags) * 1000:.1f} ms ({len(lags)} probes)"
    )
    verdict = "met" if rows[-1][2][1] < 250 else "NOT met"
    print(f"target p95 < 250 ms with 60 phones: {verdict}")
    # The TUI's half: its keys while the phones send (benchmarks/participation_tui.py).
    participation_tui.report(args.seconds)


if __name__ == "__main__":
    main()
