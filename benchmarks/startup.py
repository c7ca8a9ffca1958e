"""Time to the first painted screen: ``cocreatie demo`` against a bare Textual app.

Both run as real processes in a pseudo-terminal (100×30), from process start
until their first screen's text has been written to the terminal:

* cocreatie: ``python -m cocreatie demo`` with 200 sessions in the data
  folder, timed twice in the same run:
  - session screen painted: the demo's session title, step list and current
    step ("Stap 8/8 · Afsluiting", its prompt and timer) are on screen. This
    is the first screen; it is drawn from a quick read of the record and the
    template while a worker opens, checks and loads the session;
  - step content painted: the closing step's own form ("Rapportcijfers") is
    on screen, i.e. the session is open, validated and editable.
* baseline: a minimal ``App`` with a Header and a Footer, until its title is
  painted.

Both pay for Python and Textual start-up, so the ratio shows what cocreatie
adds. Target (issue 3): first painted screen / baseline ≤ 1.5.

Bytecode: an installed copy has compiled ``.pyc`` files, like Textual in the
venv. This shared tree runs with ``PYTHONDONTWRITEBYTECODE=1``, which makes
every start compile cocreatie's sources (and only cocreatie's) again. By
default cocreatie runs from a byte-identical copy of the package (and the
shipped templates) in the temporary folder, compiled once, as pip leaves
an installed copy; the shared tree stays free of ``__pycache__``.
``--no-bytecode-cache`` runs the tree itself, compiling on every start.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--sessions 200] [--no-bytecode-cache]

The machine is shared: medians of interleaved runs, and the ratio of the
fastest runs as a second, less load-sensitive view.
"""

from __future__ import annotations

import argparse
import compileall
import fcntl
import os
import pty
import select
import shutil
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


def installed_copy(folder: Path) -> Path:
    """The package and its templates copied to ``folder`` and compiled."""
    root = Path(__file__).resolve().parents[1]
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(root / "cocreatie", folder / "cocreatie", ignore=skip)
    shutil.copytree(root / "templates", folder / "templates", ignore=skip)
    if not compileall.compile_dir(folder / "cocreatie", quiet=1):
        raise RuntimeError("the copy of cocreatie does not compile")
    return folder


def time_to_paint(
    argv: list[str], markers: list[bytes], env: dict[str, str], cwd: Path
) -> list[float]:
    """Seconds from fork until each of ``markers`` first appears in the terminal.

    ``python -m`` looks in ``cwd`` first: that decides which copy runs.
    """
    start = time.perf_counter()
    found: dict[bytes, float] = {}
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the program
        os.chdir(cwd)
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    seen = b""
    try:
        while len(found) < len(markers):
            if time.perf_counter() - start > TIMEOUT_S:
                missing = [m for m in markers if m not in found]
                raise TimeoutError(f"{missing!r} never painted; last output: {seen[-400:]!r}")
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                now = time.perf_counter() - start
                # Only the tail can hold a marker split across two reads.
                window = seen[-64:] + chunk
                seen += chunk
                for marker in markers:
                    if marker not in found and marker in window:
                        found[marker] = now
    finally:
        os.kill(pid, signal.SIGTERM)  # cocreatie saves and exits on SIGTERM
        _drain(fd)
        os.waitpid(pid, 0)
        os.close(fd)
    if len(found) < len(markers):
        raise RuntimeError(f"{argv} exited before painting {markers!r}")
    return [found[m] for m in markers]


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
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="compile cocreatie's sources on every start (PYTHONDONTWRITEBYTECODE=1)",
    )
    args = parser.parse_args()

    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(COLUMNS), "LINES": str(ROWS)}
    with tempfile.TemporaryDirectory() as tmp:
        if args.no_bytecode_cache:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            where = Path(__file__).resolve().parents[1]
            print(f"running {where / 'cocreatie'}, compiled on every start")
        else:
            where = installed_copy(Path(tmp) / "installed")
            print(f"running a compiled copy: {where / 'cocreatie'}")
        folder = Path(tmp) / "data"
        print(f"filling {folder} with {args.sessions} sessions…", flush=True)
        fill_data_folder(folder, args.sessions)
        assert len(list(folder.glob("*.json"))) == args.sessions
        ours = [sys.executable, "-m", "cocreatie", "demo", "--data-dir", str(folder)]
        base = [sys.executable, "-c", BASELINE]
        session, content = b"Stap 8/8", b"Rapportcijfers"
        # Warm the file cache once each, so neither run pays for cold disk reads.
        time_to_paint(ours, [session, content], env, where)
        time_to_paint(base, [b"BaselineReady"], env, where)
        first_times, content_times, base_times = [], [], []
        for _ in range(args.runs):
            # Interleaved, so a busy moment on the machine hits both alike.
            first, full = time_to_paint(ours, [session, content], env, where)
            first_times.append(first)
            content_times.append(full)
            base_times.extend(time_to_paint(base, [b"BaselineReady"], env, where))

    base_median = statistics.median(base_times)
    print(f"{'':44}{'median':>9}{'min':>9}{'max':>9}{'ratio':>8}")
    for label, times in (
        (f"cocreatie demo: session screen painted ({args.sessions})", first_times),
        ("cocreatie demo: step content painted", content_times),
        ("Textual Header+Footer baseline", base_times),
    ):
        median = statistics.median(times)
        print(
            f"{label:44}{median:8.3f}s{min(times):8.3f}s{max(times):8.3f}s"
            f"{median / base_median:8.2f}"
        )
    ratio = statistics.median(first_times) / base_median
    verdict = "OK" if ratio <= 1.5 else "ABOVE TARGET"
    print(f"ratio first painted screen / baseline: {ratio:.2f} (target ≤ 1.5: {verdict})")
    print(f"  (fastest run / fastest baseline: {min(first_times) / min(base_times):.2f})")
    full = statistics.median(content_times) / base_median
    print(f"ratio step content painted / baseline: {full:.2f} (no target; for the record)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
