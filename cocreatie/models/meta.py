"""What, where, when and why of a session."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from cocreatie.models.base import Record
from cocreatie.models.text import LongText, RequiredShortText, ShortText, Slug


class SessionMeta(Record):
    title: RequiredShortText
    neighbourhood: ShortText = ""
    greenfield_area: list[ShortText] = Field(default_factory=list)  # streets
    date: dt.date | None = None
    place: ShortText = ""
    facilitators: list[ShortText] = Field(default_factory=list)
    purpose: LongText = ""  # "de bedoeling": the anchor of the session
    template_id: Slug = "greenfield-buurt"
    language: Literal["nl", "en"] = "nl"


class Progress(Record):
    """Where the facilitator is; steps are template step ids."""

    current_step: int = Field(default=0, ge=0)
    visited: list[Slug] = Field(default_factory=list)
    done: list[Slug] = Field(default_factory=list)
    # The pane (tab) last shown per step id, and the wishes' sort order:
    # reopening the session shows what the facilitator last looked at.
    panes: dict[Slug, Slug] = Field(default_factory=dict)
    wishes_by_votes: bool = False
