"""Every session has a retention date; past it, the session is due for a purge."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cocreatie.models import Session, SessionMeta
from cocreatie.privacy import (
    apply_default_retention,
    default_retention,
    effective_retention,
    expired_sessions,
    is_expired,
    purge_due,
    set_retention,
)
from cocreatie.templating import SessionTemplate


def test_default_is_session_date_plus_template_period(greenfield: SessionTemplate) -> None:
    session = Session(meta=SessionMeta(title="x", date=dt.date(2026, 2, 12)))
    assert greenfield.retention_days == 365
    assert default_retention(session, greenfield) == dt.date(2027, 2, 12)
    shorter = greenfield.model_copy(update={"retention_days": 30})
    assert default_retention(session, shorter) == dt.date(2026, 3, 14)


def test_without_a_date_the_creation_day_counts(
    frozen_clock: dt.datetime, greenfield: SessionTemplate
) -> None:
    session = Session(meta=SessionMeta(title="x"))
    assert default_retention(session, greenfield) == frozen_clock.date() + dt.timedelta(days=365)


def test_apply_sets_only_a_missing_date(greenfield: SessionTemplate) -> None:
    session = Session(meta=SessionMeta(title="x", date=dt.date(2026, 2, 12)))
    assert apply_default_retention(session, greenfield)
    assert session.privacy.retention_until == dt.date(2027, 2, 12)
    set_retention(session, dt.date(2026, 6, 1))  # the facilitator's choice wins
    assert not apply_default_retention(session, greenfield)
    assert session.privacy.retention_until == dt.date(2026, 6, 1)


def test_the_last_day_itself_is_not_past() -> None:
    day = dt.date(2026, 3, 12)
    assert not is_expired(day, day)
    assert is_expired(day, day + dt.timedelta(days=1))
    assert not is_expired(None, day)


def test_a_record_without_a_date_gets_the_template_default(greenfield: SessionTemplate) -> None:
    session = Session(meta=SessionMeta(title="x", date=dt.date(2024, 1, 1)))
    assert effective_retention(session, greenfield) == dt.date(2024, 12, 31)
    assert purge_due(session, greenfield, dt.date(2025, 1, 1))
    assert purge_due(session, None, dt.date(2025, 1, 1))  # template gone: the fallback


@dataclass
class Summary:
    id: str
    retention_until: dt.date | None
    purged: bool = False


def test_expired_sessions_from_summaries_or_records() -> None:
    today = dt.date(2026, 3, 12)
    items = [
        Summary("late", dt.date(2026, 3, 1)),
        Summary("future", dt.date(2026, 4, 1)),
        Summary("early", dt.date(2025, 1, 1)),
        Summary("done", dt.date(2025, 1, 1), purged=True),
        Summary("undated", None),
    ]
    assert [s.id for s in expired_sessions(items, today)] == ["early", "late"]
    record = Session(meta=SessionMeta(title="x"))
    set_retention(record, dt.date(2026, 1, 1))
    assert expired_sessions([record], today) == [record]


def test_an_imported_record_without_a_date_gets_one(
    tmp_path, cli, data_dir, frozen_clock: dt.datetime
) -> None:  # type: ignore[no-untyped-def]
    from cocreatie.store import SessionRepository

    session = Session(meta=SessionMeta(title="Oud bestand", date=dt.date(2025, 5, 1)))
    source = tmp_path / "oud.json"
    source.write_text(session.model_dump_json(), encoding="utf-8")
    status, _, err = cli("import", str(source))
    assert status == 0, err
    stored = SessionRepository(data_dir).open(session.id, read_only=True).session
    assert stored.privacy.retention_until == dt.date(2026, 5, 1)


def test_the_home_screen_finds_expired_sessions_from_summaries(
    data_dir, frozen_clock: dt.datetime
) -> None:  # type: ignore[no-untyped-def]
    from cocreatie.store import SessionRepository

    repo = SessionRepository(data_dir)
    today = frozen_clock.date()
    for title, until in (("oud", today - dt.timedelta(days=1)), ("nieuw", today)):
        session = Session(meta=SessionMeta(title=title))
        set_retention(session, until)
        repo.create(session).close()
    expired = expired_sessions(repo.list_summaries(), today)
    assert [s.title for s in expired] == ["oud"]
