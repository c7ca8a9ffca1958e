"""The plan's dates as an iCalendar file (RFC 5545), for Outlook and Google.

One all-day event per deadline and per feedback date of every action. The
UID of an event is derived from the session id, the action id and the kind
of date, so a calendar exported again replaces its events instead of adding
copies; SEQUENCE grows with the session's last change, so the newer version
wins. A dropped action keeps its events, marked cancelled, so an agenda that
imported them earlier takes them out.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from icalendar import Calendar, Event

from cocreatie.export.plan_model import ActionRow, Plan
from cocreatie.i18n import t
from cocreatie.models import Action, ActionStatus, Session

PRODID = "-//cocreatie//Actieplan//NL"
# Fixed, so the same session, action and kind give the same UID everywhere.
_UID_NAMESPACE = uuid.UUID("5d0c7c1e-2f0e-4b8e-9a51-3b1f0c6a7e21")
_SEQUENCE_EPOCH = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
KINDS = ("deadline", "feedback")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class DatedItem:
    uid: str
    kind: str  # "deadline" or "feedback"
    day: dt.date
    row: ActionRow
    cancelled: bool


def one_line(text: str) -> str:
    """A title or place on one line: Outlook shows only a summary's first line."""
    return _LINE_BREAKS.sub(" / ", text.strip())


def event_uid(session_id: str, action_id: str, kind: str) -> str:
    name = f"{session_id}/{action_id}/{kind}"
    return f"{uuid.uuid5(_UID_NAMESPACE, name)}@cocreatie"


def dated_items(session: Session, plan: Plan) -> Iterator[DatedItem]:
    """Every deadline and feedback date, in the plan's order of actions.

    ``plan`` must be built from ``session``: its rows follow the actions.
    """
    actions: list[Action] = list(session.actions)
    for action, row in zip(actions, plan.actions, strict=True):
        for kind, day in (("deadline", action.deadline), ("feedback", action.feedback_date)):
            if day is not None:
                uid = event_uid(session.id, action.id, kind)
                yield DatedItem(uid, kind, day, row, action.status is ActionStatus.DROPPED)


def _description(item: DatedItem, plan: Plan) -> str:
    row = item.row

    def line(key: str, value: str) -> str:
        return f"{t(f'export.column.{key}', lang=plan.lang)}: {value}" if value else ""

    contact = row.contact
    if contact and row.contact_channel:
        contact = f"{contact} ({row.contact_channel})"
    lines = [
        line("owner", row.owner),
        line("co_owner", row.co_owner),
        line("contact", contact),
        line("visibility", row.visibility),
        line("deadline", row.deadline),
        line("feedback_date", row.feedback_date),
        line("status", row.status),
        t("export.ics.from_plan", lang=plan.lang, title=plan.meta.title),
    ]
    return "\n".join(x for x in lines if x)


def render_ics(session: Session, plan: Plan) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    title = t("export.heading.title", lang=plan.lang, title=one_line(plan.meta.title))
    calendar.add("x-wr-calname", title)
    stamp = session.updated.astimezone(dt.UTC).replace(microsecond=0)
    sequence = int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60)
    for item in dated_items(session, plan):
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", max(sequence, 0))
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        summary = t(f"export.ics.{item.kind}", lang=plan.lang, title=one_line(item.row.title))
        event.add("summary", summary)
        event.add("description", _description(item, plan))
        if plan.meta.neighbourhood:
            event.add("location", one_line(plan.meta.neighbourhood))
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        # All-day reminders that do not block the day in anyone's agenda.
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
