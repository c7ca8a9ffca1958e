"""A wish on one line: ``[wie:] tekst [@plek][#codes]``.

``Henk: Betere verlichting fietspad @De Bazuin #73ak`` is a wish raised by
Henk, at De Bazuin, with factors 7 and 3, in the evening ("a"), a kleine
norm ("k"). The codes may be glued to the place ("@De Bazuin#73ak"). See
``codes`` for what a ``#`` part may hold.
"""

from __future__ import annotations

from typing import Any

from cocreatie.entry.apply import CodeParts
from cocreatie.entry.line import join_text, split_line, unglue
from cocreatie.entry.preview import describe, names
from cocreatie.entry.reading import Reading
from cocreatie.entry.references import speaker
from cocreatie.entry.vocabulary import wish_codes
from cocreatie.i18n import t
from cocreatie.models import Location, Scale, Session, TimeOfDay, Wish
from cocreatie.templating.model import SessionTemplate

SIGILS = "@#"


def read_wish(line: str, session: Session, template: SessionTemplate) -> Reading:
    fields: dict[str, Any] = {"participant_ids": [], "factor_ids": []}
    codes = CodeParts(wish_codes(template), multi=frozenset({"factor_ids"}))
    parsed = unglue(split_line(line, SIGILS, glued="#"), codes.recognises)
    head, found, questions = speaker(parsed.head, session, template, "participant_ids")
    fields["participant_ids"] = [found] if found else []
    kept: list[str] = []
    location: list[str] = []
    for part in parsed.parts:
        if part.sigil == "@" and not location and part.text:
            location.append(part.text)
        elif part.sigil == "#":
            before = len(codes.kept)
            codes.read(part)
            kept += codes.kept[before:]
        else:
            kept.append(part.typed)
    fields.update(codes.fields)
    fields["factor_ids"] = codes.fields.get("factor_ids", [])
    fields["location_text"] = location[0] if location else ""
    fields["text"] = join_text(head, *kept)
    problems = list(codes.problems)
    if not fields["text"]:
        problems.insert(0, t("entry.problem.no_text"))
    return Reading(fields, tuple(questions + codes.questions), tuple(problems), tuple(kept))


def wish_from(fields: dict[str, Any]) -> Wish:
    """The wish a finished reading describes (pydantic checks it)."""
    time, scale = fields.get("time_of_day"), fields.get("scale")
    return Wish(
        text=fields["text"],
        participant_ids=list(fields.get("participant_ids", [])),
        factor_ids=list(fields.get("factor_ids", [])),
        location=Location(text=fields.get("location_text", ""), type=fields.get("location_type")),
        time_of_day=TimeOfDay(time) if time else None,
        scale=Scale(scale) if scale else None,
    )


def preview_wish(reading: Reading, session: Session, template: SessionTemplate) -> str:
    fields = reading.fields
    factors = {f.id: str(f.number) for f in template.factors}
    types = {lt.id: lt.label for lt in template.location_types}
    people = {p.id: p.display_name for p in session.participants}
    time, scale = fields.get("time_of_day"), fields.get("scale")
    return describe(
        reading,
        [
            ("entry.field.text", fields.get("text", "")),
            ("entry.field.participant_ids", names(fields.get("participant_ids", []), people)),
            ("entry.field.location", fields.get("location_text", "")),
            ("entry.field.location_type", types.get(fields.get("location_type") or "", "")),
            ("entry.field.factor_ids", names(fields.get("factor_ids", []), factors)),
            ("entry.field.time_of_day", t(f"models.vocab.time_of_day.{time}") if time else ""),
            ("entry.field.scale", t(f"models.vocab.scale.{scale}") if scale else ""),
        ],
    )
