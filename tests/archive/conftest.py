"""A real PostgreSQL for the archive tests: one throwaway cluster per test
process, a fresh database per test.

Where no server can be started (PostgreSQL not installed), every test here
is skipped with the reason, printed by ``-rs`` in the pytest options.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from archivehelpers import COORDINATORS, DATABASES, FACILITATORS, Archive
from pgserver import PgServer, ServerUnavailable, start_server

from cocreatie.archive import schema
from cocreatie.demo import build_demo_session
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        server = start_server()
    except ServerUnavailable as exc:
        pytest.skip(f"no PostgreSQL server for the archive tests: {exc}")
    try:
        with psycopg.connect(server.admin_url(), autocommit=True) as conn:
            conn.execute(schema.sql_file("roles.sql"))
            for user, password in FACILITATORS.items():
                conn.execute(
                    f"CREATE ROLE {user} LOGIN PASSWORD '{password}' IN ROLE cocreatie_facilitator"
                )
            for user, password in COORDINATORS.items():
                conn.execute(
                    f"CREATE ROLE {user} LOGIN PASSWORD '{password}' IN ROLE cocreatie_coordinator"
                )
        yield server
    finally:
        server.remove()


@pytest.fixture
def empty_db(pg_server: PgServer) -> Archive:
    """A new, empty database (no archive in it yet)."""
    name = f"archive_{next(DATABASES)}"
    with psycopg.connect(pg_server.admin_url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return Archive(pg_server, name)


@pytest.fixture(scope="session")
def _shared_archive(pg_server: PgServer) -> Archive:
    # Creating a database takes about a second here; emptying one does not.
    shared = Archive(pg_server, "archive_shared")
    with psycopg.connect(pg_server.admin_url(), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {shared.db}")
    with psycopg.connect(shared.admin, autocommit=True) as conn:
        schema.migrate(conn)
        schema.create_roles(conn)
    return shared


@pytest.fixture
def archive(_shared_archive: Archive) -> Archive:
    """The archive at the latest schema with both roles' rights, and empty."""
    _shared_archive.sql(
        "TRUNCATE cocreatie.actions, cocreatie.sessions, cocreatie.session_versions"
    )
    return _shared_archive


@pytest.fixture
def demo(greenfield: SessionTemplate) -> Session:
    return build_demo_session(greenfield)


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A data folder of its own (a second laptop gets another)."""
    folder = tmp_path / "laptop-a"
    folder.mkdir(mode=0o700)
    return folder
