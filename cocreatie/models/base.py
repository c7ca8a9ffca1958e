"""Base classes shared by every part of the session record."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field

from cocreatie.models.clock import now
from cocreatie.models.ids import ID_PATTERN, new_id


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
