"""An actor on one line: ``functie[, organisatie[, persoon]] [#domein]``.

``Jongerenwerker, Welzijn Almere, Sanne Vos #welzijn``: the order of the
actors table, and a policy domain by name.
"""

from __future__ import annotations

from typing import Any

from cocreatie.entry.apply import CodeParts
from cocreatie.entry.line import join_text, split_line
from cocreatie.entry.preview import describe
from cocreatie.entry.reading import Reading
from cocreatie.entry.vocabulary import domain_codes
from cocreatie.i18n import t
from cocreatie.models import Actor, PolicyDomain, Session
from cocreatie.templating.model import SessionTemplate

SIGILS = "#"


def read_actor(line: str, session: Session, template: SessionTemplate) -> Reading:
    parsed = split_line(line, SIGILS)
    codes = CodeParts(domain_codes())
    kept: list[str] = []
    for part in parsed.parts:
        before = len(codes.kept)
        codes.read(part)
        kept += codes.kept[before:]
    names = [p.strip() for p in join_text(parsed.head, *kept).split(",")]
    fields: dict[str, Any] = {"function": names[0]}
    if len(names) > 1 and names[1]:
        fields["organisation"] = names[1]
    if len(names) > 2:
        fields["person_name"] = ", ".join(p for p in names[2:] if p)
    fields.update(codes.fields)
    problems = list(codes.problems)
    if not fields["function"]:
        problems.insert(0, t("entry.problem.no_function"))
    return Reading(fields, tuple(codes.questions), tuple(problems), tuple(kept))


def actor_from(fields: dict[str, Any]) -> Actor:
    domain = fields.get("domain")
    return Actor(
        function=fields["function"],
        organisation=fields.get("organisation", ""),
        person_name=fields.get("person_name", ""),
        domain=PolicyDomain(domain) if domain else None,
    )


def preview_actor(reading: Reading, session: Session, template: SessionTemplate) -> str:
    fields = reading.fields
    domain = fields.get("domain")
    return describe(
        reading,
        [
            ("entry.field.function", fields.get("function", "")),
            ("entry.field.organisation", fields.get("organisation", "")),
            ("entry.field.person_name", fields.get("person_name", "")),
            ("entry.field.domain", t(f"models.vocab.domain.{domain}") if domain else ""),
        ],
    )
