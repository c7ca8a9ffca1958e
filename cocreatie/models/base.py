"""Base classes shared by every part of the session record."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo

from cocreatie.models.clock import now
from cocreatie.models.ids import ID_PATTERN, new_id

# Validation context for a record read back from the data folder (see
# ``from_storage``); typed entry, imports and templates validate without it.
STORED_RECORD: dict[str, Any] = {"stored_record": True}


def from_storage(info: ValidationInfo) -> bool:
    """Whether this validation reads a record the program stored itself.

    Such a record passed the rules of the version that wrote it. A rule added
    since (no direction overrides, unique ids) then repairs what it would
    refuse on entry, instead of making a facilitator's session unreadable.
    """
    context = info.context
    return isinstance(context, dict) and context.get("stored_record") is True


class UnknownItemError(LookupError):
    """No item with this id in the named list of the session."""

    def __init__(self, collection: str, item_id: str) -> None:
        super().__init__(f"{collection}: {item_id}")
        self.collection = collection
        self.item_id = item_id


class Record(BaseModel):
    """A strict record: unknown keys in a hand-edited file are an error, not
    silently dropped data."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    def validated_copy(self, **changes: Any) -> Self:
        """A copy with ``changes`` applied, validated as a whole.

        Unlike ``model_copy(update=...)`` this runs every field and record
        rule, so a bad value raises ``ValidationError`` and the original is
        untouched. Unchanged nested records are shared, not copied: the
        session replaces records rather than editing them in place.
        """
        values = {name: getattr(self, name) for name in type(self).model_fields}
        values.update(changes)
        return type(self).model_validate(values)


class Item(Record):
    """Anything a session holds a list of: stable id and timestamps."""

    id: str = Field(default_factory=new_id, pattern=ID_PATTERN)
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)

    def revised(self, **changes: Any) -> Self:
        """A validated copy with ``changes`` applied and ``updated`` set to now.

        Validation happens on the whole copy before anything is replaced, so
        a bad field leaves the original untouched (nothing is saved half).
        """
        return self.validated_copy(**changes, updated=now())
