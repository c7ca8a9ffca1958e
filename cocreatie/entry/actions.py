"""An action on one line:
``[titel] [=wens] [@eigenaar] [deadline [terugkoppeling]] [+]``.

``=verl 1-6 15-6`` is an action from the wish about lighting (its text is
the title when none is typed), due on 1 June, with feedback to residents
on 15 June. Dates at the end of the line need no mark: the first is the
deadline, the second the feedback date; ``!1-6`` and ``?15-6`` say it
outright and may stand anywhere. Without a title and without ``=`` the
action is for the first chosen wish that has none yet (the prompt names it).

The owner, when no ``@`` names one, is the wish's aanjager if it has
exactly one, else the actor of the wish's fixed contact person: an owner
that contradicts the wish's aanjager is what issue 9 warns about. The
preview says which it is. The contact person is the wish's own.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from cocreatie.entry.dates import read_date, trailing_dates
from cocreatie.entry.line import join_text, split_line
from cocreatie.entry.preview import describe
from cocreatie.entry.reading import Question, Reading
from cocreatie.entry.references import actor_candidates, refer_to, wish_reference
from cocreatie.i18n import t
from cocreatie.models import Action, Actor, ContactPerson, Session, Wish
from cocreatie.templating.model import SessionTemplate

SIGILS = "=@!?+"
_TITLE_MAX = 200
_DATES = {"!": "deadline", "?": "feedback_date"}


def contact_for_wish(session: Session, wish: Wish) -> str | None:
    """The wish's own contact person, else the one for its theme."""
    contact = next((c.id for c in session.contacts if c.wish_id == wish.id), None)
    if contact is None and wish.theme:
        theme = wish.theme.casefold()
        contact = next(
            (c.id for c in session.contacts if not c.wish_id and c.subject.casefold() == theme),
            None,
        )
    return contact


def owner_for_wish(session: Session, wish: Wish, accountable_role: str) -> tuple[str | None, str]:
    """The owner an action for ``wish`` gets when none is typed, and why:
    "accountable" (the wish's only aanjager) or "contact" (the actor of its
    fixed contact person); ``(None, "")`` when neither says.
    """
    accountable = {
        r.actor_id for r in session.roles if r.wish_id == wish.id and r.role == accountable_role
    }
    if len(accountable) == 1:
        return accountable.pop(), "accountable"
    contact = session.find(ContactPerson, contact_for_wish(session, wish))
    if contact is not None and contact.actor_id:
        return contact.actor_id, "contact"
    return None, ""


def title_of(wish: Wish) -> str:
    return wish.text if len(wish.text) <= _TITLE_MAX else wish.text[: _TITLE_MAX - 1] + "…"


def read_action(
    line: str,
    session: Session,
    template: SessionTemplate,
    today: date,
    default_wish: str | None = None,
) -> Reading:
    rest, bare_dates = trailing_dates(line, today)
    parsed = split_line(rest, SIGILS)
    fields: dict[str, Any] = {}
    questions: list[Question] = []
    problems: list[str] = []
    kept: list[str] = []
    for part in parsed.parts:
        if part.sigil == "=" and "wish_id" not in fields and part.text:
            fields["wish_id"], asked, missing = wish_reference(part.text, session, "wish_id")
            questions += asked
            problems += missing
        elif part.sigil == "@" and "owner_actor_id" not in fields and part.text:
            fields["owner_actor_id"], asked, missing = refer_to(
                part.text,
                actor_candidates(session),
                "owner_actor_id",
                t("entry.ask.owner", typed=part.text),
                t("entry.problem.no_actor", typed=part.text),
            )
            questions += asked
            problems += missing
        elif part.sigil in _DATES and _DATES[part.sigil] not in fields and part.text:
            when = read_date(part.text, today)
            if when is None:
                problems.append(t("entry.problem.bad_date", typed=part.text))
            fields[_DATES[part.sigil]] = when
        elif part.sigil == "+" and not part.text:
            fields["agreed"] = True
        else:
            kept.append(part.typed)
    for typed, when in bare_dates:
        # In typed order into what no mark has filled: deadline, then feedback.
        free = [name for name in _DATES.values() if name not in fields]
        if free:
            fields[free[0]] = when
        else:
            kept.append(typed)
    fields["title"] = join_text(parsed.head, *kept)
    if "wish_id" not in fields and not fields["title"] and default_wish is not None:
        fields["wish_id"] = default_wish
    if not fields["title"] and "wish_id" not in fields:
        problems.insert(0, t("entry.problem.no_title"))
    return Reading(fields, tuple(questions), tuple(problems), tuple(kept))


def action_from(fields: dict[str, Any], session: Session, accountable_role: str) -> Action:
    """The action a finished reading describes; the wish fills what is left open."""
    wish = session.find(Wish, fields.get("wish_id"))
    owner = fields.get("owner_actor_id")
    if wish is not None and owner is None:
        owner, _ = owner_for_wish(session, wish, accountable_role)
    title = fields.get("title") or (title_of(wish) if wish else "")
    return Action(
        title=title,
        wish_ids=[wish.id] if wish else [],
        owner_actor_id=owner,
        contact_id=contact_for_wish(session, wish) if wish else None,
        deadline=fields.get("deadline"),
        feedback_date=fields.get("feedback_date"),
        agreed=bool(fields.get("agreed", False)),
    )


def preview_action(reading: Reading, session: Session, template: SessionTemplate) -> str:
    fields = reading.fields
    wish = session.find(Wish, fields.get("wish_id"))
    owner = session.find(Actor, fields.get("owner_actor_id"))
    owner_label = owner.label() if owner else ""
    if owner is None and wish is not None:
        derived, why = owner_for_wish(session, wish, template.accountable_role.id)
        owner = session.find(Actor, derived)
        if owner is not None:
            owner_label = f"{owner.label()} ({t(f'entry.preview.owner_{why}')})"
    contact = session.find(ContactPerson, contact_for_wish(session, wish)) if wish else None
    deadline, feedback = fields.get("deadline"), fields.get("feedback_date")
    return describe(
        reading,
        [
            ("entry.field.title", fields.get("title") or (title_of(wish) if wish else "")),
            ("entry.field.wish_id", wish.text if wish and fields.get("title") else ""),
            ("entry.field.owner_actor_id", owner_label),
            ("entry.field.contact_id", contact.channel or contact.person_name if contact else ""),
            ("entry.field.deadline", deadline.isoformat() if deadline else ""),
            ("entry.field.feedback_date", feedback.isoformat() if feedback else ""),
            ("entry.field.agreed", t("steps.form.yes") if fields.get("agreed") else ""),
        ],
    )
