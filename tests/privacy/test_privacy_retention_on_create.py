"""Every way a session comes into being gives it a retention date at once:
a new session, a follow-up, and the demo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cocreatie.demo import DEMO_ID, build_demo_session, ensure_demo
from cocreatie.demo.session import LAST_CHANGE
from cocreatie.demo.stamps import MEETING_DAY
from cocreatie.followup import create_follow_up, fresh_session, start_follow_up
from cocreatie.store import SessionRepository
from cocreatie.templating import SessionTemplate, load_template


def test_a_new_session_keeps_data_for_the_template_period_from_today(
    frozen_clock: dt.datetime, greenfield: SessionTemplate
) -> None:
    session = fresh_session(greenfield, "Buurtavond")
    assert session.privacy.retention_until == frozen_clock.date() + dt.timedelta(days=365)
    shorter = greenfield.model_copy(update={"retention_days": 30})
    session = fresh_session(shorter, "Buurtavond")
    assert session.privacy.retention_until == frozen_clock.date() + dt.timedelta(days=30)


def test_a_follow_up_starts_its_own_period_from_its_own_date(
    frozen_clock: dt.datetime, greenfield: SessionTemplate
) -> None:
    previous = build_demo_session(greenfield)
    template = load_template("terugkomsessie").model_copy(update={"retention_days": 90})
    follow_up = start_follow_up(previous, template)
    planned = previous.closing.next_meeting.date
    assert planned is not None and follow_up.meta.date == planned
    assert follow_up.privacy.retention_until == planned + dt.timedelta(days=90)
    # Not the earlier evening's date: that one may be past already.
    assert follow_up.privacy.retention_until != previous.privacy.retention_until


def test_a_stored_follow_up_has_its_retention_on_disk(data_dir: Path) -> None:
    repository = SessionRepository(data_dir)
    ensure_demo(repository)
    template = load_template("terugkomsessie", data_dir)
    with create_follow_up(repository, DEMO_ID, template, "Terugkomavond") as opened:
        session_id = opened.id
    summary = next(s for s in repository.list_summaries() if s.id == session_id)
    assert summary.retention_until is not None


def test_the_demo_follows_the_same_rule_and_stays_fixed_in_time(
    greenfield: SessionTemplate,
) -> None:
    shorter = greenfield.model_copy(update={"retention_days": 60})
    demo = build_demo_session(shorter)
    assert demo.privacy.retention_until == MEETING_DAY + dt.timedelta(days=60)
    # Setting the date must not stamp the record with today's time.
    assert demo.updated == LAST_CHANGE
    assert build_demo_session(shorter) == demo
