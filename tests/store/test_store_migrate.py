"""Schema migrations (v1 → v2 → v3 → v4), and refusing records from a newer program."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from storehelpers import make_session, stored_record, write_tables

from cocreatie.models import SCHEMA_VERSION, Participant, Session, Wish
from cocreatie.store import NewerSchemaError, SessionRepository, migrate
from cocreatie.store.errors import InvalidRecordError
from cocreatie.store.records import read_foreign


def v1_record(contact: str | None = "06-12345678, na 18 uur", date: str | None = "2026-03-12"):
    """A v1 record: free-text contact, no consent object, no schema_version."""
    session = make_session()
    session.add(Participant(display_name="Henk", kind="professional"))
    record: dict[str, Any] = session.model_dump(mode="json")
    del record["schema_version"]
    record["meta"]["date"] = date
    for person in record["participants"]:
        del person["consent"]
        person["contact"] = None
    record["participants"][0]["contact"] = contact
    return record


def test_v1_contact_text_becomes_other_with_consent() -> None:
    old = v1_record()
    new, changed = migrate(old)
    assert changed
    assert new["schema_version"] == SCHEMA_VERSION
    fatima, henk = new["participants"]
    assert fatima["contact"] == {"phone": "", "email": "", "other": "06-12345678, na 18 uur"}
    assert fatima["consent"] == {
        "given": True,
        "date": "2026-03-12",
        "scope": "contact over dit plan",
        "recorded_by": "migratie v1",
    }
    assert henk["contact"] is None
    assert "consent" not in henk
    session = Session.model_validate(new)
    assert session.participants[0].contact is not None
    assert session.participants[0].contact.other == "06-12345678, na 18 uur"


def test_input_is_not_modified() -> None:
    old = v1_record()
    snapshot = copy.deepcopy(old)
    migrate(old)
    assert old == snapshot


def test_empty_contact_text_becomes_null_without_consent() -> None:
    new, _ = migrate(v1_record(contact="   "))
    assert new["participants"][0]["contact"] is None
    assert "consent" not in new["participants"][0]


def test_without_a_session_date_consent_is_dated_by_creation() -> None:
    # The model refuses given consent without a date; the creation date is
    # the closest fact a v1 file holds.
    old = v1_record(date=None)
    new, _ = migrate(old)
    assert new["participants"][0]["consent"]["date"] == old["created"][:10]
    Session.model_validate(new)


def test_current_record_is_returned_unchanged() -> None:
    record = make_session().model_dump(mode="json")
    new, changed = migrate(record)
    assert not changed
    assert new == record


def test_missing_version_means_1_and_explicit_1_migrates_too() -> None:
    implicit = v1_record()
    explicit = {**implicit, "schema_version": 1}
    assert migrate(explicit)[0] == migrate(implicit)[0]


def test_newer_schema_is_refused() -> None:
    record = make_session().model_dump(mode="json")
    record["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(NewerSchemaError) as info:
        migrate(record)
    assert (info.value.found, info.value.supported) == (SCHEMA_VERSION + 1, SCHEMA_VERSION)


@pytest.mark.parametrize("bad", ["2", True, 0, None])
def test_nonsense_version_is_invalid(bad: object) -> None:
    record = make_session().model_dump(mode="json")
    record["schema_version"] = bad
    with pytest.raises(InvalidRecordError):
        migrate(record)


def _v1_file(repo: SessionRepository) -> tuple[str, Path, bytes]:
    record = v1_record()
    repo.data_dir.mkdir(parents=True, exist_ok=True)
    path = repo.layout.session_file(record["id"])
    write_tables(path, record)
    return record["id"], path, path.read_bytes()


def test_opening_a_v1_file_backs_it_up_then_stores_the_current_version(tmp_path: Path) -> None:
    repo = SessionRepository(tmp_path / "data")  # default interval: one backup only
    session_id, path, v1_bytes = _v1_file(repo)
    with repo.open(session_id) as opened:
        assert opened.migrated
        assert opened.session.participants[0].contact is not None
        (backup,) = repo.backups.list_backups(session_id)
        assert backup.read_bytes() == v1_bytes
        assert stored_record(path)["schema_version"] == SCHEMA_VERSION
    with repo.open(session_id) as again:
        assert not again.migrated


def test_read_only_open_migrates_in_memory_only(repo: SessionRepository) -> None:
    session_id, path, v1_bytes = _v1_file(repo)
    with repo.open(session_id, read_only=True) as opened:
        assert opened.migrated
        assert opened.session.schema_version == SCHEMA_VERSION
    assert path.read_bytes() == v1_bytes
    assert repo.backups.list_backups(session_id) == []


def test_newer_file_is_refused_untouched_and_unlocked(repo: SessionRepository) -> None:
    record = make_session().model_dump(mode="json")
    record["schema_version"] = SCHEMA_VERSION + 1
    record["nieuw_veld"] = "van een nieuwere versie"
    repo.data_dir.mkdir(parents=True)
    path = repo.layout.session_file(record["id"])
    write_tables(path, record)
    before = path.read_bytes()
    for _ in range(2):  # the second attempt proves the lock was released
        with pytest.raises(NewerSchemaError):
            repo.open(record["id"])
    assert path.read_bytes() == before
    assert not repo.layout.damaged_dir.exists()
    (summary,) = repo.list_summaries()
    assert summary.newer_schema and not summary.damaged
    assert summary.title == record["meta"]["title"]


def test_import_of_a_v1_export_is_migrated(repo: SessionRepository) -> None:
    record = v1_record()
    imported = read_foreign(json.loads(json.dumps(record)))
    repo.create(imported).close()
    assert imported.schema_version == SCHEMA_VERSION
    stored = stored_record(repo.layout.session_file(record["id"]))
    assert stored["schema_version"] == SCHEMA_VERSION


def test_migration_backs_up_even_right_after_a_routine_backup(tmp_path: Path) -> None:
    """The backup before a migration ignores the 30-second interval."""
    repo = SessionRepository(tmp_path / "data")
    record = v1_record()
    current, _ = migrate(record)
    repo.create(read_foreign(current)).close()
    with repo.open(record["id"]) as opened:  # a routine backup is taken now
        opened.save(Session.model_validate({**current, "progress": {"current_step": 1}}))
    path = repo.layout.session_file(record["id"])
    write_tables(path, record)  # an old v1 copy put back by hand
    v1_bytes = path.read_bytes()
    with repo.open(record["id"]) as opened:
        assert opened.migrated
    assert repo.backups.list_backups(record["id"])[0].read_bytes() == v1_bytes


def test_a_v2_record_reads_as_v3_with_no_earlier_title() -> None:
    record = make_session().model_dump(mode="json")
    record["schema_version"] = 2
    for key in ("previous_session_title", "previous_session_date"):
        del record[key]
    new, changed = migrate(record)
    assert changed and new["schema_version"] == SCHEMA_VERSION
    session = Session.model_validate(new)
    assert (session.previous_session_title, session.previous_session_date) == ("", None)


def _as_v3(record: dict[str, Any]) -> dict[str, Any]:
    """A record as version 3 wrote it: none of the phone fields."""
    record["schema_version"] = 3
    del record["voting"], record["statements"], record["closing"]["responses"]
    for person in record["participants"]:
        del person["device_id"]
    for item in [*record["wishes"], *record["veiligheid"]["contributions"]]:
        del item["origin"], item["hidden"], item["merged_into"]
    return record


def test_a_v3_record_reads_as_v4_with_nothing_from_phones() -> None:
    session = make_session()
    session.add(Participant(display_name="Anja"))
    session.add_contribution("Het pad is donker")
    session.add(Wish(text="Meer licht", votes=4))
    v3 = _as_v3(session.model_dump(mode="json"))
    new, changed = migrate(v3)
    assert changed and new["schema_version"] == 4 == SCHEMA_VERSION
    migrated = Session.model_validate(new)
    assert migrated.voting.open and migrated.voting.dots == []
    assert migrated.statements == [] and migrated.closing.responses == []
    assert migrated.participants[0].device_id is None
    wish = migrated.wishes[-1]
    assert (wish.votes, wish.hidden, wish.merged_into, wish.origin) == (4, False, None, None)
    assert migrated.veiligheid.contributions[0].shown
    # The facilitator's tally is the whole count: no dots stand in its way.
    assert migrated.counted_votes(wish.id) == 4


def test_opening_a_v3_file_stores_it_as_v4(tmp_path: Path) -> None:
    session = make_session()
    v3 = _as_v3(session.model_dump(mode="json"))
    repo = SessionRepository(tmp_path)
    repo.data_dir.mkdir(parents=True, exist_ok=True)
    path = repo.layout.session_file(v3["id"])
    write_tables(path, v3)
    with repo.open(v3["id"]) as opened:
        assert opened.migrated
        assert opened.session.voting.open
    assert stored_record(path)["schema_version"] == 4
