"""Files built to break the reader: very deep nesting, numbers thousands of
digits long. They are damaged files like any other: listed as damaged,
moved aside on open, and never in the way of the other sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from storehelpers import edited, make_session, stored_record, write_tables

from cocreatie.store import CorruptFileError, DamagedSessionError, SessionRepository
from cocreatie.store.jsonlimits import (
    MAX_DEPTH,
    NUMBER_TOO_LONG,
    TOO_DEEP,
    JsonLimitError,
    loads_bounded,
    too_deep,
)


def _deep_file(depth: int) -> str:
    return '{"session": {"1": ' + "[" * depth + "]" * depth + "}}"


def _deep_inside_record(session_id: str, depth: int) -> str:
    # Shallow enough for json to parse (under the recursion limit), deep
    # enough to break a deepcopy in the v1 migration.
    nested = "[" * depth + "]" * depth
    return (
        '{"session": {"1": {"id": "'
        + session_id
        + '", "schema_version": 1, "meta": '
        + nested
        + "}}}"
    )


def _long_number_file(session_id: str) -> str:
    return '{"session": {"1": {"id": "' + session_id + '", "x": ' + "9" * 5000 + "}}}"


HOSTILE = {
    "deep-100000": lambda sid: _deep_file(100_000),
    "deep-500-in-record": lambda sid: _deep_inside_record(sid, 500),
    "number-5000-digits": _long_number_file,
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_file_is_listed_as_damaged_and_the_rest_still_lists(
    repo: SessionRepository, kind: str
) -> None:
    good = make_session("Goed bestand")
    repo.create(good).close()
    bad_path = repo.layout.session_file("kapot1")
    bad_path.write_text(HOSTILE[kind]("kapot1"), encoding="utf-8")

    summaries = {s.id: s for s in repo.list_summaries()}

    assert set(summaries) == {good.id, "kapot1"}
    assert not summaries[good.id].damaged
    assert summaries["kapot1"].damaged
    assert summaries["kapot1"].problem is not None
    assert summaries["kapot1"].problem.split(":")[0] in (TOO_DEEP, NUMBER_TOO_LONG)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_opening_a_hostile_file_moves_it_aside_and_never_deletes_it(
    repo: SessionRepository, kind: str
) -> None:
    good = make_session("Goed bestand")
    repo.create(good).close()
    bad_path = repo.layout.session_file("kapot1")
    content = HOSTILE[kind]("kapot1")
    bad_path.write_text(content, encoding="utf-8")

    with pytest.raises(CorruptFileError):
        repo.open("kapot1", read_only=True)
    with pytest.raises(DamagedSessionError) as info:
        repo.open("kapot1")

    assert info.value.path == bad_path
    assert not bad_path.exists()
    assert info.value.moved_to.parent == repo.layout.damaged_dir
    assert info.value.moved_to.read_text(encoding="utf-8") == content
    with repo.open(good.id, read_only=True) as opened:
        assert opened.session == good


def test_a_hostile_file_is_restored_from_its_newest_good_backup(
    repo: SessionRepository,
) -> None:
    session = make_session("Met reservekopie")
    with repo.create(session) as opened:
        opened.save(edited(session, 1))  # backs up the first version
    path = repo.layout.session_file(session.id)
    path.write_text(_long_number_file(session.id), encoding="utf-8")

    with repo.open(session.id) as opened:
        assert opened.notice is not None
        assert opened.notice.reason.startswith(NUMBER_TOO_LONG)
        assert opened.session == session


def test_loads_bounded_names_each_limit() -> None:
    with pytest.raises(JsonLimitError) as deep:
        loads_bounded("[" * 100_000 + "]" * 100_000)
    assert deep.value.code == TOO_DEEP
    with pytest.raises(JsonLimitError) as shallow_but_deep:
        loads_bounded("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    assert shallow_but_deep.value.code == TOO_DEEP
    with pytest.raises(JsonLimitError) as number:
        loads_bounded("[" + "9" * 5000 + "]")
    assert number.value.code == NUMBER_TOO_LONG
    with pytest.raises(json.JSONDecodeError):
        loads_bounded("{kapot")
    nested = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert loads_bounded(nested) is not None


def test_too_deep_counts_levels_without_recursion() -> None:
    data: list[object] = []
    for _ in range(50_000):  # far past Python's recursion limit
        data = [data]
    assert too_deep(data)
    assert not too_deep({"a": [{"b": [1, 2, {"c": "d"}]}]}, max_depth=5)
    assert too_deep({"a": [{"b": [1, 2, {"c": []}]}]}, max_depth=5)
    assert not too_deep("tekst")


def test_a_real_record_is_far_from_the_limit(repo: SessionRepository) -> None:
    session = make_session(wishes=5)
    repo.create(session).close()
    record = stored_record(repo.layout.session_file(session.id))
    assert not too_deep({"session": {"1": record}}, max_depth=MAX_DEPTH // 4)


def test_a_stored_record_from_before_the_new_text_rules_still_opens(
    repo: SessionRepository,
) -> None:
    """A file an earlier version wrote with a direction override and twin ids
    is repaired on open, not treated as damaged (the TUI could always read it)."""
    session = make_session(wishes=2)
    repo.create(session).close()
    path = repo.layout.session_file(session.id)
    record = stored_record(path)
    record["meta"]["title"] = "Avond \u202emolen\u202c"
    record["wishes"][1]["id"] = record["wishes"][0]["id"]
    write_tables(path, record)

    with repo.open(session.id) as opened:
        assert opened.notice is None
        assert opened.session.meta.title == "Avond molen"
        ids = [w.id for w in opened.session.wishes]
        assert ids[0] == record["wishes"][0]["id"]
        assert len(set(ids)) == 2
        assert [w.text for w in opened.session.wishes] == [w["text"] for w in record["wishes"]]
    assert not repo.layout.damaged_dir.exists()


def test_summaries_survive_a_memory_error(
    repo: SessionRepository, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = make_session("Goed bestand")
    repo.create(good).close()
    repo.layout.session_file("enorm1").write_text("{}", encoding="utf-8")
    from cocreatie.store import summaries

    real = summaries.read_record

    def huge(path: Path) -> object:
        if path.stem == "enorm1":
            raise MemoryError
        return real(path)

    monkeypatch.setattr(summaries, "read_record", huge)
    found = {s.id: s for s in repo.list_summaries()}
    assert not found[good.id].damaged
    assert found["enorm1"].damaged
    assert repo.layout.session_file("enorm1").exists()  # listing moves nothing


def test_a_damaged_files_title_is_shown_without_control_characters(
    repo: SessionRepository,
) -> None:
    repo.data_dir.mkdir(parents=True)
    path = repo.layout.session_file("kapot1")
    record = {"id": "kapot1", "meta": {"title": "\x1b]0;GEHACKT\x07Avond \u202eNoord"}, "x": 1}
    write_tables(path, record)
    (summary,) = repo.list_summaries()
    assert summary.damaged
    assert summary.title == "]0;GEHACKTAvond Noord"


def test_an_absurd_schema_version_is_damage_not_a_newer_program() -> None:
    from cocreatie.store import InvalidRecordError
    from cocreatie.store.migrate import migrate

    with pytest.raises(InvalidRecordError) as info:
        migrate({"schema_version": int("9" * 4000)})
    (message,) = info.value.errors
    assert message == "schema_version: not a version number: 9999999999999999999…"
