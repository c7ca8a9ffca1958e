"""The resident-evening format: one statement per factor, a five-point
agree scale ("helemaal oneens" 1 .. "helemaal eens" 5).

The statements are the template's (``Factor.statement``); the record keeps
the answers, one per participant and factor. Who answered decides the side
in the residents-versus-professionals comparison, as for contributions.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from cocreatie.models.base import Record
from cocreatie.models.clock import now
from cocreatie.models.text import Slug

AGREE_MIN = 1
AGREE_MAX = 5


class StatementAnswer(Record):
    # None once the participant was removed: the answer still counts.
    participant_id: str | None
    factor_id: Slug
    agree: int = Field(ge=AGREE_MIN, le=AGREE_MAX)
    answered: datetime = Field(default_factory=now)
