"""The archive's schema: created from an empty database, migrated from the
previous version with its data, all in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from archivehelpers import Archive

from cocreatie.archive import schema
from cocreatie.archive.errors import ArchiveSchemaError
from cocreatie.archive.publish import publish_session, send_pending
from cocreatie.archive.record import action_rows, published_record, session_of
from cocreatie.cli.main import main
from cocreatie.models import Session
from cocreatie.models.clock import today

TABLES = ["actions", "archive_info", "schema_migrations", "session_versions", "sessions"]


def _tables(db: Archive) -> list[str]:
    rows = db.sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'cocreatie'"
        " ORDER BY table_name"
    )
    return [str(r[0]) for r in rows]


def _migrate(db: Archive, target: int = schema.LATEST) -> list[int]:
    with psycopg.connect(db.admin, autocommit=True) as conn:
        return schema.migrate(conn, target)


def test_from_an_empty_database(empty_db: Archive) -> None:
    assert _tables(empty_db) == []
    assert _migrate(empty_db) == [1, 2, 3]
    assert _tables(empty_db) == TABLES
    assert empty_db.sql("SELECT version, name FROM cocreatie.schema_migrations ORDER BY 1") == [
        (1, "versions"),
        (2, "search"),
        (3, "identity"),
    ]
    assert _migrate(empty_db) == []  # a second run finds nothing to do


def test_from_version_1_keeps_the_data_and_indexes_it(
    empty_db: Archive, demo: Session, laptop: Path
) -> None:
    assert _migrate(empty_db, target=1) == [1]
    # Publish the way schema version 1 knew: through its own function.
    record = published_record(demo)
    rows = action_rows(session_of(record), today())
    with psycopg.connect(empty_db.admin, autocommit=True) as conn:
        from psycopg.types.json import Jsonb

        conn.execute(
            "SELECT * FROM cocreatie.publish_version(%s, NULL, %s, %s)",
            (demo.id, Jsonb(record), Jsonb(rows)),
        )
    # This program refuses an archive one version behind, and keeps the work.
    waiting = publish_session(demo, laptop, empty_db.admin)
    assert waiting.kind == "queued" and "schemaversie 1" in waiting.reason

    assert _migrate(empty_db) == [2, 3]
    owner = demo.actors[0].function.lower()
    matches = empty_db.sql(
        "SELECT count(*) FROM cocreatie.actions WHERE people LIKE %s", f"%{owner}%"
    )
    assert matches[0][0] > 0  # the new column was computed for the old rows
    with psycopg.connect(empty_db.admin, autocommit=True) as conn:
        conn.execute("SET enable_seqscan = off")
        plan = conn.execute(
            "EXPLAIN SELECT * FROM cocreatie.actions WHERE people LIKE '%wijkagent%'"
        ).fetchall()
    assert "actions_people_trgm" in " ".join(str(line[0]) for line in plan)
    report = send_pending(laptop, empty_db.admin)
    assert [o.kind for o in report.outcomes] == ["unchanged"]  # same record: no new version


@dataclass(frozen=True)
class _Broken:
    version: int = 2
    name: str = "broken"
    sql: bytes = b"CREATE TABLE cocreatie.half_done (x int); SELECT 1/0;"


def test_a_failing_migration_leaves_the_archive_as_it_was(
    empty_db: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    _migrate(empty_db, target=1)
    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], _Broken()))
    with pytest.raises(psycopg.errors.DivisionByZero):
        _migrate(empty_db, target=2)
    assert "half_done" not in _tables(empty_db)
    assert empty_db.sql("SELECT max(version) FROM cocreatie.schema_migrations") == [(1,)]


def test_an_archive_newer_than_the_program_is_refused(empty_db: Archive) -> None:
    _migrate(empty_db)
    empty_db.sql("INSERT INTO cocreatie.schema_migrations (version, name) VALUES (99, 'future')")
    with pytest.raises(ArchiveSchemaError, match="nieuwer"):
        _migrate(empty_db)


def test_command_line_init_migrate_and_roles(
    empty_db: Archive, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["archive", "migrate", empty_db.admin]) == 2
    assert "Hier staat nog geen cocreatie-archief" in capsys.readouterr().err

    assert main(["archive", "init", empty_db.admin, "--roles"]) == 0
    out = capsys.readouterr().out
    assert "Archief gemaakt" in out and f"schemaversie {schema.LATEST}" in out and "Rollen" in out
    assert "geheim-superuser-7" not in out and "postgres:***@" in out

    assert main(["archive", "init", empty_db.admin]) == 0
    assert "bestaat al" in capsys.readouterr().out
    assert main(["archive", "migrate", empty_db.admin]) == 0
    assert "al bij" in capsys.readouterr().out

    assert main(["archive", "roles"]) == 0
    sql = capsys.readouterr().out
    assert "CREATE ROLE cocreatie_facilitator NOLOGIN" in sql
    assert "CREATE ROLE cocreatie_coordinator NOLOGIN" in sql
    assert "GRANT SELECT ON ALL TABLES IN SCHEMA cocreatie TO cocreatie_coordinator" in sql
