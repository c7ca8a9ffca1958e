"""A server or connection killed mid-publish leaves the whole version or none.

The hook runs inside the publish transaction, after the version, the session
row and the action rows are written and before the commit: the worst moment.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from archivehelpers import Archive
from pgserver import PgServer, ServerUnavailable, start_server

from cocreatie.archive import outbox, schema
from cocreatie.archive.publish import publish_session, send_pending
from cocreatie.models import ActionStatus, Session


def _state(db_url: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(db_url, autocommit=True) as conn:
        return [
            *conn.execute(
                "SELECT session_id, version, parent_version FROM cocreatie.session_versions"
                " ORDER BY version"
            ).fetchall(),
            *conn.execute("SELECT session_id, latest_version FROM cocreatie.sessions").fetchall(),
            *conn.execute(
                "SELECT action_id, version, status FROM cocreatie.actions ORDER BY action_id"
            ).fetchall(),
        ]


def _change(session: Session) -> None:
    session.set_action_status(session.actions[0].id, ActionStatus.DONE, "klaar")


def test_connection_killed_before_commit_leaves_no_part_of_the_version(
    archive: Archive, demo: Session, laptop: Path
) -> None:
    publish_session(demo, laptop, archive.login("anna"))
    before = _state(archive.admin)
    _change(demo)

    def kill_connection(conn: psycopg.Connection[Any]) -> None:
        pid = conn.info.backend_pid
        archive.sql("SELECT pg_terminate_backend(%s)", pid)

    outcome = publish_session(demo, laptop, archive.login("anna"), before_commit=kill_connection)
    assert outcome.kind == "queued" and "niet bereikbaar" in outcome.reason
    assert _state(archive.admin) == before  # no version 2, no half-updated actions
    assert outbox.count(laptop) == 1

    report = send_pending(laptop, archive.login("anna"))
    assert [(o.kind, o.version, o.parent) for o in report.outcomes] == [("new", 2, 1)]
    statuses = {row[0]: row[2] for row in _state(archive.admin)[3:]}
    assert statuses[demo.actions[0].id] == "done"


@pytest.fixture
def durable_server() -> Iterator[PgServer]:
    """A cluster of its own that fsyncs: this test kills it."""
    try:
        server = start_server(durable=True)
    except ServerUnavailable as exc:
        pytest.skip(f"no PostgreSQL server for the crash test: {exc}")
    try:
        with psycopg.connect(server.admin_url(), autocommit=True) as conn:
            schema.migrate(conn)
        yield server
    finally:
        server.remove()


def _wait_until_up(server: PgServer) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            with psycopg.connect(server.admin_url(), autocommit=True, connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.mark.slow
def test_server_killed_mid_publish_keeps_the_archive_whole(
    durable_server: PgServer, demo: Session, laptop: Path
) -> None:
    server = durable_server
    assert publish_session(demo, laptop, server.admin_url()).version == 1
    before = _state(server.admin_url())
    _change(demo)

    def kill_server(conn: psycopg.Connection[Any]) -> None:
        # The postmaster and the process serving this connection, both hard.
        backend = conn.info.backend_pid
        server.kill_hard()
        # It may have noticed its postmaster had gone and left first.
        with contextlib.suppress(ProcessLookupError):
            os.kill(backend, signal.SIGKILL)

    outcome = publish_session(demo, laptop, server.admin_url(), before_commit=kill_server)
    assert outcome.kind == "queued"

    server.start()  # crash recovery replays what was committed, nothing more
    _wait_until_up(server)
    assert _state(server.admin_url()) == before
    report = send_pending(laptop, server.admin_url())
    assert [(o.kind, o.version) for o in report.outcomes] == [("new", 2)]
    assert len(_state(server.admin_url())) == len(before) + 1  # one more version, same actions
