"""Progress since the earlier session: what became of the carried actions.

The follow-up session ("terugkomsessie") exists to answer the question
residents kept asking in the report: is anything being done, and will we
hear about it? ``progress_since`` gives the answer as data; the export and
the follow-up step render it.

Shape (for renderers):
- ``ProgressSummary.rows``: one ``ActionProgress`` per action carried over
  from the earlier session, in the order of the current record.
- Counts: ``done``, ``busy``, ``open``, ``dropped`` partition the rows by
  status; ``late`` counts open or busy rows whose deadline or feedback date
  has passed (so it overlaps ``open`` and ``busy``); ``feedback_given``, ``feedback_not_given``
  and ``feedback_unknown`` partition the rows by ``Action.feedback_given``.
- ``new_actions``: actions agreed in this session, not carried.
- ``previous_*``: the earlier session as far as known. When it has been
  deleted (``previous`` is ``None``) the rows still come from the carried
  actions, and ``previous_status`` from each action's status history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cocreatie.export.dates import long_date
from cocreatie.followup.start import parse_carried_from
from cocreatie.i18n import current_language, t
from cocreatie.models import Action, ActionStatus, Actor, Session
from cocreatie.models.clock import today as clock_today
from cocreatie.models.vocab import PolicyDomain
from cocreatie.templating.model import SessionTemplate


@dataclass(frozen=True)
class Owner:
    """An action owner as the export names them."""

    actor_id: str
    label: str
    domain: PolicyDomain | None = None


@dataclass(frozen=True)
class ActionProgress:
    action_id: str
    title: str
    status: ActionStatus
    # Status at the end of the earlier session: from that session when it is
    # given, otherwise from the action's own status history.
    previous_status: ActionStatus | None
    deadline: dt.date | None
    late: bool
    owner: Owner | None
    # The second owner of joint OOV × Verkeer sessions (dual ownership).
    co_owner: Owner | None
    feedback_given: bool | None
    residents_noticed: str
    carried_from: str

    @property
    def changed(self) -> bool:
        return self.previous_status is not None and self.previous_status != self.status


@dataclass(frozen=True)
class ProgressSummary:
    previous_session_id: str | None
    previous_title: str | None
    previous_date: dt.date | None
    today: dt.date
    rows: tuple[ActionProgress, ...] = ()
    done: int = 0
    busy: int = 0
    open: int = 0
    dropped: int = 0
    late: int = 0
    feedback_given: int = 0
    feedback_not_given: int = 0
    feedback_unknown: int = 0
    new_actions: int = 0
    by_status: dict[ActionStatus, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.rows)


def is_late(action: Action, today: dt.date) -> bool:
    """See ``Action.is_late``: not done, deadline or feedback date passed."""
    return action.is_late(today)


def progress_since(previous: Session | None, current: Session, today: dt.date) -> ProgressSummary:
    earlier = {a.id: a for a in previous.actions} if previous is not None else {}
    rows: list[ActionProgress] = []
    new_actions = 0
    for action in current.actions:
        if not action.carried_from:
            new_actions += 1
            continue
        rows.append(_row(current, action, _origin(action, previous, earlier), today))
    by_status = {s: sum(1 for r in rows if r.status is s) for s in ActionStatus}
    if previous is not None:
        previous_title: str | None = previous.meta.title
        previous_date: dt.date | None = previous.meta.date or previous.created.date()
    else:
        # The follow-up keeps both from when it was made.
        previous_title = current.previous_session_title or None
        previous_date = current.previous_session_date
    return ProgressSummary(
        previous_session_id=previous.id if previous is not None else current.previous_session_id,
        previous_title=previous_title,
        previous_date=previous_date,
        today=today,
        rows=tuple(rows),
        done=by_status[ActionStatus.DONE],
        busy=by_status[ActionStatus.BUSY],
        open=by_status[ActionStatus.OPEN],
        dropped=by_status[ActionStatus.DROPPED],
        late=sum(1 for r in rows if r.late),
        feedback_given=sum(1 for r in rows if r.feedback_given is True),
        feedback_not_given=sum(1 for r in rows if r.feedback_given is False),
        feedback_unknown=sum(1 for r in rows if r.feedback_given is None),
        new_actions=new_actions,
        by_status=by_status,
    )


def _origin(action: Action, previous: Session | None, earlier: dict[str, Action]) -> Action | None:
    origin = parse_carried_from(action.carried_from)
    if previous is None or origin is None or origin[0] != previous.id:
        return None
    return earlier.get(origin[1])


def _row(session: Session, action: Action, origin: Action | None, today: dt.date) -> ActionProgress:
    return ActionProgress(
        action_id=action.id,
        title=action.title,
        status=action.status,
        previous_status=(
            origin.status if origin is not None else _status_when_carried(action, session)
        ),
        deadline=action.deadline,
        late=is_late(action, today),
        owner=_owner(session, action.owner_actor_id),
        co_owner=_owner(session, action.co_owner_actor_id),
        feedback_given=action.feedback_given,
        residents_noticed=action.residents_noticed,
        carried_from=action.carried_from,
    )


def _status_when_carried(action: Action, session: Session) -> ActionStatus:
    """The status the action came over with, read from its own history.

    Changes made in this session are the ones at or after its creation; the
    first of them says what the status was before.
    """
    since = [c for c in action.history if c.at >= session.created]
    if since and since[0].old is not None:
        return since[0].old
    return action.status


def _owner(session: Session, actor_id: str | None) -> Owner | None:
    actor = session.find(Actor, actor_id)
    if actor is None:
        return None
    return Owner(actor_id=actor.id, label=actor.label(), domain=actor.domain)


# -- the export's "progress" block ---------------------------------------------


@dataclass(frozen=True)
class ProgressSection:
    """Display strings for the export (contract in cocreatie/export/progress.py)."""

    summary: tuple[tuple[str, str], ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def progress_section(
    session: Session,
    template: SessionTemplate,
    today: dt.date | None = None,
    lang: str | None = None,
) -> ProgressSection | None:
    """The export hook: progress of the carried actions, as display strings.

    The earlier session is not read: the carried actions and the follow-up's
    own record hold what is needed. "Late" is judged on ``today``, the day
    the plan is made (the clock's today when not given), like the rest of
    the plan. Texts are in ``lang``, like the rest of the export (by default
    the session's language).
    """
    if session.previous_session_id is None:
        return None
    lang = lang or session.meta.language
    summary = progress_since(None, session, today or clock_today())
    dual = template.dual_ownership or any(r.co_owner is not None for r in summary.rows)
    return ProgressSection(
        summary=_summary_pairs(summary, lang),
        headers=_headers(dual, lang),
        rows=tuple(_display_row(r, dual, lang) for r in summary.rows),
    )


def _summary_pairs(summary: ProgressSummary, lang: str) -> tuple[tuple[str, str], ...]:
    def of(count: int) -> str:
        return t("followup.progress.of", lang=lang, count=count, total=summary.total)

    counts = (
        ("done", summary.done),
        ("busy", summary.busy),
        ("open", summary.open),
        ("late", summary.late),
        ("dropped", summary.dropped),
        ("feedback_given", summary.feedback_given),
        ("feedback_not_given", summary.feedback_not_given),
        ("feedback_unknown", summary.feedback_unknown),
    )
    return (
        (t("followup.progress.previous", lang=lang), previous_name(summary, lang)),
        *((t(f"followup.progress.{key}", lang=lang), of(n)) for key, n in counts),
        (t("followup.progress.new_actions", lang=lang), str(summary.new_actions)),
    )


def previous_name(summary: ProgressSummary, lang: str | None = None) -> str:
    """ "Greenfield Molenbuurt (12 maart 2026)": the title and date, as people
    know the evening; the id only for a record from before titles were kept."""
    if not summary.previous_title:
        return summary.previous_session_id or ""
    if summary.previous_date is None:
        return summary.previous_title
    when = long_date(summary.previous_date, lang or current_language())
    return t("followup.progress.previous_named", lang=lang, title=summary.previous_title, date=when)


def _headers(dual: bool, lang: str) -> tuple[str, ...]:
    owners = ("owner", "co_owner") if dual else ("owner",)
    names = ("action", *owners, "status", "feedback", "noticed")
    return tuple(t(f"followup.column.{name}", lang=lang) for name in names)


def status_text(row: ActionProgress, lang: str | None = None) -> str:
    """``bezig, te laat`` / ``klaar (was: bezig)``: status with what changed."""
    text = t(f"models.vocab.status.{row.status.value}", lang=lang)
    if row.late:
        text = t("followup.progress.late_mark", lang=lang, status=text)
    if row.changed and row.previous_status is not None:
        previous = t(f"models.vocab.status.{row.previous_status.value}", lang=lang)
        text = t("followup.progress.was", lang=lang, status=text, previous=previous)
    return text


def feedback_text(value: bool | None, lang: str | None = None) -> str:
    key = {True: "yes", False: "no", None: "unknown"}[value]
    return t(f"followup.feedback.{key}", lang=lang)


def _display_row(row: ActionProgress, dual: bool, lang: str) -> tuple[str, ...]:
    owners = [row.owner.label if row.owner else ""]
    if dual:
        owners.append(row.co_owner.label if row.co_owner else "")
    return (
        row.title,
        *owners,
        status_text(row, lang),
        feedback_text(row.feedback_given, lang),
        row.residents_noticed,
    )
