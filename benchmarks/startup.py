"""Time to the first painted screen: ``cocreatie demo`` against a bare Textual app.

Both run as real processes in a pseudo-terminal (100×30), from process start
until their first screen's text has been written to the terminal:

* cocreatie: ``python -m cocreatie demo`` with 200 sessions in the data
  folder, until the demo's step title is painted (the home screen's session
  list is filled in a worker, so the folder size must not delay the paint);
* baseline: a minimal ``App`` with a Header and a Footer, until its title is
  painted.

Both pay for Python and Textual start-up, so the ratio shows what cocreatie
adds. Target: ratio ≤ 1.5.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--sessions 200]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

ROWS, COLUMNS = 30, 100
TIMEOUT_S = 60.0

BASELINE = """
from textual.app import App
from textual.widgets import Footer, Header

class Baseline(App):
    TITLE = "BaselineReady"
    def compose(self):
        yield Header()
        yield Footer()

Baseline().run()
"""


def fill_data_folder(folder: Path, count: int) -> str:
    """``count`` sessions (copies of the demo under new ids), the demo among them."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from cocreatie.demo import build_demo_session, ensure_demo
    from cocreatie.models.ids import new_session_id
    from cocreatie.store import SessionRepository
    from cocreatie.templating import load_template

    repository = SessionRepository(folder)
    demo_id = ensure_demo(repository)
    template = load_template("greenfield-buurt")
    record = build_demo_session(template).model_dump(mode="json")
    from cocreatie.models import Session

    for number in range(count - 1):
        copy = dict(record, id=new_session_id())
        copy["meta"] = dict(record["meta"], title=f"Sessie {number + 1}")
        repository.create(Session.model_validate(copy)).close()
    return demo_id


def time_to_paint(
    argv: list[str], marker: bytes, env: dict[str, str], first: bytes | None = None
) -> float | tuple[float, float]:
    """Seconds from fork until ``marker`` appears in the terminal output.

    With ``first``: also when ``first`` or ``marker`` appeared, whichever came
    first (the first screen painted at all), as ``(first, marker)``.
    """
    start = time.perf_counter()
    first_at: float | None = None
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the program
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    seen = b""
    try:
        while marker not in seen:
            if time.perf_counter() - start > TIMEOUT_S:
                raise TimeoutError(f"{marker!r} never painted; last output: {seen[-400:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
                if first is not None and first_at is None and (first in seen or marker in seen):
                    first_at = time.perf_counter() - start
        elapsed = time.perf_counter() - start
    finally:
        os.kill(pid, signal.SIGTERM)  # cocreatie saves and exits on SIGTERM
        _drain(fd)
        os.waitpid(pid, 0)
        os.close(fd)
    if marker not in seen:
        raise RuntimeError(f"{argv} exited before painting {marker!r}")
    if first is not None:
        return (first_at if first_at is not None else elapsed), elapsed
    return elapsed


def _drain(fd: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                if not os.read(fd, 65536):
                    return
            except OSError:
                return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=200)
    args = parser.parse_args()

    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(ROWS)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        print(f"filling {folder} with {args.sessions} sessions…", flush=True)
        fill_data_folder(folder, args.sessions)
        assert len(list(folder.glob("*.json"))) == args.sessions
        ours = [sys.executable, "-m", "cocreatie", "demo", "--data-dir", str(folder)]
        base = [sys.executable, "-c", BASELINE]
        session = b"Stap 8/8"
        opening = b"Sessie wordt geopend"
        # Warm the file cache once each, so neither run pays for cold disk reads.
        time_to_paint(ours, session, env, opening)
        time_to_paint(base, b"BaselineReady", env)
        first_times, ours_times, base_times = [], [], []
        for _ in range(args.runs):
            # Interleaved, so a busy moment on the machine hits both alike.
            first, full = time_to_paint(ours, session, env, opening)  # type: ignore[misc]
            first_times.append(first)
            ours_times.append(full)
            base_times.append(time_to_paint(base, b"BaselineReady", env))

    base_median = statistics.median(base_times)
    print(f"{'':44}{'median':>9}{'min':>9}{'max':>9}{'ratio':>8}")
    for label, times in (
        (f"cocreatie demo: session painted ({args.sessions})", ours_times),
        ("cocreatie demo: first screen painted", first_times),
        ("Textual Header+Footer baseline", base_times),
    ):
        median = statistics.median(times)
        print(
            f"{label:44}{median:8.3f}s{min(times):8.3f}s{max(times):8.3f}s"
            f"{median / base_median:8.2f}"
        )
    ratio = statistics.median(ours_times) / base_median
    verdict = "OK" if ratio <= 1.5 else "ABOVE TARGET"
    print(f"ratio session painted / baseline: {ratio:.2f} (target ≤ 1.5: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
