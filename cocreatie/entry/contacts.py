"""A fixed contact person on one line:
``[thema] [=wens] @wie[, kanaal[, bereikbaarheid]][#dagen] [+]``.

``=verl @wijka, buurtapp #3 +`` makes the wijkagent the contact for the
wish about lighting, reached through the buurtapp, answering within three
working days, and agreed; the days may be glued to the channel
(``@wijka, buurtapp#3``). ``@`` picks an actor by function, organisation
or person; a name that fits no actor is kept as the contact's own name.
With neither a theme nor ``=``, the contact is for the first chosen wish
that has none yet (the prompt names it).
"""

from __future__ import annotations

from typing import Any

from cocreatie.entry.apply import CodeParts
from cocreatie.entry.codes import Code
from cocreatie.entry.line import join_text, split_line, unglue
from cocreatie.entry.preview import describe
from cocreatie.entry.reading import Question, Reading
from cocreatie.entry.references import actor_candidates, refer, wish_reference
from cocreatie.i18n import t
from cocreatie.models import Actor, ContactPerson, ContactSubject, Session, Wish
from cocreatie.templating.model import SessionTemplate

SIGILS = "=@#+"


def subject_codes() -> list[Code]:
    return [
        Code("subject_kind", k.value, t(f"models.vocab.subject.{k.value}")) for k in ContactSubject
    ]


def read_contact(
    line: str, session: Session, template: SessionTemplate, default_wish: str | None = None
) -> Reading:
    codes = CodeParts(subject_codes(), number_field="feedback_days")
    # The days may be glued to the channel: "@wijka, buurtapp#3".
    parsed = unglue(split_line(line, SIGILS, glued="#"), codes.recognises)
    fields: dict[str, Any] = {}
    questions: list[Question] = []
    problems: list[str] = []
    kept: list[str] = []
    for part in parsed.parts:
        if part.sigil == "=" and "wish_id" not in fields and part.text:
            fields["wish_id"], asked, missing = wish_reference(part.text, session, "wish_id")
            questions += asked
            problems += missing
        elif part.sigil == "@" and "who" not in fields and part.text:
            fields["who"] = part.text
            who, *rest = [p.strip() for p in part.text.split(",")]
            fields["channel"] = rest[0] if rest else ""
            fields["availability"] = ", ".join(p for p in rest[1:] if p)
            found, question = refer(
                who,
                actor_candidates(session),
                "actor_id",
                t("entry.ask.actor", typed=who),
                as_typed=t("entry.ask.as_name", typed=who),
            )
            fields["actor_id"] = found
            fields["person_name"] = "" if found or question else who
            questions += [question] if question else []
        elif part.sigil == "+" and not part.text:
            fields["agreed"] = True
        elif part.sigil == "#":
            before = len(codes.kept)
            codes.read(part)
            kept += codes.kept[before:]
        else:
            kept.append(part.typed)
    fields.pop("who", None)
    fields.update(codes.fields)
    subject = join_text(parsed.head, *kept)
    fields["subject"] = subject
    if "wish_id" not in fields and not subject and default_wish is not None:
        fields["wish_id"] = default_wish
    if "wish_id" in fields and "subject_kind" not in fields:
        fields["subject_kind"] = ContactSubject.WISH.value
    if "wish_id" not in fields and not subject:
        problems.append(t("entry.problem.no_subject"))
    if "actor_id" not in fields:
        problems.append(t("entry.problem.no_who"))
    return Reading(fields, tuple(questions + codes.questions), tuple(problems), tuple(kept))


def contact_from(fields: dict[str, Any]) -> ContactPerson:
    kind = ContactSubject(fields.get("subject_kind") or ContactSubject.THEME.value)
    on_wish = kind is ContactSubject.WISH
    values: dict[str, Any] = {
        "subject_kind": kind,
        "wish_id": fields.get("wish_id") if on_wish else None,
        "subject": "" if on_wish else fields.get("subject", ""),
        "actor_id": fields.get("actor_id") or None,
        "person_name": fields.get("person_name", ""),
        "channel": fields.get("channel", ""),
        "availability": fields.get("availability", ""),
        "agreed": bool(fields.get("agreed", False)),
    }
    if fields.get("feedback_days") is not None:
        values["feedback_days"] = fields["feedback_days"]
    return ContactPerson(**values)


def preview_contact(reading: Reading, session: Session, template: SessionTemplate) -> str:
    fields = reading.fields
    wish = session.find(Wish, fields.get("wish_id"))
    actor = session.find(Actor, fields.get("actor_id"))
    who = actor.label() if actor else fields.get("person_name", "")
    days = fields.get("feedback_days")
    kind = fields.get("subject_kind")
    return describe(
        reading,
        [
            ("entry.field.wish_id", wish.text if wish else ""),
            ("entry.field.subject_kind", t(f"models.vocab.subject.{kind}") if kind else ""),
            ("entry.field.subject", "" if wish else fields.get("subject", "")),
            ("entry.field.who", who),
            ("entry.field.channel", fields.get("channel", "")),
            ("entry.field.availability", fields.get("availability", "")),
            ("entry.field.feedback_days", "" if days is None else str(days)),
            ("entry.field.agreed", t("steps.form.yes") if fields.get("agreed") else ""),
        ],
    )
