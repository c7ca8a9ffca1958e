"""All actions across all sessions in the data folder: the coordinator's view.

Used by ``cocreatie actions`` and the overview screen alike; no Textual.
Reading the sessions is the caller's (``cocreatie.store.action_parts``, in a worker thread
in the UI); building, filtering and rendering here are pure.

An action carried into a follow-up is the same action: it keeps its id, and
``carried_from`` links each copy to the one before. The overview follows
those links back to the first session, so every action is listed once, as
it stands in the newest session that holds it (a follow-up of a follow-up is
newer than its source; two follow-ups of one session go by date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from cocreatie.export.dates import long_date
from cocreatie.export.escape import Md, md_cell
from cocreatie.export.names import Namer
from cocreatie.export.spreadsheet import write_csv
from cocreatie.followup.start import parse_carried_from
from cocreatie.i18n import LANGUAGES, current_language, t
from cocreatie.models import Action, ActionStatus, Actor, ContactPerson, Participant, SessionMeta
from cocreatie.models.clock import today as clock_today
from cocreatie.privacy.mask import text_mask

_FAR_FUTURE = dt.date.max


class ActionsSource(Protocol):
    """What the overview reads of a session (a ``Session`` is one)."""

    @property
    def id(self) -> str: ...
    @property
    def created(self) -> dt.datetime: ...
    @property
    def meta(self) -> SessionMeta: ...
    @property
    def participants(self) -> list[Participant]: ...
    @property
    def actors(self) -> list[Actor]: ...
    @property
    def contacts(self) -> list[ContactPerson]: ...
    @property
    def actions(self) -> list[Action]: ...


@dataclass(frozen=True)
class OverviewRow:
    session_id: str
    session_title: str
    neighbourhood: str
    session_date: dt.date | None
    action_id: str
    title: str
    owner: str
    co_owner: str
    contact: str
    deadline: dt.date | None
    feedback_date: dt.date | None
    status: ActionStatus
    # Late as of the overview's day: not done while the deadline or the
    # feedback date has passed (``Action.is_late``).
    overdue: bool
    # The same action in every session it was carried into: "<first session
    # id>/<action id>". ``newness`` orders its copies, the newest last.
    identity: str = ""
    newness: tuple[int, dt.date, dt.datetime] = (0, dt.date.min, dt.datetime.min)
    # For the letter to an owner: how residents will notice, and how to reach
    # the contact person (only once they agreed). The archive holds neither.
    visibility: str = ""
    contact_channel: str = ""

    def session_label(self, lang: str | None = None) -> str:
        """The session as people know it: its title and date, not its id."""
        if self.session_date is None:
            return self.session_title
        return f"{self.session_title} ({long_date(self.session_date, lang or current_language())})"

    def sort_key(self) -> tuple[dt.date, dt.date, str, str, str]:
        return (
            self.feedback_date or _FAR_FUTURE,
            self.deadline or _FAR_FUTURE,
            self.session_title.casefold(),
            self.title.casefold(),
            f"{self.session_id}/{self.action_id}",
        )


@dataclass(frozen=True)
class OverviewFilter:
    owner: str = ""  # part of the owner's, second owner's or contact's name
    status: ActionStatus | None = None
    neighbourhood: str = ""
    overdue: bool = False
    session_ids: frozenset[str] = frozenset()  # empty: every session

    def matches(self, row: OverviewRow) -> bool:
        if self.session_ids and row.session_id not in self.session_ids:
            return False
        if self.status is not None and row.status is not self.status:
            return False
        if self.overdue and not row.overdue:
            return False
        if self.neighbourhood and self.neighbourhood.casefold() not in row.neighbourhood.casefold():
            return False
        if self.owner:
            needle = self.owner.casefold()
            names = (row.owner, row.co_owner, row.contact)
            if not any(needle in name.casefold() for name in names):
                return False
        return True

    def is_empty(self) -> bool:
        return self == OverviewFilter()


@dataclass(frozen=True)
class Overview:
    # Every session's copy of every action; ``rows`` has each action once.
    copies: list[OverviewRow]
    skipped: list[str] = field(default_factory=list)  # ids of unreadable sessions
    today: dt.date = field(default_factory=clock_today)  # lateness is as of this day

    @property
    def rows(self) -> list[OverviewRow]:
        """Each action once, as it stands in the newest session holding it."""
        return latest(self.copies)

    def filtered(self, flt: OverviewFilter) -> list[OverviewRow]:
        # The session scope comes first: "review A" shows A's actions as
        # the newest of the chosen sessions has them, not as a later one.
        scoped = [r for r in self.copies if not flt.session_ids or r.session_id in flt.session_ids]
        return [row for row in latest(scoped) if flt.matches(row)]


def latest(copies: Iterable[OverviewRow]) -> list[OverviewRow]:
    newest: dict[str, OverviewRow] = {}
    for row in copies:
        key = row.identity or f"{row.session_id}/{row.action_id}"
        if key not in newest or row.newness > newest[key].newness:
            newest[key] = row
    return sorted(newest.values(), key=OverviewRow.sort_key)


def rows_of(
    session: ActionsSource, today: dt.date, lineage: Lineage | None = None
) -> list[OverviewRow]:
    """One row per action; residents stay pseudonymised."""
    namer = Namer(session, with_names=False)
    mask = text_mask(namer.stand_ins(session))
    contacts = {c.id: c for c in session.contacts}
    meta = session.meta
    when = meta.date or session.created.date()
    rows = []
    for a in session.actions:
        identity, generation = (lineage or Lineage([])).of(session.id, a.id)
        contact = contacts.get(a.contact_id or "")
        rows.append(
            OverviewRow(
                session_id=session.id,
                session_title=meta.title,
                neighbourhood=meta.neighbourhood,
                session_date=meta.date,
                action_id=a.id,
                title=mask(a.title),
                owner=namer.actor_by_id(a.owner_actor_id),
                co_owner=namer.actor_by_id(a.co_owner_actor_id),
                contact=namer.contact(contact),
                deadline=a.deadline,
                feedback_date=a.feedback_date,
                status=a.status,
                overdue=a.is_late(today),
                identity=identity,
                newness=(generation, when, session.created),
                visibility=mask(a.visibility),
                contact_channel=contact.channel if contact is not None and contact.agreed else "",
            )
        )
    return rows


class Lineage:
    """Where each action came from, across the sessions read."""

    def __init__(self, sessions: Iterable[ActionsSource]) -> None:
        self._source: dict[tuple[str, str], tuple[str, str]] = {}
        for session in sessions:
            for action in session.actions:
                origin = parse_carried_from(action.carried_from)
                if origin is not None:
                    self._source[(session.id, action.id)] = origin

    def of(self, session_id: str, action_id: str) -> tuple[str, int]:
        """``("<first session>/<action>", hops back to it)``.

        A link to a session that was not read (deleted, unreadable) ends the
        walk there; every later copy still meets at that same point.
        """
        key = (session_id, action_id)
        seen = {key}
        hops = 0
        while (origin := self._source.get(key)) is not None and origin not in seen:
            seen.add(origin)
            key = origin
            hops += 1
        return f"{key[0]}/{key[1]}", hops


def build_overview(
    sessions: Iterable[ActionsSource], today: dt.date | None = None, skipped: Iterable[str] = ()
) -> Overview:
    """Every action of ``sessions``; ``skipped`` names the unreadable ones.
    Reading the sessions is the caller's (``cocreatie.store.action_parts``)."""
    when = today or clock_today()
    read = list(sessions)
    lineage = Lineage(read)
    copies = [row for s in read for row in rows_of(s, when, lineage)]
    copies.sort(key=OverviewRow.sort_key)
    return Overview(copies, list(skipped), today=when)


def status_label(status: ActionStatus, lang: str | None = None) -> str:
    return t(f"models.vocab.status.{status.value}", lang=lang)


def parse_status(text: str) -> ActionStatus | None:
    """A status from its value ("busy") or its label in any language ("bezig",
    "done"): a Dutch coordinator typing ``--lang en --status bezig`` means it."""
    wanted = text.strip().casefold()
    for status in ActionStatus:
        key = f"models.vocab.status.{status.value}"
        labels = {status.value} | {t(key, lang=lang).casefold() for lang in LANGUAGES}
        if wanted in labels:
            return status
    return None


def describe_filter(flt: OverviewFilter, lang: str | None = None) -> str:
    parts = []
    if flt.owner:
        parts.append(t("export.overview.filter_owner", lang=lang, value=flt.owner))
    if flt.status is not None:
        parts.append(
            t("export.overview.filter_status", lang=lang, value=status_label(flt.status, lang))
        )
    if flt.neighbourhood:
        parts.append(t("export.overview.filter_neighbourhood", lang=lang, value=flt.neighbourhood))
    if flt.overdue:
        parts.append(t("export.overview.filter_overdue", lang=lang))
    if flt.session_ids:
        parts.append(
            t(
                "export.overview.filter_sessions",
                lang=lang,
                value=", ".join(sorted(flt.session_ids)),
            )
        )
    return "; ".join(parts)


_COLUMNS = (
    "session",
    "neighbourhood",
    "action",
    "owner",
    "contact",
    "deadline",
    "feedback_date",
    "status",
)


def _cells(row: OverviewRow, lang: str | None, iso: bool) -> list[str]:
    def when(value: dt.date | None) -> str:
        if value is None:
            return ""
        return value.isoformat() if iso else long_date(value, lang or current_language())

    owner = f"{row.owner} / {row.co_owner}" if row.co_owner else row.owner
    status = status_label(row.status, lang)
    if row.overdue and not iso:
        status = t("export.text.late_status", lang=lang, status=status)
    return [
        row.session_label(lang),
        row.neighbourhood,
        row.title,
        owner,
        row.contact,
        when(row.deadline),
        when(row.feedback_date),
        status,
    ]


def overview_markdown(
    rows: Sequence[OverviewRow],
    *,
    total: int,
    flt: OverviewFilter = OverviewFilter(),  # frozen, so a safe default
    skipped: Sequence[str] = (),
    lang: str | None = None,
    today: dt.date | None = None,
) -> str:
    def tr(key: str, **params: object) -> str:
        return t(f"export.overview.{key}", lang=lang, **{k: md_cell(v) for k, v in params.items()})

    lines = [f"# {tr('title')}", ""]
    lines += [tr("as_of", date=long_date(today or clock_today(), lang or current_language())), ""]
    summary = tr("count", shown=len(rows), total=total)
    if not flt.is_empty():
        summary += " " + tr("filters", filters=describe_filter(flt, lang))
    lines += [summary, ""]
    if skipped:
        lines += [tr("skipped", count=len(skipped), ids=", ".join(skipped)), ""]
    if not rows:
        lines.append(tr("empty"))
        return "\n".join(lines) + "\n"
    headers = [
        t(f"export.column.{c}", lang=lang) if c != "session" else tr("session") for c in _COLUMNS
    ]
    lines.append("| " + " | ".join(md_cell(h) for h in headers) + " |")
    lines.append("|" + "---|" * len(headers))
    for row in rows:
        cells: list[Md] = [md_cell(c) for c in _cells(row, lang, iso=False)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def overview_csv(
    rows: Sequence[OverviewRow], lang: str | None = None, today: dt.date | None = None
) -> str:
    when = today or clock_today()
    headers = [
        t("export.csv.session", lang=lang),
        t("export.csv.session_title", lang=lang),
        t("export.csv.session_date", lang=lang),
        t("export.csv.neighbourhood", lang=lang),
        t("export.csv.action", lang=lang),
        t("export.csv.owner", lang=lang),
        t("export.csv.contact", lang=lang),
        t("export.csv.deadline", lang=lang),
        t("export.csv.feedback_date", lang=lang),
        t("export.csv.status", lang=lang),
        # The day in the header: a spreadsheet keeps no other trace of when
        # "late" was judged.
        t("export.csv.late", lang=lang, date=when.isoformat()),
    ]
    yes = t("export.text.yes", lang=lang)
    return write_csv(
        headers,
        (
            [
                row.session_id,
                row.session_title,
                row.session_date.isoformat() if row.session_date else "",
                *_cells(row, lang, iso=True)[1:],
                yes if row.overdue else "",
            ]
            for row in rows
        ),
    )
