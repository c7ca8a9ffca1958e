"""The agenda file: read back by an independent parser (the ``ics`` package)
and checked by hand against RFC 5545's rules for what Outlook and Google read."""

from __future__ import annotations

import datetime as dt

import ics
import pytest
from hypothesis import HealthCheck, given, settings

from cocreatie.demo import build_demo_session
from cocreatie.export import render
from cocreatie.export.calendar import one_line
from cocreatie.i18n import t
from cocreatie.models import ActionStatus, Actor, Session
from cocreatie.templating import SessionTemplate, load_template

from .sessions import RESIDENT_NAMES, build_session
from .test_hostile import hostile_sessions

GREENFIELD = load_template("greenfield-buurt")


def read(data: bytes) -> list[ics.Event]:
    calendar = ics.Calendar(data.decode("utf-8"))
    return sorted(calendar.events, key=lambda e: (e.begin, e.uid))


def dates_of(session: Session) -> int:
    return sum((a.deadline is not None) + (a.feedback_date is not None) for a in session.actions)


def test_one_all_day_event_per_deadline_and_feedback_date(greenfield: SessionTemplate) -> None:
    demo = build_demo_session(greenfield)
    events = read(render(demo, greenfield, "ics"))
    assert len(events) == dates_of(demo) > 0
    assert len({e.uid for e in events}) == len(events)
    assert all(e.all_day for e in events)
    expected = sorted(
        [(a.deadline, t("export.ics.deadline", title=a.title)) for a in demo.actions if a.deadline]
        + [
            (a.feedback_date, t("export.ics.feedback", title=a.title))
            for a in demo.actions
            if a.feedback_date
        ]
    )
    assert sorted((e.begin.date(), e.name) for e in events) == expected
    assert all(e.end.date() - e.begin.date() == dt.timedelta(days=1) for e in events)


def test_an_event_says_who_and_how_residents_notice(greenfield: SessionTemplate) -> None:
    demo = build_demo_session(greenfield)
    action = next(a for a in demo.actions if a.deadline and a.contact_id and a.visibility)
    (event,) = [
        e for e in read(render(demo, greenfield, "ics"))
        if e.name == t("export.ics.deadline", title=action.title)
    ]  # fmt: skip
    description = event.description or ""
    owner = demo.find(Actor, action.owner_actor_id)
    assert owner is not None
    assert f"{t('export.column.owner')}: {owner.function}" in description
    assert t("export.column.contact") in description
    assert action.visibility in description


def test_re_export_keeps_the_uids_and_a_change_raises_the_sequence(
    greenfield: SessionTemplate,
) -> None:
    demo = build_demo_session(greenfield)
    first = read(render(demo, greenfield, "ics"))
    assert read(render(demo, greenfield, "ics")) == first
    action = next(a for a in demo.actions if a.deadline)
    moved = action.deadline + dt.timedelta(days=7)
    later = demo.updated + dt.timedelta(hours=2)
    changed = demo.model_copy(
        update={
            "updated": later,
            "actions": [
                a.model_copy(update={"deadline": moved}) if a.id == action.id else a
                for a in demo.actions
            ],
        }
    )
    second = read(render(changed, greenfield, "ics"))
    assert {e.uid for e in second} == {e.uid for e in first}
    raw_first = render(demo, greenfield, "ics").decode()
    raw_second = render(changed, greenfield, "ics").decode()
    assert sequence(raw_second) > sequence(raw_first)
    title = t("export.ics.deadline", title=action.title)
    (event,) = [e for e in second if e.name == title]
    assert event.begin.date() == moved


def sequence(text: str) -> int:
    values = {int(line.split(":")[1]) for line in text.splitlines() if line.startswith("SEQUENCE:")}
    assert len(values) == 1
    return values.pop()


def test_a_dropped_action_is_cancelled_not_forgotten(greenfield: SessionTemplate) -> None:
    session = build_session()
    action = next(a for a in session.actions if a.deadline)
    dropped = session.model_copy(
        update={
            "actions": [
                a.model_copy(update={"status": ActionStatus.DROPPED}) if a.id == action.id else a
                for a in session.actions
            ]
        }
    )
    events = read(render(dropped, greenfield, "ics"))
    assert len(events) == dates_of(dropped)
    cancelled = {e.name for e in events if e.status == "CANCELLED"}
    assert t("export.ics.deadline", title=action.title) in cancelled


def unfolded(text: str) -> list[str]:
    assert "\n" not in text.replace("\r\n", "")  # every line ends in CRLF
    lines: list[str] = []
    for line in text.split("\r\n"):
        if line.startswith((" ", "\t")):
            lines[-1] += line[1:]
        elif line:
            lines.append(line)
    return lines


def test_rfc5545_by_hand(greenfield: SessionTemplate) -> None:
    demo = build_demo_session(greenfield)
    text = render(demo, greenfield, "ics").decode("utf-8")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line  # folded at 75 octets
    lines = unfolded(text)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    events = "\r\n".join(lines).split("BEGIN:VEVENT")[1:]
    assert len(events) == dates_of(demo)
    for event in events:
        names = {line.split(":")[0].split(";")[0] for line in event.split("\r\n") if line}
        assert {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"} <= names
        assert "DTSTART;VALUE=DATE:" in event


def test_pseudonymised_and_in_english(greenfield: SessionTemplate) -> None:
    session = build_session()
    text = render(session, greenfield, "ics").decode("utf-8")
    assert not any(name in text for name in RESIDENT_NAMES)
    english = read(render(session, greenfield, "ics", lang="en"))
    assert all(e.name.startswith(("Due: ", "Feedback: ")) for e in english)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(session=hostile_sessions())
def test_hostile_text_stays_inside_its_event(session: Session) -> None:
    events = read(render(session, GREENFIELD, "ics"))
    assert len(events) == dates_of(session)
    # Masking may turn part of a title into a mark; the rest reads as typed.
    titles = {one_line(a.title) for a in session.actions}
    for event in events:
        kind, _, title = (event.name or "").partition(": ")
        assert kind in ("Klaar", "Terugkoppeling")
        assert title.strip() in titles or "[" in title


@pytest.mark.parametrize("fmt", ["ics", "pdf"])
def test_formats_are_registered_with_labels(fmt: str) -> None:
    from cocreatie.export.formats import by_extension, by_name, menu_formats

    assert by_name(fmt) is by_extension(f"plan.{fmt}")
    assert by_name(fmt) in menu_formats()
    assert t(f"export.format.{fmt}") and t(f"export.format.{fmt}", lang="en")
