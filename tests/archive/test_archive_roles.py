"""Least privilege, checked against the server: facilitators publish and read
back their own versions; coordinators read everything and write nothing."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from archivehelpers import Archive
from psycopg import errors

from cocreatie.archive.publish import publish_session
from cocreatie.models import Session

WRITES = (
    "INSERT INTO cocreatie.session_versions (session_id, version, publisher, record,"
    " content_hash) VALUES ('x', 9, 'karim', '{}', 'h')",
    "UPDATE cocreatie.session_versions SET record = '{}'",
    "DELETE FROM cocreatie.session_versions",
    "UPDATE cocreatie.actions SET status = 'done'",
    "DELETE FROM cocreatie.sessions",
    "SELECT * FROM cocreatie.publish_version('molenbuurt-demo', NULL, '{}', '[]')",
    # Identities are the archive's to keep (schema version 3).
    "SELECT cocreatie.relink_actions(NULL, NULL, NULL)",
)


@pytest.fixture
def published(archive: Archive, demo: Session, laptop: Path, tmp_path: Path) -> Session:
    """Anna published the demo; Ben published a session of his own."""
    publish_session(demo, laptop, archive.login("anna"))
    other = demo.model_copy(update={"id": "muziekwijk-zuid"}, deep=True)
    ben = tmp_path / "ben"
    ben.mkdir()
    publish_session(other, ben, archive.login("ben"))
    return demo


@pytest.mark.parametrize("statement", WRITES)
def test_a_coordinator_cannot_write(archive: Archive, published: Session, statement: str) -> None:
    before = archive.sql("SELECT count(*), max(content_hash) FROM cocreatie.session_versions")
    with (
        psycopg.connect(archive.login("karim"), autocommit=True) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute(statement)
    after = archive.sql("SELECT count(*), max(content_hash) FROM cocreatie.session_versions")
    assert before == after


def test_a_coordinator_publishing_is_refused_and_the_session_waits(
    archive: Archive, demo: Session, tmp_path: Path
) -> None:
    outcome = publish_session(demo, tmp_path, archive.login("karim"))
    assert outcome.kind == "queued" and "geen recht" in outcome.reason
    assert archive.sql("SELECT count(*) FROM cocreatie.session_versions") == [(0,)]


def test_a_coordinator_reads_every_version_and_action(archive: Archive, published: Session) -> None:
    with psycopg.connect(archive.login("karim"), autocommit=True) as conn:
        publishers = conn.execute(
            "SELECT publisher FROM cocreatie.session_versions ORDER BY publisher"
        ).fetchall()
        actions = conn.execute("SELECT count(*) FROM cocreatie.actions").fetchone()
    assert publishers == [("anna",), ("ben",)]
    assert actions == (2 * len(published.actions),)


def test_a_facilitator_reads_only_its_own_versions(archive: Archive, published: Session) -> None:
    with psycopg.connect(archive.login("ben"), autocommit=True) as conn:
        seen = conn.execute("SELECT session_id FROM cocreatie.session_versions").fetchall()
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM cocreatie.actions")
    assert seen == [("muziekwijk-zuid",)]


@pytest.mark.parametrize("statement", WRITES[:3])
def test_a_facilitator_cannot_change_or_remove_versions(
    archive: Archive, published: Session, statement: str
) -> None:
    with (
        psycopg.connect(archive.login("anna"), autocommit=True) as conn,
        pytest.raises(errors.InsufficientPrivilege),
    ):
        conn.execute(statement)


def test_the_administrator_can_remove_a_session_as_the_readme_says(
    archive: Archive, published: Session
) -> None:
    with psycopg.connect(archive.admin) as conn, conn.transaction():
        conn.execute("DELETE FROM cocreatie.sessions WHERE session_id = %s", (published.id,))
        conn.execute(
            "DELETE FROM cocreatie.session_versions WHERE session_id = %s", (published.id,)
        )
    left = archive.sql("SELECT DISTINCT session_id FROM cocreatie.session_versions")
    assert left == [("muziekwijk-zuid",)]
    assert archive.sql(
        "SELECT count(*) FROM cocreatie.actions WHERE session_id = %s", published.id
    ) == [(0,)]
