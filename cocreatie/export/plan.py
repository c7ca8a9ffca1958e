"""The action plan as plain data, ready for a layout template.

Everything here is already in the plan's words (labels from the catalogue,
names after pseudonymisation) but not yet escaped: the Markdown template
escapes every value for where it lands (cell, paragraph, heading).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from cocreatie.analysis import compare_factors, session_warnings
from cocreatie.analysis.comparison import side_label, side_of, untagged_contributions
from cocreatie.analysis.progress import progress_section
from cocreatie.export.dates import long_date, long_datetime
from cocreatie.export.names import Namer
from cocreatie.export.plan_model import (
    ActionRow,
    AreaCount,
    CalendarRow,
    ClosingSection,
    ContactRow,
    FactorRow,
    MatrixRow,
    Meta,
    NextMeeting,
    OtherParticipant,
    Plan,
    Resident,
    WishRow,
)
from cocreatie.export.summary import build_buikpijn, build_summary
from cocreatie.export.template_words import localised
from cocreatie.i18n import has, t, tn
from cocreatie.models import Action, ActionStatus, Session, Wish
from cocreatie.models.clock import today as clock_today
from cocreatie.templating import SessionTemplate

SHORT_WISH = 60  # characters of a wish quoted in the role matrix and contacts

__all__ = ["Plan", "build_plan", "short", "vocab"]


def build_plan(
    session: Session,
    template: SessionTemplate,
    *,
    with_names: bool = False,
    lang: str | None = None,
    today: dt.date | None = None,
) -> Plan:
    """The plan in ``lang`` (by default the session's own language), as of
    ``today`` (the clock's today when not given): the day it states it was
    made, and the day lateness is judged on."""
    lang = lang or session.meta.language
    template = localised(template, lang)
    made = today or clock_today()
    namer = Namer(session, with_names, lang=lang)
    wish_by_id = {w.id: w for w in session.wishes}
    actions = _actions(session, template, namer, lang, wish_by_id, made)
    warnings = _warnings(session, template, namer)
    return Plan(
        lang=lang,
        with_names=with_names,
        made=long_date(made, lang),
        made_iso=made.isoformat(),
        meta=_meta(session, template, lang),
        purpose=session.meta.purpose,
        residents_total=sum(1 for p in session.participants if p.is_resident),
        resident_areas=_resident_areas(session, lang),
        residents=[
            Resident(namer.participant(p), p.area, namer.contact_details(p))
            for p in session.participants
            if p.is_resident
        ],
        others=_others(session, template, namer, lang),
        shared_definition=session.veiligheid.shared_definition,
        left_label=template.comparison.left_label,
        right_label=template.comparison.right_label,
        factor_rows=_factor_rows(session, template, lang),
        agreements=[n.text for n in session.veiligheid.agreements],
        differences=[n.text for n in session.veiligheid.differences],
        wishes=_wishes(session, template, lang),
        role_labels=[label for _, label in _role_columns(session, template)],
        matrix=_matrix(session, template, namer, wish_by_id),
        contacts=_contacts(session, namer, lang, wish_by_id),
        dual_ownership=template.dual_ownership or any(a.co_owner_actor_id for a in session.actions),
        actions=[row for row, _ in actions],
        calendar=_calendar(actions, lang),
        warnings=warnings,
        closing=_closing(session, lang),
        open_questions=[n.text for n in session.closing.open_questions],
        next_meeting=_next_meeting(session, lang),
        summary=build_summary(session, template, actions, len(warnings)),
        buikpijn=build_buikpijn(session, lang),
        progress=progress_section(session, template, made, lang),
    )


def vocab(kind: str, value: str | None, lang: str) -> str:
    if value is None:
        return ""
    key = f"models.vocab.{kind}.{value}"
    return t(key, lang=lang) if has(key, lang) else value


def short(text: str, limit: int = SHORT_WISH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _meta(session: Session, template: SessionTemplate, lang: str) -> Meta:
    m = session.meta
    return Meta(
        title=m.title,
        neighbourhood=m.neighbourhood,
        area=list(m.greenfield_area),
        date=long_date(m.date, lang),
        place=m.place,
        facilitators=list(m.facilitators),
        template=template.title,
        session_id=session.id,
        updated=long_datetime(session.updated, lang),
    )


def _resident_areas(session: Session, lang: str) -> list[AreaCount]:
    counts = Counter(p.area.strip() for p in session.participants if p.is_resident)
    unknown = counts.pop("", 0)
    rows = [AreaCount(a, n) for a, n in sorted(counts.items(), key=lambda i: i[0].casefold())]
    if unknown:
        rows.append(AreaCount(t("export.text.unknown_area", lang=lang), unknown))
    return rows


def _kind_label(template: SessionTemplate, kind: str, lang: str) -> str:
    preset = next((k for k in template.participant_kinds if k.id == kind), None)
    return preset.label if preset else vocab("kind", kind, lang)


def _others(
    session: Session, template: SessionTemplate, namer: Namer, lang: str
) -> list[OtherParticipant]:
    # Professionals appear by function and organisation; their names only
    # when the facilitator chose to include names.
    return [
        OtherParticipant(
            kind=_kind_label(template, p.kind, lang),
            function=p.function,
            organisation=p.organisation,
            name=namer.participant(p) if namer.with_names else "",
            contact=namer.contact_details(p),
        )
        for p in session.participants
        if not p.is_resident
    ]


def _factor_rows(session: Session, template: SessionTemplate, lang: str) -> list[FactorRow]:
    texts = {c.id: c.text for c in session.veiligheid.contributions}
    rows = []
    for comparison in compare_factors(session, template):
        if not comparison.total and comparison.verdict is None and not comparison.note:
            continue
        verdict = vocab("congruence", comparison.verdict, lang)
        reasons = [comparison.note] if comparison.note else []
        if comparison.derived:
            side = side_label(comparison, template.comparison)
            reasons.insert(0, t("analysis.one_sided", lang=lang, side=side))
        if reasons:
            verdict = f"{verdict}: {'; '.join(reasons)}" if verdict else "; ".join(reasons)
        rows.append(
            FactorRow(
                factor=f"{comparison.factor.number}. {comparison.factor.name}",
                left=[texts[i] for i in comparison.left],
                right=[texts[i] for i in comparison.right],
                other=[texts[i] for i in comparison.other],
                verdict=verdict,
            )
        )
    untagged = untagged_contributions(session, template)
    if untagged:
        # Said in the room but not (yet) tied to a factor: shown, never dropped.
        people = {p.id: p for p in session.participants}
        sides: dict[str, list[str]] = {"left": [], "right": [], "other": []}
        for c in session.veiligheid.contributions:
            if c.id in untagged:
                person = people.get(c.participant_id or "")
                sides[side_of(person, template.comparison)].append(c.text)
        rows.append(
            FactorRow(
                t("export.text.untagged", lang=lang),
                sides["left"],
                sides["right"],
                sides["other"],
                "",
            )
        )
    return rows


def _factor_names(template: SessionTemplate, factor_ids: list[str]) -> list[str]:
    names = []
    for factor_id in factor_ids:
        factor = template.factor(factor_id)
        names.append(factor.name if factor else factor_id)
    return names


def _location(template: SessionTemplate, wish: Wish) -> str:
    kind = next((x.label for x in template.location_types if x.id == wish.location.type), "")
    if wish.location.type and not kind:
        kind = wish.location.type
    if wish.location.text and kind:
        return f"{wish.location.text} ({kind})"
    return wish.location.text or kind


def _wishes(session: Session, template: SessionTemplate, lang: str) -> list[WishRow]:
    return [
        WishRow(
            rank=rank,
            text=w.text,
            votes=w.votes,
            factors=_factor_names(template, w.factor_ids),
            location=_location(template, w),
            time_of_day=vocab("time_of_day", w.time_of_day, lang),
            scale=vocab("scale", w.scale, lang),
            quadrant=vocab("quadrant", w.quadrant, lang),
            prioritised=w.prioritised,
        )
        for rank, w in enumerate(session.wishes_by_votes(), start=1)
    ]


def _role_columns(session: Session, template: SessionTemplate) -> list[tuple[str, str]]:
    columns = [(r.id, r.label) for r in template.roles]
    known = {r.id for r in template.roles}
    # A role the template no longer knows (edited template) still shows.
    for role in dict.fromkeys(r.role for r in session.roles if r.role not in known):
        columns.append((role, role))
    return columns


def _subject(wish_by_id: dict[str, Wish], wish_id: str | None, theme: str) -> str:
    wish = wish_by_id.get(wish_id or "")
    return short(wish.text) if wish else theme


def _matrix(
    session: Session, template: SessionTemplate, namer: Namer, wish_by_id: dict[str, Wish]
) -> list[MatrixRow]:
    columns = [role for role, _ in _role_columns(session, template)]
    cells: dict[str, dict[str, list[str]]] = {}
    for r in session.roles:
        per_role = cells.setdefault(r.actor_id, {})
        per_role.setdefault(r.role, []).append(_subject(wish_by_id, r.wish_id, r.theme))
    return [
        MatrixRow(namer.actor(a), [cells[a.id].get(role, []) for role in columns])
        for a in session.actors
        if a.id in cells
    ]


def _contacts(
    session: Session, namer: Namer, lang: str, wish_by_id: dict[str, Wish]
) -> list[ContactRow]:
    rows = []
    for c in session.contacts:
        subject = _subject(wish_by_id, c.wish_id, c.subject)
        kind = vocab("subject", c.subject_kind, lang)
        # How to reach someone is published only once they have said yes.
        confirmed = c.agreed
        pending = t("export.text.not_agreed", lang=lang)
        rows.append(
            ContactRow(
                subject=f"{subject} ({kind})" if kind else subject,
                who=namer.contact(c),
                channel=c.channel if confirmed else pending,
                availability=c.availability if confirmed else "",
                promise=tn(
                    "export.text.feedback_days", c.feedback_days, lang=lang, days=c.feedback_days
                ),
            )
        )
    return rows


def _actions(
    session: Session,
    template: SessionTemplate,
    namer: Namer,
    lang: str,
    wish_by_id: dict[str, Wish],
    today: dt.date,
) -> list[tuple[ActionRow, Action]]:
    contacts = {c.id: c for c in session.contacts}
    rows = []
    for a in session.actions:
        late = a.is_late(today)
        status = vocab("status", a.status, lang)
        if late:
            # In words and with a symbol: a printed plan has no colour.
            status = t("export.text.late_status", lang=lang, status=status)
        wishes = [wish_by_id[w] for w in a.wish_ids if w in wish_by_id]
        factor_ids = list(dict.fromkeys(f for w in wishes for f in w.factor_ids))
        contact = contacts.get(a.contact_id or "")
        row = ActionRow(
            title=a.title,
            wishes=[w.text for w in wishes],
            factors=_factor_names(template, factor_ids),
            owner=namer.actor_by_id(a.owner_actor_id),
            co_owner=namer.actor_by_id(a.co_owner_actor_id),
            contact=namer.contact(contact),
            contact_channel=contact.channel if contact and contact.agreed else "",
            deadline=long_date(a.deadline, lang),
            visibility=a.visibility,
            feedback_date=long_date(a.feedback_date, lang),
            status=status,
            late=late,
            deadline_iso=a.deadline.isoformat() if a.deadline else "",
            feedback_iso=a.feedback_date.isoformat() if a.feedback_date else "",
        )
        rows.append((row, a))
    return rows


def _calendar(actions: list[tuple[ActionRow, Action]], lang: str) -> list[CalendarRow]:
    dated = [
        (a.feedback_date, row.title.casefold(), row)
        for row, a in actions
        if a.feedback_date is not None and a.status is not ActionStatus.DROPPED
    ]
    dated.sort(key=lambda item: (item[0], item[1]))
    return [
        CalendarRow(long_date(when, lang), row.title, row.contact or row.owner, row.contact_channel)
        for when, _, row in dated
    ]


def _warnings(
    session: Session, template: SessionTemplate, namer: Namer
) -> list[tuple[str, dict[str, Any]]]:
    contacts = {c.id: c for c in session.contacts}
    actors = {a.id for a in session.actors}
    out = []
    for warning in session_warnings(session, template):
        params = dict(warning.params)
        if "owner_actor_id" in params:
            params["owner"] = namer.actor_by_id(params.pop("owner_actor_id"))
        if "who" in params:
            # The analysis names people as typed; re-name them for this export.
            item = warning.item_id or ""
            if item in contacts:
                params["who"] = namer.contact(contacts[item])
            elif item in actors:
                params["who"] = namer.actor_by_id(item)
            else:
                params["who"] = namer.person(str(params["who"]))
        out.append((f"analysis.warning.{warning.code}", params))
    return out


def _closing(session: Session, lang: str) -> ClosingSection:
    closing = session.closing
    average = closing.average_grade
    shown = ""
    if average is not None:
        shown = f"{average:.1f}".replace(".", t("export.text.decimal_mark", lang=lang))
    return ClosingSection(list(closing.grades), shown, closing.remarks)


def _next_meeting(session: Session, lang: str) -> NextMeeting:
    m = session.closing.next_meeting
    return NextMeeting(long_date(m.date, lang), m.time, m.place, m.note)
