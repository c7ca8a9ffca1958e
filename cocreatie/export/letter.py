"""A letter to one owner: their actions across all sessions, ready to mail.

Built from the actions overview (each action once, as it stands in the
newest session that holds it), so the letter and ``cocreatie actions`` never
disagree. Dropped actions are left out: nothing is asked of anyone there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from cocreatie.export.dates import long_date
from cocreatie.export.layout_env import read_layout
from cocreatie.export.markdown import fill_markdown
from cocreatie.export.overview import OverviewRow, status_label
from cocreatie.export.pdf import labels, typeset
from cocreatie.i18n import t
from cocreatie.models import ActionStatus

LETTER_MARKDOWN = "brief.md.j2"
LETTER_PDF = "brief.typ"
# How Namer joins an actor's post and the person: "Wijkagent (Politie) – Marloes Visser".
_PERSON_SEPARATOR = " – "


@dataclass(frozen=True)
class LetterAction:
    title: str
    session: str  # title and date of the newest session holding it
    neighbourhood: str
    role: str  # owner, second owner or contact person, in the letter's words
    deadline: str
    visibility: str
    contact: str
    channel: str  # only when the contact person agreed to be one
    feedback_date: str
    status: str  # with the late mark when late
    late: bool


@dataclass(frozen=True)
class FeedbackDate:
    date: str
    title: str


@dataclass(frozen=True)
class Letter:
    lang: str
    date: str  # the day the letter was made; lateness is as of then
    addressee: str  # for the salutation
    owner: str  # what the coordinator asked for (--owner)
    actions: list[LetterAction]
    feedback: list[FeedbackDate]  # every feedback date, in order


def _role(row: OverviewRow, needle: str, lang: str) -> str:
    roles = [
        key
        for key, name in (
            ("owner", row.owner),
            ("co_owner", row.co_owner),
            ("contact", row.contact),
        )
        if needle in name.casefold()
    ]
    return ", ".join(t(f"export.column.{key}", lang=lang).lower() for key in roles)


def addressee(rows: Sequence[OverviewRow], needle: str, lang: str) -> str:
    """The person the letter greets: the one owner all actions share, by
    name where the plan names them; colleagues when they differ."""
    names = {
        name
        for row in rows
        for name in (row.owner, row.co_owner, row.contact)
        if name and needle in name.casefold()
    }
    people = {name.rpartition(_PERSON_SEPARATOR)[2] for name in names}
    if len(people) == 1:
        return people.pop()
    return t("export.letter.colleagues", lang=lang)


def build_letter(rows: Sequence[OverviewRow], owner: str, lang: str, today: dt.date) -> Letter:
    needle = owner.strip().casefold()
    kept = [r for r in rows if r.status is not ActionStatus.DROPPED]
    actions = []
    for row in kept:
        status = status_label(row.status, lang)
        if row.overdue:
            status = t("export.text.late_status", lang=lang, status=status)
        actions.append(
            LetterAction(
                title=row.title,
                session=row.session_label(lang),
                neighbourhood=row.neighbourhood,
                role=_role(row, needle, lang),
                deadline=long_date(row.deadline, lang),
                visibility=row.visibility,
                contact=row.contact,
                channel=row.contact_channel,
                feedback_date=long_date(row.feedback_date, lang),
                status=status,
                late=row.overdue,
            )
        )
    dated = sorted((r.feedback_date, r.title) for r in kept if r.feedback_date is not None)
    return Letter(
        lang=lang,
        date=long_date(today, lang),
        addressee=addressee(kept, needle, lang),
        owner=owner.strip(),
        actions=actions,
        feedback=[FeedbackDate(long_date(day, lang), title) for day, title in dated],
    )


def letter_markdown(letter: Letter, data_dir: Path | None) -> str:
    layout = read_layout(LETTER_MARKDOWN, data_dir)
    return fill_markdown(layout, letter.lang, letter=letter)


def letter_pdf(letter: Letter, data_dir: Path | None) -> bytes:
    layout = read_layout(LETTER_PDF, data_dir)
    return typeset(layout, {"letter": asdict(letter), "labels": labels(letter.lang)})
