"""Validation errors in the user's language, naming the field.

Pydantic's messages are English and name Python fields; a facilitator needs
"Rapportcijfer: kies een cijfer van 1 tot en met 10 (ingevuld: 11)". Field
labels and problems come from the catalogue (``models.field.*``,
``models.error.*``).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from cocreatie.i18n import has, t


def field_label(loc: tuple[int | str, ...], lang: str | None = None) -> str:
    names = [str(p) for p in loc if isinstance(p, str)]
    for name in reversed(names):
        key = f"models.field.{name}"
        if has(key, lang):
            return t(key, lang=lang)
    return names[-1] if names else ""


# Whole-record rules carry no field location; name the field they are about.
_FIELD_OF_RULE = {
    "owner_required": "owner_actor_id",
    "consent_required": "contact",
    "consent_date_required": "consent",
    "consent_scope_required": "scope",
    "role_subject": "wish_id",
    "contact_wish_required": "wish_id",
    "contact_subject_required": "subject",
    "contact_who_required": "person_name",
}


def describe_error(error: ErrorDetails, lang: str | None = None) -> str:
    kind = error["type"]
    loc = tuple(error["loc"])
    if kind in _FIELD_OF_RULE:
        loc = (*loc, _FIELD_OF_RULE[kind])
    params: dict[str, Any] = dict(error.get("ctx") or {})
    params.setdefault("input", _short(error.get("input")))
    key = f"models.error.{kind}"
    problem = t(key, lang=lang, **params) if has(key, lang) else error["msg"]
    # An unknown key has no catalogue label, and the parent's label would
    # name the wrong field: show the key as it was typed.
    label = str(loc[-1]) if kind == "extra_forbidden" and loc else field_label(loc, lang)
    return f"{label}: {problem}" if label else problem


def describe(exc: ValidationError, lang: str | None = None) -> list[str]:
    return [describe_error(e, lang) for e in exc.errors()]


def _short(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= 40 else text[:37] + "…"
