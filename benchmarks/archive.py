"""The shared archive against the data folder, side by side, in one run.

Run: ``.venv/bin/python benchmarks/archive.py [--sessions N] [--repeat N]``

Needs the PostgreSQL server binaries (Debian: ``apt-get install postgresql``)
and the ``archive`` extra. A throwaway cluster is started in a temporary
folder on a free local port (fsync on, as a real server), and removed after.

Setup: 10,000 sessions (the Molenbuurt demo under different ids, seven
actions each: 70,000 action rows) published to the archive, with statuses and
feedback dates varied so ``--overdue`` selects a realistic share; the same
10,000 sessions written as files to a data folder, the baseline. Sessions
come in chains of ``--chain`` (default 3): a session, its follow-up and a
follow-up of that, each carrying the actions on with statuses moved on, so
the queries count each action once over its copies (``--chain 1``: no
follow-ups, every row its own action, the setup of the first figures).
The first half is published to an archive at schema version 2 and migrated
(timed: the backfill of identities), the second half through the current
schema's publish function.

Figures (median ms of ``--repeat`` runs; ratio = archive / folder):
- publish of one session (a changed session: a new version, its actions
  replaced) against saving the same session in the folder (the store's
  crash-safe save);
- ``actions --overdue`` and ``actions --owner 'marloes visser 17'`` (one
  officer's actions; names vary per session, so this matches 11 of 250
  people): the query alone (archive: connect as the coordinator, filter in
  the database, fetch the rows; folder: read and validate every file, then
  filter), and the whole command run in-process through
  ``cocreatie.cli.main`` (the same plus the Markdown table, whose rendering
  is shared code and grows with the number of rows).

Target: each archive query under 1 s and faster than the folder. Nothing
here is asserted in tests; figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import contextlib
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
from cocreatie.archive.views import archive_overview
from cocreatie.cli.main import main as cli
from cocreatie.demo import build_demo_session
from cocreatie.export.overview import OverviewFilter, build_overview
from cocreatie.models import ActionStatus
from cocreatie.models.clock import today
from cocreatie.store import SessionRepository
from cocreatie.store.action_parts import read_actions_parts
from cocreatie.templating import load_template

QUERY_TARGET_MS = 1000.0
STATUSES = ("open", "busy", "done", "dropped")
PROFESSIONALS = ("Marloes Visser", "Karin de Boer", "Youssef El Amrani", "Bas Mulder")
COORDINATOR = ("karim", "karim-bench")
FACILITATOR = ("anna", "anna-bench")
BATCH = 500
QUERIES = (
    ("actions --overdue", ["--overdue"], OverviewFilter(overdue=True)),
    (
        "actions --owner 'marloes visser 17'",
        ["--owner", "marloes visser 17"],
        OverviewFilter(owner="marloes visser 17"),
    ),
)


def median_ms(fn: Callable[[], object], repeat: int, warm_up: bool = True) -> float:
    if warm_up:  # imports, caches, the server's plan cache
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def variant(
    base: dict[str, Any], rows: list[dict[str, Any]], i: int, day0: dt.date, chain: int
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Session ``i``: its own id, neighbourhood, professionals, statuses and
    feedback dates (from two months before ``day0`` to a year after, so
    "overdue" selects a share a municipality might really have). Within a
    chain, a follow-up of session ``i - 1``, in its neighbourhood, with its
    people, two months later."""
    step = i % chain
    root = i - step
    text = json.dumps(base)
    own_rows_text = json.dumps(rows)
    for name in PROFESSIONALS:  # each person works in 40 chains of sessions
        text = text.replace(name, f"{name} {root % 250}")
        own_rows_text = own_rows_text.replace(name, f"{name} {root % 250}")
    record = json.loads(text)
    own_rows = json.loads(own_rows_text)
    record["id"] = session_id(i)
    record["meta"]["neighbourhood"] = f"Wijk {root % 40}"
    record["meta"]["title"] = f"Buurtavond {i}"
    if step:
        when = dt.date.fromisoformat(record["meta"]["date"]) + dt.timedelta(days=60 * step)
        record["meta"]["date"] = when.isoformat()
        record["previous_session_id"] = session_id(i - 1)
        for action in record["actions"]:
            action["carried_from"] = f"{session_id(i - 1)}/{action['id']}"
    for n, (action, row) in enumerate(zip(record["actions"], own_rows, strict=True)):
        status = STATUSES[(i + n) % 4]
        offset = (i * 7 + n * 13) % 420 - 60
        feedback = (day0 + dt.timedelta(days=offset)).isoformat()
        action["status"], action["feedback_date"] = status, feedback
        row["status"], row["feedback_date"] = status, feedback
    return record, own_rows


def session_id(i: int) -> str:
    return f"sessie-{i:05d}"


def fill_archive(
    url: str, base: dict, rows: list, sessions: range, day0: dt.date, chain: int
) -> None:
    # Straight through the archive's own function, in batches: the Python
    # side of a publish (labels, validation) is timed separately below.
    with psycopg.connect(url, autocommit=True) as conn:
        for start in range(sessions.start, sessions.stop, BATCH):
            params = []
            for i in range(start, min(sessions.stop, start + BATCH)):
                record, own_rows = variant(base, rows, i, day0, chain)
                params.append((record["id"], Jsonb(record), Jsonb(own_rows)))
            with conn.transaction(), conn.cursor() as cursor:
                cursor.executemany(
                    "SELECT * FROM cocreatie.publish_version(%s, NULL, %s, %s)", params
                )
        conn.execute("VACUUM ANALYZE cocreatie.actions")


def fill_folder(
    folder: Path, base: dict, rows: list, count: int, day0: dt.date, chain: int
) -> None:
    # The store's file layout, written without fsync: setup, not what is timed.
    for i in range(count):
        record, _ = variant(base, rows, i, day0, chain)
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
    parser.add_argument("--chain", type=int, default=3, help="sessions per chain of follow-ups")
    options = parser.parse_args()

    template = load_template("greenfield-buurt")
    demo = build_demo_session(template)
    base = published_record(demo)
    rows = action_rows(session_of(base), today())
    server = start_server(durable=True)
    try:
        admin = server.admin_url()
        with psycopg.connect(admin, autocommit=True) as conn:
            schema.migrate(conn, target=2)
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
            chain, half = options.chain, options.sessions // 2
            started = time.perf_counter()
            fill_archive(admin, base, rows, range(half), today(), chain)
            old_s = time.perf_counter() - started
            started = time.perf_counter()
            with psycopg.connect(admin, autocommit=True) as conn:
                schema.migrate(conn)
            migrate_s = time.perf_counter() - started
            started = time.perf_counter()
            fill_archive(admin, base, rows, range(half, options.sessions), today(), chain)
            new_s = time.perf_counter() - started
            started = time.perf_counter()
            fill_folder(folder, base, rows, options.sessions, today(), chain)
            folder_s = time.perf_counter() - started
            n_actions = options.sessions * len(rows)
            print(
                f"setup: {options.sessions} sessions in chains of {chain}, {n_actions} action rows"
            )
            print(
                f"  archive: {half} sessions at schema 2 in {old_s:.1f} s, migrated to"
                f" {schema.LATEST} in {migrate_s:.1f} s, {options.sessions - half} more at"
                f" {schema.LATEST} in {new_s:.1f} s; folder written in {folder_s:.1f} s\n"
            )

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

            figures: list[tuple[str, float, float, str]] = []
            # The query: the filtered rows in memory (archive: connect, filter
            # in the database, fetch; folder: read every file, filter). The
            # command: the same plus the Markdown table on standard output.
            repository_folder = SessionRepository(folder)
            started = time.perf_counter()
            parts, skipped = read_actions_parts(repository_folder.layout)
            loaded = build_overview(parts, skipped=skipped)
            folder_load_ms = (time.perf_counter() - started) * 1000
            for label, flags, flt in QUERIES:

                def archive_query(flt: OverviewFilter = flt) -> int:
                    return len(archive_overview(coordinator, flt)[0])

                def folder_query(flt: OverviewFilter = flt) -> int:
                    return len(loaded.filtered(flt))

                found = archive_query()
                # Each action once, the same ones: what the archive's
                # identities promise, checked at this size too.
                assert found == folder_query(), (label, found, folder_query())
                same = {(r.session_id, r.action_id) for r in archive_overview(coordinator, flt)[0]}
                assert same == {(r.session_id, r.action_id) for r in loaded.filtered(flt)}
                query_ms = median_ms(archive_query, options.repeat)
                figures.append(
                    (
                        f"{label}: query",
                        query_ms,
                        folder_load_ms + median_ms(folder_query, options.repeat),
                        f"folder ({found} rows)",
                    )
                )
                command_ms = median_ms(
                    run_cli(["actions", *flags, "--from", coordinator]), options.repeat
                )
                folder_ms = median_ms(
                    run_cli(["actions", *flags, "--data-dir", str(folder)]), 1, warm_up=False
                )
                figures.append((f"{label}: command", command_ms, folder_ms, "folder"))

            # Last: the published demo session would count in the queries.
            figures.insert(
                0,
                (
                    "publish one session",
                    median_ms(publish, options.repeat),
                    median_ms(save, options.repeat),
                    "save in folder",
                ),
            )
        header = f"{'':40} {'archive':>10} {'baseline':>10} {'ratio':>7}  baseline"
        print(header)
        print("-" * len(header))
        for label, ours, theirs, name in figures:
            print(f"{label:40} {ours:8.1f}ms {theirs:8.1f}ms {ours / theirs:7.3f}  {name}")
        print()
        for label, ours, theirs, _ in figures[1:]:
            if label.endswith("query"):
                ok = ours < QUERY_TARGET_MS and ours < theirs
                verdict = "meets" if ok else "MISSES"
                print(f"{label}: {verdict} target (< {QUERY_TARGET_MS:.0f} ms, faster than folder)")
    finally:
        server.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
