"""Schema version 3 gives every archived action its identity: an archive of
version 2 with sessions and their follow-ups in it is migrated, and then
agrees with the folder, as new publishes do."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg
import pytest
from archivehelpers import Archive
from identityhelpers import folder_of, follow_up
from psycopg.types.json import Jsonb

from cocreatie.archive import schema
from cocreatie.archive.publish import publish_session
from cocreatie.archive.record import action_rows, published_record, session_of
from cocreatie.cli.main import main
from cocreatie.models import Action, ActionStatus, Session
from cocreatie.models.clock import today

FILTERS = [[], ["--overdue"], ["--status", "open"], ["--owner", "gemeente", "--format", "csv"]]


def _publish_as_version_2(db: Archive, sessions: list[Session]) -> None:
    """Publish the way schema version 2 knew: through its own function, whose
    action rows carry no link to an earlier session."""
    with psycopg.connect(db.admin, autocommit=True) as conn:
        for session in sessions:
            record = published_record(session)
            rows = action_rows(session_of(record), today())
            conn.execute(
                "SELECT * FROM cocreatie.publish_version(%s, NULL, %s, %s)",
                (session.id, Jsonb(record), Jsonb(rows)),
            )


def _actions(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["actions", *args]) == 0
    return capsys.readouterr().out


def test_version_2_data_is_linked_on_migration(
    empty_db: Archive,
    demo: Session,
    laptop: Path,
    tmp_path: Path,
    frozen_clock: dt.datetime,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with psycopg.connect(empty_db.admin, autocommit=True) as conn:
        assert schema.migrate(conn, target=2) == [1, 2]
    second = follow_up(demo, "Terugkomavond maart", dt.date(2026, 3, 10))
    second.set_action_status("x-verlichting", ActionStatus.DONE, "vervangen")
    third = follow_up(second, "Terugkomavond mei", dt.date(2026, 5, 21))
    third.update(Action, "x-spreekuur", feedback_date=dt.date(2026, 3, 2))
    # The follow-ups first, and the March session twice: its actions are
    # the second version's, and their links must come from that version.
    second.set_action_status("x-kennismaken", ActionStatus.BUSY)
    _publish_as_version_2(empty_db, [third, second])
    second.set_action_status("x-kennismaken", ActionStatus.DROPPED, "geen animo")
    _publish_as_version_2(empty_db, [second, demo])
    coordinator = empty_db.login("karim")
    # Before: every copy counts (what this change repairs).
    assert main(["actions", "--from", coordinator]) == 2
    assert "schemaversie 2" in capsys.readouterr().err
    assert empty_db.sql("SELECT count(*) FROM cocreatie.actions") == [(21,)]

    with psycopg.connect(empty_db.admin, autocommit=True) as conn:
        assert schema.migrate(conn) == [3]

    folder = folder_of(tmp_path, [demo, second, third])
    for flags in FILTERS:
        from_folder = _actions(capsys, *flags, "--data-dir", str(folder))
        assert _actions(capsys, *flags, "--from", coordinator) == from_folder, flags
    assert "7 van de 7 acties" in _actions(capsys, "--from", coordinator)
    rows = empty_db.sql(
        "SELECT session_id, identity, generation, version FROM cocreatie.actions"
        " WHERE action_id = 'x-kennismaken' ORDER BY generation"
    )
    assert rows == [
        (demo.id, f"{demo.id}/x-kennismaken", 0, 1),
        (second.id, f"{demo.id}/x-kennismaken", 1, 2),
        (third.id, f"{demo.id}/x-kennismaken", 2, 1),
    ]
    newest = empty_db.sql("SELECT DISTINCT session_id FROM cocreatie.actions WHERE is_latest")
    assert newest == [(third.id,)]

    # Publishing after the migration links the new rows the same way.
    fourth = follow_up(third, "Terugkomavond juli", dt.date(2026, 7, 2))
    fourth.set_action_status("x-snelheid", ActionStatus.DONE, "gemeten")
    assert publish_session(fourth, laptop, empty_db.login("anna")).kind == "new"
    folder = folder_of(tmp_path / "again", [demo, second, third, fourth])
    from_folder = _actions(capsys, "--data-dir", str(folder))
    assert _actions(capsys, "--from", coordinator) == from_folder
    assert "Terugkomavond juli" in from_folder and "Terugkomavond mei" not in from_folder


def test_migrating_an_empty_version_2_archive(empty_db: Archive) -> None:
    with psycopg.connect(empty_db.admin, autocommit=True) as conn:
        assert schema.migrate(conn, target=2) == [1, 2]
        assert schema.migrate(conn) == [3]
    assert empty_db.sql("SELECT count(*) FROM cocreatie.actions") == [(0,)]
