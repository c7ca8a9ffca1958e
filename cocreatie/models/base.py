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


class Record(BaseModel):
    """A strict record: unknown keys in a hand-edited file are an error, not
    silently dropped data."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Item(Record):
    """Anything a session holds a list of: stable id and timestamps."""

    id: str = Field(default_factory=new_id, pattern=ID_PATTERN)
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)

    def revised(self, **changes: Any) -> Self:
        """A validated copy with ``changes`` applied.

        Validation happens on the whole copy before anything is replaced, so
        a bad field leaves the original untouched (nothing is saved half).
        """
        data = self.model_dump()
        data.update(changes)
        data["updated"] = now()
        return type(self).model_validate(data)
