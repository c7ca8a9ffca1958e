"""Apply a text change to every human-written string of a session record.

Erasure and purge must reach names and phone numbers wherever somebody typed
them: in a contribution, a wish, an action note or the closing remarks. The
record is walked as data, so a field added to the model later is covered
without touching this file; only identifiers and closed vocabularies are
left alone (rewriting them would break links or validation).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from pydantic import BaseModel

from cocreatie.models import Session

TextFn = Callable[[str], str]

# Values that are identifiers or vocabulary, never prose.
_SKIP_KEYS = frozenset(
    {"id", "kind", "role", "type", "template_id", "visited", "done", "language", "privacy"}
)
# Fields that hold one person's name as their whole value: a name that
# merely contains the erased name ("Jan Bakker" when "Jan" is erased) is
# somebody else and must stay.
NAME_KEYS = frozenset({"display_name", "person_name", "facilitators", "recorded_by", "pseudonym"})


def _skipped(key: str) -> bool:
    return key in _SKIP_KEYS or key.endswith(("_id", "_ids"))


def _walk(value: Any, key: str, in_text: TextFn, whole_value: TextFn) -> Any:
    if isinstance(value, dict):
        return {
            k: v if _skipped(k) else _walk(v, k, in_text, whole_value) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_walk(v, key, in_text, whole_value) for v in value]
    # type() rather than isinstance: StrEnum members are str too, and they
    # are vocabulary.
    if type(value) is str:
        return whole_value(value) if key in NAME_KEYS else in_text(value)
    return value


def rewritten(session: Session, in_text: TextFn, whole_value: TextFn | None = None) -> Session:
    """A validated copy of ``session`` with the text functions applied.

    ``in_text`` runs on prose; ``whole_value`` (default: ``in_text``) on the
    name fields listed in ``NAME_KEYS``.
    """
    data = _walk(session.model_dump(), "", in_text, whole_value or in_text)
    return Session.model_validate(data)


def rewrite_in_place(
    model: BaseModel,
    in_text: TextFn,
    whole_value: TextFn,
    keep: Collection[str] = (),
    key: str = "",
) -> None:
    """Apply the text functions to ``model`` itself, without re-validating.

    For a throw-away copy that is only read (an export): a stand-in longer
    than the name it replaces must not make the copy invalid. ``keep``
    names fields to leave exactly as they are.
    """
    for name in type(model).model_fields:
        if _skipped(name) or name in keep:
            continue
        value = getattr(model, name)
        new = _rewrite_value(value, name, in_text, whole_value, keep)
        if new is not value:
            object.__setattr__(model, name, new)


def _rewrite_value(
    value: Any, key: str, in_text: TextFn, whole_value: TextFn, keep: Collection[str]
) -> Any:
    if isinstance(value, BaseModel):
        rewrite_in_place(value, in_text, whole_value, keep)
        return value
    if isinstance(value, list):
        return [_rewrite_value(v, key, in_text, whole_value, keep) for v in value]
    if type(value) is str:
        return whole_value(value) if key in NAME_KEYS else in_text(value)
    return value


def prose(session: Session) -> list[str]:
    """Every free-text string of the record, name fields left out (for the
    "part of the name is still there" warning: another participant called
    Jan is somebody else)."""
    found: list[str] = []

    def collect(text: str) -> str:
        found.append(text)
        return text

    _walk(session.model_dump(), "", collect, lambda text: text)
    return found
