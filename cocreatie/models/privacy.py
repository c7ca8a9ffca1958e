"""Retention and the trail of erasures (which never says whose)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import Field

from cocreatie.models.base import Record


class Erasure(Record):
    at: datetime
    kind: Literal["participant", "consent_withdrawn", "purge"]


class Privacy(Record):
    retention_until: date | None = None
    erasures: list[Erasure] = Field(default_factory=list)
    purged: bool = False
    # Highest "Bewoner N" ever handed out, so a removed resident's number is
    # never given to someone else (exports and follow-ups would mix them up).
    pseudonyms_issued: int = Field(default=0, ge=0)
