"""Publishing to a real PostgreSQL: byte-equal read-back, pseudonyms by
default, names only with consent, versions, and nothing pointless stored."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
from archivehelpers import Archive

from cocreatie.archive import bases, query
from cocreatie.archive.publish import publish_session
from cocreatie.archive.record import record_bytes
from cocreatie.export.record import render_json
from cocreatie.models import ActionStatus, Session

RESIDENT_NAMES = ("Anja", "Henk", "Samira", "Oma Tiny", "Kevin")


def _stored(archive: Archive, session_id: str, version: int) -> dict[str, object]:
    [(record,)] = archive.sql(
        "SELECT record FROM cocreatie.session_versions WHERE session_id = %s AND version = %s",
        session_id,
        version,
    )
    assert isinstance(record, dict)
    return record


def test_published_record_reads_back_byte_equal_to_the_export(
    archive: Archive, demo: Session, laptop: Path
) -> None:
    outcome = publish_session(demo, laptop, archive.login("anna"))
    assert (outcome.kind, outcome.version, outcome.parent) == ("new", 1, None)

    with psycopg.connect(archive.login("anna"), autocommit=True) as conn:
        record = query.version_record(conn, archive.login("anna"), demo.id, 1)
    assert record_bytes(record) == render_json(demo).encode("utf-8")


def test_residents_are_pseudonymised_by_default(
    archive: Archive, demo: Session, laptop: Path
) -> None:
    publish_session(demo, laptop, archive.login("anna"))
    text = json.dumps(_stored(archive, demo.id, 1), ensure_ascii=False)
    for name in RESIDENT_NAMES:
        assert f'"{name}"' not in text
    assert "06 1234 5678" not in text and "anja@voorbeeld.nl" not in text
    assert '"Bewoner 1"' in text
    # Professionals keep their names: their post is what the plan needs.
    assert "Marloes Visser" in text


def test_names_only_for_residents_who_consented(
    archive: Archive, demo: Session, laptop: Path
) -> None:
    publish_session(demo, laptop, archive.login("anna"), with_names=True)
    record = _stored(archive, demo.id, 1)
    people = {p["id"]: p for p in record["participants"]}  # type: ignore[index, union-attr]
    assert people["p-anja"]["display_name"] == "Anja"  # consent recorded
    assert people["p-henk"]["display_name"] == "Bewoner 2"  # none: pseudonym
    text = json.dumps(record, ensure_ascii=False)
    assert '"Henk"' not in text and '"Kevin"' not in text


def test_same_record_twice_is_no_new_version(archive: Archive, demo: Session, laptop: Path) -> None:
    first = publish_session(demo, laptop, archive.login("anna"))
    again = publish_session(demo, laptop, archive.login("anna"))
    assert (first.kind, again.kind, again.version) == ("new", "unchanged", 1)
    assert archive.sql("SELECT count(*) FROM cocreatie.session_versions") == [(1,)]


def test_a_changed_session_becomes_the_next_version_with_its_parent(
    archive: Archive, demo: Session, laptop: Path
) -> None:
    publish_session(demo, laptop, archive.login("anna"))
    action = demo.actions[0]
    demo.set_action_status(action.id, ActionStatus.DONE, "klaar")
    outcome = publish_session(demo, laptop, archive.login("anna"))
    assert (outcome.kind, outcome.version, outcome.parent) == ("new", 2, 1)
    rows = archive.sql(
        "SELECT version, parent_version, publisher, conflicts_with FROM cocreatie.session_versions"
        " ORDER BY version"
    )
    assert rows == [(1, None, "anna", None), (2, 1, "anna", None)]
    # The actions table holds the latest version only: each action once.
    statuses = dict(archive.sql("SELECT action_id, status FROM cocreatie.actions"))
    assert len(statuses) == len(demo.actions)
    assert statuses[action.id] == "done"
    archive_id = archive.sql("SELECT archive_id::text FROM cocreatie.archive_info")[0][0]
    assert bases.base_version(laptop, demo.id, str(archive_id)) == 2
