"""Helpers shared by the template tests (imported as ``templatehelpers``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cocreatie.demo.session import build_demo_session
from cocreatie.followup import start_follow_up
from cocreatie.models import Action, ActionStatus, Session, clock
from cocreatie.templating import TemplateError, load_template, parse_template

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "templates"
SHIPPED_IDS = ("greenfield-buurt", "oov-verkeer", "stellingenavond", "terugkomsessie")


def problems(text: str, source: str = "templates/x.toml") -> list[str]:
    """The messages a broken template gives; fails if it is not broken."""
    with pytest.raises(TemplateError) as caught:
        parse_template(text, source)
    return list(caught.value.messages)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the n-th line containing ``needle``."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not found")


def replace_once(text: str, old: str, new: str, occurrence: int = 1) -> str:
    """Replace only the n-th occurrence, so the test knows which line changed."""
    start = -1
    for _ in range(occurrence):
        start = text.index(old, start + 1)
    return text[:start] + new + text[start + len(old) :]


def demo_previous() -> Session:
    """The Molenbuurt demo: a full greenfield session to follow up."""
    return build_demo_session(load_template("greenfield-buurt"))


FOLLOW_UP_DAY = dt.date(2026, 5, 21)  # the demo's agreed next meeting


def walked_follow_up(previous: Session) -> Session:
    """A follow-up of ``previous`` after its follow_up step was walked through.

    The clock is frozen on the follow-up evening, so the changes made here
    are recorded after the session was created.
    """
    clock.freeze(dt.datetime(2026, 5, 21, 18, 0, tzinfo=dt.UTC))
    session = start_follow_up(previous, load_template("terugkomsessie"))
    session.set_action_status("x-snelheid", ActionStatus.DONE, "Drempels liggen er")
    session.update(Action, "x-snelheid", feedback_given=True, residents_noticed="Rustiger.")
    session.update(Action, "x-terugkoppeling", feedback_given=False)
    session.update(Action, "x-tegels", feedback_given=True)
    session.set_action_status("x-spreekuur", ActionStatus.DROPPED)
    session.add(Action(title="Nieuwe actie van vanavond"))
    return session
