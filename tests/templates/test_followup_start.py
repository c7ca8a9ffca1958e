"""Starting a follow-up session ("terugkomsessie") from an earlier one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from templatehelpers import FOLLOW_UP_DAY, demo_previous

from cocreatie.followup import (
    carried_from,
    create_follow_up,
    follow_up_candidates,
    parse_carried_from,
    start_follow_up,
)
from cocreatie.models import Session
from cocreatie.store.repository import SessionRepository
from cocreatie.store.summaries import SessionSummary
from cocreatie.templating import load_template


def test_follow_up_links_to_the_earlier_session_and_copies_the_setting() -> None:
    previous = demo_previous()
    template = load_template("terugkomsessie")
    session = start_follow_up(previous, template)
    assert session.id != previous.id
    assert session.previous_session_id == previous.id
    meta = session.meta
    assert meta.title == f"Terugkomsessie: {previous.meta.title}"
    assert meta.template_id == "terugkomsessie"
    assert meta.neighbourhood == previous.meta.neighbourhood
    assert meta.greenfield_area == previous.meta.greenfield_area
    assert meta.purpose == previous.meta.purpose
    # The next meeting agreed at the end of the earlier evening.
    assert meta.date == FOLLOW_UP_DAY == previous.closing.next_meeting.date


def test_follow_up_keeps_the_open_questions_and_names_the_earlier_session() -> None:
    previous = demo_previous()
    session = start_follow_up(previous, load_template("terugkomsessie"))
    assert previous.closing.open_questions
    assert [n.text for n in session.closing.open_questions] == [
        n.text for n in previous.closing.open_questions
    ]
    # Tonight's own closing starts empty apart from what is still open.
    assert session.closing.grades == [] and session.closing.remarks == ""
    assert session.previous_session_title == previous.meta.title
    assert session.previous_session_date == previous.meta.date


def test_every_action_comes_along_with_its_status() -> None:
    previous = demo_previous()
    session = start_follow_up(previous, load_template("terugkomsessie"))
    assert [a.id for a in session.actions] == [a.id for a in previous.actions]
    for old, new in zip(previous.actions, session.actions, strict=True):
        assert new.carried_from == f"{previous.id}/{old.id}"
        assert (new.status, new.history, new.owner_actor_id) == (
            old.status,
            old.history,
            old.owner_actor_id,
        )
        assert new.residents_noticed == "" and new.feedback_given is None
    assert {a.status.value for a in session.actions} >= {"done", "busy", "open", "dropped"}


def test_actors_contacts_and_linked_wishes_come_along_people_do_not() -> None:
    previous = demo_previous()
    session = start_follow_up(previous, load_template("terugkomsessie"))
    assert session.actors == previous.actors
    assert session.contacts == previous.contacts
    linked = {w for a in previous.actions for w in a.wish_ids}
    linked |= {c.wish_id for c in previous.contacts if c.wish_id}
    assert {w.id for w in session.wishes} == linked
    assert all(w.votes == 0 and not w.prioritised for w in session.wishes)
    assert all(w.participant_ids == [] for w in session.wishes)
    assert session.participants == []
    assert session.veiligheid.contributions == []
    assert all(r.wish_id is None or r.wish_id in linked for r in session.roles)
    # Every reference resolves: the record survives a full validation.
    assert Session.model_validate(session.model_dump()) == session


def test_title_can_be_given_and_date_defaults_to_today(frozen_clock: dt.datetime) -> None:
    previous = demo_previous()
    previous.closing = previous.closing.model_copy(
        update={"next_meeting": previous.closing.next_meeting.model_copy(update={"date": None})}
    )
    session = start_follow_up(previous, load_template("terugkomsessie"), title="Mei-avond")
    assert session.meta.title == "Mei-avond"
    assert session.meta.date == frozen_clock.date()


def test_long_titles_are_cut_to_fit() -> None:
    previous = demo_previous()
    previous.meta = previous.meta.model_copy(update={"title": "x" * 200})
    session = start_follow_up(previous, load_template("terugkomsessie"))
    assert len(session.meta.title) == 200 and session.meta.title.endswith("…")


def test_carried_from_round_trip() -> None:
    assert carried_from("abc12345", "x-tegels") == "abc12345/x-tegels"
    assert parse_carried_from("abc12345/x-tegels") == ("abc12345", "x-tegels")
    assert parse_carried_from("") is None
    assert parse_carried_from("no-separator") is None


def test_create_follow_up_stores_a_new_session(tmp_path: Path) -> None:
    repo = SessionRepository(tmp_path / "data")
    previous = demo_previous()
    repo.create(previous).close()
    with create_follow_up(repo, previous.id[:6], load_template("terugkomsessie")) as opened:
        new_id = opened.session.id
        assert not opened.read_only
    with repo.open(new_id, read_only=True) as stored:
        assert stored.session.previous_session_id == previous.id
        assert len(stored.session.actions) == len(previous.actions)
    # The earlier session is untouched and not left locked.
    with repo.open(previous.id) as again:
        assert again.session == previous


def _summary(sid: str, day: dt.date | None, saved_day: int, **flags: bool) -> SessionSummary:
    return SessionSummary(
        id=sid,
        path=Path(f"{sid}.json"),
        title=sid,
        neighbourhood="",
        date=day,
        step=0,
        last_saved=dt.datetime(2026, 3, saved_day, tzinfo=dt.UTC),
        **flags,
    )


def test_candidates_for_the_picker() -> None:
    summaries = [
        _summary("old-one", dt.date(2025, 11, 1), 1),
        _summary("damaged", dt.date(2026, 2, 1), 2, damaged=True),
        _summary("newer", dt.date(2026, 2, 1), 3, newer_schema=True),
        _summary("recent", dt.date(2026, 2, 12), 4),
        _summary("undated", None, 5),
        _summary("current", dt.date(2026, 5, 21), 6),
    ]
    picked = follow_up_candidates(summaries, exclude_id="current")
    assert [s.id for s in picked] == ["undated", "recent", "old-one"]
