"""Keystrokes never wait for the disk, even when every save takes 200 ms.

Types the same text into a field of the preparation step (every keystroke
changes the record and hands a snapshot to the saver) three times:

* normal store;
* a store made artificially slow: every save sleeps 200 ms first;
* for contrast, a handler that saves *in* the keystroke (what the app does
  not do), with the same slow store;

and, as the named baseline, the same keys typed into a bare Textual Input
(what Pilot and Textual cost per key without cocreatie),

and prints the time per keystroke side by side (headless Textual, driven by
Pilot; each ``press`` returns once the key has been handled).

A second table times saving a form (Enter in the wish form) in a session
with 1,000 wishes: the whole key, and within it the step's ``apply`` (the
model change, and the redraw of the list), which runs on the event loop. If keystroke
handling waited on the disk, the slow-store column would sit at 200+ ms like
the contrast column. It also checks that the slow store still ends up with
every character on disk, in far fewer writes than keystrokes (coalescing).

    .venv/bin/python benchmarks/typing_latency.py [--chars 60]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cocreatie.app import CocreatieApp
from cocreatie.demo import ensure_demo
from cocreatie.models import Session, SessionMeta, Wish
from cocreatie.screens.session import SessionScreen
from cocreatie.screens.steps.editing import EditingStepView
from cocreatie.screens.steps.wishes import WishesView
from cocreatie.store import OpenSession, SessionRepository

SLOW_S = 0.200
TEXT = "Buurthuis De Wieken aan de Wipmolenweg, grote zaal achterin "


class Store:
    """Wraps ``OpenSession.save_snapshot``: optional delay, counts writes."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.writes = 0
        self._original = OpenSession.save_snapshot

    def install(self) -> None:
        store = self

        def save_snapshot(opened: OpenSession, snapshot: dict) -> object:
            if store.delay:
                time.sleep(store.delay)
            store.writes += 1
            return store._original(opened, snapshot)

        OpenSession.save_snapshot = save_snapshot  # type: ignore[method-assign]

    def remove(self) -> None:
        OpenSession.save_snapshot = self._original  # type: ignore[method-assign]


async def type_text(
    data_dir: Path, session_id: str, text: str, blocking_save: bool
) -> tuple[list[float], str]:
    app = CocreatieApp(data_dir, session_id)
    timings: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause()
            if isinstance(app.screen, SessionScreen):
                break
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        screen.action_goto(0)
        for _ in range(5):
            await pilot.pause()
        field = screen.query_one("#prep-place")
        field.focus()
        await pilot.pause()
        live = app.live
        assert live is not None
        if blocking_save:
            # The contrast case: save inside the keystroke, as a naive app would.
            original_submit = live.submit

            def submit_and_wait() -> None:
                original_submit()
                live.flush(30)

            live.submit = submit_and_wait  # type: ignore[method-assign]
        field.value = ""
        await pilot.pause()
        for char in text:
            key = "space" if char == " " else ("comma" if char == "," else char)
            started = time.perf_counter()
            await pilot.press(key)
            timings.append(time.perf_counter() - started)
        live.flush(60)
        typed = screen.session.meta.place
    return timings, typed


async def type_into_bare_input(text: str) -> list[float]:
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Input

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header()
            yield Input(id="field")
            yield Footer()

    timings: list[float] = []
    async with Bare().run_test(size=(100, 30)) as pilot:
        pilot.app.query_one("#field").focus()
        await pilot.pause()
        for char in text:
            key = "space" if char == " " else ("comma" if char == "," else char)
            started = time.perf_counter()
            await pilot.press(key)
            timings.append(time.perf_counter() - started)
    return timings


async def save_forms(
    data_dir: Path, session_id: str, saves: int
) -> tuple[list[float], list[float]]:
    """Per form save: (Enter handled, time inside ``apply``)."""
    applied: list[float] = []
    original_apply = EditingStepView.apply

    def timed_apply(view: EditingStepView, change: object) -> list[str]:
        started = time.perf_counter()
        try:
            return original_apply(view, change)  # type: ignore[arg-type]
        finally:
            applied.append(time.perf_counter() - started)

    EditingStepView.apply = timed_apply  # type: ignore[method-assign]
    keys: list[float] = []
    try:
        app = CocreatieApp(data_dir, session_id)
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(100):
                await pilot.pause()
                if isinstance(app.screen, SessionScreen):
                    break
            screen = app.screen
            assert isinstance(screen, SessionScreen)
            index = next(i for i, s in enumerate(screen.template.steps) if s.type == "wishes")
            screen.action_goto(index)
            for _ in range(5):
                await pilot.pause()
            view = screen.query_one(WishesView)
            for _ in range(saves):
                view.action_edit()
                for _ in range(3):
                    await pilot.pause()
                started = time.perf_counter()
                await pilot.press("enter")
                keys.append(time.perf_counter() - started)
                for _ in range(3):
                    await pilot.pause()
            assert app.live is not None
            app.live.flush(60)
    finally:
        EditingStepView.apply = original_apply  # type: ignore[method-assign]
    return keys, applied


def session_with_wishes(count: int) -> Session:
    wishes = [Wish(text=f"Wens {n}: meer licht bij de bushalte", votes=n % 7) for n in range(count)]
    return Session(meta=SessionMeta(title="Duizend wensen"), wishes=wishes)


def run_forms(count: int, saves: int) -> tuple[list[float], list[float]]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        session = session_with_wishes(count)
        SessionRepository(data_dir).create(session).close()
        return asyncio.run(save_forms(data_dir, session.id, saves))


def summary(timings: list[float]) -> tuple[float, float, float]:
    ordered = sorted(timings)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return statistics.median(ordered) * 1000, p95 * 1000, max(ordered) * 1000


def run_case(
    label: str, delay: float, blocking: bool, chars: int, results: list[tuple[str, list[float]]]
) -> Callable[[], None]:
    def case() -> None:
        store = Store(delay)
        store.install()
        try:
            with tempfile.TemporaryDirectory() as tmp:
                data_dir = Path(tmp) / "data"
                session_id = ensure_demo(SessionRepository(data_dir))
                text = TEXT[:chars]
                timings, typed = asyncio.run(type_text(data_dir, session_id, text, blocking))
                with SessionRepository(data_dir).open(session_id, read_only=True) as stored:
                    on_disk = stored.session.meta.place
                assert typed == text.strip(), (typed, text)
                assert on_disk == text.strip(), f"{label}: disk has {on_disk!r}"
                print(
                    f"  {label}: {len(text)} keys, {store.writes} writes, all on disk",
                    flush=True,
                )
                results.append((label, timings))
        finally:
            store.remove()

    return case


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=len(TEXT))
    parser.add_argument("--wishes", type=int, default=1_000, help="wishes in the form case")
    parser.add_argument("--saves", type=int, default=15, help="form saves to time")
    args = parser.parse_args()
    results: list[tuple[str, list[float]]] = []
    print("typing…", flush=True)
    results.append(
        ("baseline: bare Textual Input", asyncio.run(type_into_bare_input(TEXT[: args.chars])))
    )
    run_case("normal store", 0.0, False, args.chars, results)()
    run_case("slow store (200 ms/save)", SLOW_S, False, args.chars, results)()
    run_case("contrast: save in keystroke", SLOW_S, True, min(args.chars, 15), results)()

    print(f"\n{'per keystroke':34}{'median':>10}{'p95':>10}{'max':>10}")
    for label, timings in results:
        median, p95, worst = summary(timings)
        print(f"{label:34}{median:8.1f}ms{p95:8.1f}ms{worst:8.1f}ms")
    bare = statistics.median(results[0][1])
    normal = statistics.median(results[1][1])
    slow = statistics.median(results[2][1])
    blocking = statistics.median(results[3][1])
    print(f"\nratio normal store / bare Input baseline (median): {normal / bare:.2f}")
    print(f"ratio slow store / normal store (median): {slow / normal:.2f}")
    print(f"ratio save-in-keystroke / normal store (median): {blocking / normal:.2f}")
    # Waiting on a 200 ms save would add about 200 ms to every keystroke.
    waits = slow - normal > SLOW_S / 4
    print("KEYSTROKES WAIT ON DISK" if waits else "keystrokes do not wait on disk")

    print(f"\nsaving the wish form, {args.wishes:,} wishes, {args.saves} saves…", flush=True)
    keys, applied = run_forms(args.wishes, args.saves)
    print(f"\n{'per form save':34}{'median':>10}{'p95':>10}{'max':>10}")
    for label, timings in (("Enter, whole key", keys), ("inside apply (event loop)", applied)):
        median, p95, worst = summary(timings)
        print(f"{label:34}{median:8.1f}ms{p95:8.1f}ms{worst:8.1f}ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
