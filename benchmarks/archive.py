"""The shared archive against the data folder, side by side, in one run.

Run: ``.venv/bin/python benchmarks/archive.py [--sessions N] [--repeat N]``

Needs the PostgreSQL server binaries (Debian: ``apt-get install postgresql``)
and the ``archive`` extra. A throwaway cluster is started in a temporary
folder on a free local port (fsync on, as a real server), and removed after.

Setup: 10,000 sessions (the Molenbuurt demo under different ids, seven
actions each: 70,000 actions) published to the archive, with statuses and
feedback dates varied so ``--overdue`` selects a realistic share; the same
10,000 sessions written as files to a data folder, the baseline.

Figures (median ms of ``--repeat`` runs; ratio = archive / folder):
- publish of one session (a changed session: a new version, its actions
  replaced) against saving the same session in the folder (the store's
  crash-safe save);
- ``cocreatie actions --overdue`` and ``cocreatie actions --owner wijkagent``,
  run in-process through ``cocreatie.cli.main``: from the archive (as the
  coordinator role, filtered in the database) and from the folder.

Target: each archive query under 1 s and faster than the folder. Nothing
here is asserted in tests; figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "archive"))

import psycopg
from pgserver import start_server
from psycopg.types.json import Jsonb

from cocreatie.archive import schema
from cocreatie.archive.publish import publish_session
from cocreatie.archive.record import action_rows, published_record, session_of
from cocreatie.cli.main import main as cli
from cocreatie.demo import build_demo_session
from cocreatie.models import ActionStatus
from cocreatie.models.clock import today
from cocreatie.store import SessionRepository
from cocreatie.templating import load_template

QUERY_TARGET_MS = 1000.0
STATUSES = ("open", "busy", "done", "dropped")
COORDINATOR = ("karim", "karim-bench")
FACILITATOR = ("anna", "anna-bench")
BATCH = 500


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up: imports, caches, the server's plan cache
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def variant(base: dict[str, Any], rows: list[dict[str, Any]], i: int) -> tuple[dict, list]:
    """Session ``i``: its own id, neighbourhood, statuses and feedback dates."""
    record = copy.deepcopy(base)
    record["id"] = f"sessie-{i:05d}"
    record["meta"]["neighbourhood"] = f"Wijk {i % 40}"
    record["meta"]["title"] = f"Buurtavond {i}"
    day0 = dt.date(2026, 1, 1)
    own_rows = copy.deepcopy(rows)
    for n, (action, row) in enumerate(zip(record["actions"], own_rows, strict=True)):
        status = STATUSES[(i + n) % 4]
        feedback = (day0 + dt.timedelta(days=(i * 7 + n * 13) % 240)).isoformat()
        action["status"], action["feedback_date"] = status, feedback
        row["status"], row["feedback_date"] = status, feedback
    return record, own_rows


def fill_archive(url: str, base: dict, rows: list, count: int) -> None:
    # Straight through the archive's own function, in batches: the Python
    # side of a publish (labels, validation) is timed separately below.
    with psycopg.connect(url, autocommit=True) as conn:
        for start in range(0, count, BATCH):
            params = []
            for i in range(start, min(count, start + BATCH)):
                record, own_rows = variant(base, rows, i)
                params.append((record["id"], Jsonb(record), Jsonb(own_rows)))
            with conn.transaction(), conn.cursor() as cursor:
                cursor.executemany(
                    "SELECT * FROM cocreatie.publish_version(%s, NULL, %s, %s)", params
                )
        conn.execute("VACUUM ANALYZE cocreatie.actions")


def fill_folder(folder: Path, base: dict, rows: list, count: int) -> None:
    # The store's file layout, written without fsync: setup, not what is timed.
    for i in range(count):
        record, _ = variant(base, rows, i)
        data = {"session": {"1": record}}
        (folder / f"{record['id']}.json").write_text(json.dumps(data), encoding="utf-8")


def run_cli(args: list[str]) -> Callable[[], None]:
    def go() -> None:
        with contextlib.redirect_stdout(io.StringIO()) as out:
            assert cli(args) == 0
        assert out.getvalue()

    return go


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()

    template = load_template("greenfield-buurt")
    demo = build_demo_session(template)
    base = published_record(demo)
    rows = action_rows(session_of(base), today())
    server = start_server(durable=True)
    try:
        admin = server.admin_url()
        with psycopg.connect(admin, autocommit=True) as conn:
            schema.migrate(conn)
            schema.create_roles(conn)
            for (user, password), group in (
                (COORDINATOR, "coordinator"),
                (FACILITATOR, "facilitator"),
            ):
                conn.execute(
                    f"CREATE ROLE {user} LOGIN PASSWORD '{password}' IN ROLE cocreatie_{group}"
                )
        coordinator = server.url(*COORDINATOR)
        facilitator = server.url(*FACILITATOR)
        with tempfile.TemporaryDirectory(prefix="cocreatie-bench-") as tmp:
            folder = Path(tmp) / "folder"
            laptop = Path(tmp) / "laptop"
            folder.mkdir()
            laptop.mkdir()
            started = time.perf_counter()
            fill_archive(admin, base, rows, options.sessions)
            archive_s = time.perf_counter() - started
            started = time.perf_counter()
            fill_folder(folder, base, rows, options.sessions)
            folder_s = time.perf_counter() - started
            n_actions = options.sessions * len(rows)
            print(f"setup: {options.sessions} sessions, {n_actions} actions")
            print(f"  archive filled in {archive_s:.1f} s, folder written in {folder_s:.1f} s\n")

            repository = SessionRepository(laptop)
            repository.create(demo).close()
            flip = [ActionStatus.BUSY, ActionStatus.OPEN]

            def publish() -> None:
                # A real change each time, so each publish is a new version.
                demo.set_action_status(demo.actions[0].id, flip[0])
                flip.reverse()
                assert publish_session(demo, laptop, facilitator).kind in ("new", "conflict")

            def save() -> None:
                demo.set_action_status(demo.actions[0].id, flip[0])
                flip.reverse()
                with repository.open(demo.id) as opened:
                    opened.save(demo)

            figures = [
                (
                    "publish one session",
                    median_ms(publish, options.repeat),
                    median_ms(save, options.repeat),
                    "save in folder",
                ),
            ]
            for label, flags in (
                ("actions --overdue", ["--overdue"]),
                ("actions --owner wijkagent", ["--owner", "wijkagent"]),
            ):
                archive_ms = median_ms(
                    run_cli(["actions", *flags, "--from", coordinator]), options.repeat
                )
                folder_ms = median_ms(
                    run_cli(["actions", *flags, "--data-dir", str(folder)]),
                    max(1, options.repeat // 2),
                )
                figures.append((label, archive_ms, folder_ms, "folder"))

        header = f"{'':28} {'archive':>10} {'baseline':>10} {'ratio':>7}  baseline"
        print(header)
        print("-" * len(header))
        for label, ours, theirs, name in figures:
            print(f"{label:28} {ours:8.1f}ms {theirs:8.1f}ms {ours / theirs:7.3f}  {name}")
        print()
        for label, ours, theirs, _ in figures[1:]:
            ok = ours < QUERY_TARGET_MS and ours < theirs
            verdict = "meets" if ok else "MISSES"
            print(
                f"{label}: {verdict} target (< {QUERY_TARGET_MS:.0f} ms and faster than the folder)"
            )
    finally:
        server.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
