"""The closed lists a ``#`` part can name, per step, with their short codes.

One-letter codes come from the catalogue (``entry.letter.*``), so they
follow the language of the screen: in Dutch "a" is avond and "k" kleine
norm. Factors go by their number, location types and the rest by name.
"""

from __future__ import annotations

from cocreatie.entry.codes import Code
from cocreatie.i18n import t
from cocreatie.models.vocab import PolicyDomain, Scale, TimeOfDay
from cocreatie.templating.model import SessionTemplate


def factor_codes(template: SessionTemplate) -> list[Code]:
    return [Code("factor_ids", f.id, f.name, number=f.number) for f in template.factors]


def time_codes() -> list[Code]:
    return [
        Code(
            "time_of_day",
            m.value,
            t(f"models.vocab.time_of_day.{m.value}"),
            letter=t(f"entry.letter.time_of_day.{m.value}"),
        )
        for m in TimeOfDay
    ]


def scale_codes() -> list[Code]:
    return [
        Code(
            "scale",
            m.value,
            t(f"models.vocab.scale.{m.value}"),
            letter=t(f"entry.letter.scale.{m.value}"),
        )
        for m in Scale
    ]


def location_type_codes(template: SessionTemplate) -> list[Code]:
    return [Code("location_type", lt.id, lt.label) for lt in template.location_types]


def wish_codes(template: SessionTemplate) -> list[Code]:
    return [
        *factor_codes(template),
        *time_codes(),
        *scale_codes(),
        *location_type_codes(template),
    ]


def kind_codes(template: SessionTemplate) -> list[Code]:
    """Participant kinds by name, and by first letter where that is unique."""
    firsts = [k.label[:1].casefold() for k in template.participant_kinds]
    return [
        Code(
            "kind",
            k.id,
            k.label,
            letter=first if firsts.count(first) == 1 else "",
        )
        for k, first in zip(template.participant_kinds, firsts, strict=True)
    ]


def domain_codes() -> list[Code]:
    return [Code("domain", d.value, t(f"models.vocab.domain.{d.value}")) for d in PolicyDomain]
