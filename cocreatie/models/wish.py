"""Residents' wishes, with where, when, how big, and how loud."""

from __future__ import annotations

from pydantic import Field

from cocreatie.models.base import Item, Record
from cocreatie.models.text import RequiredText, ShortText, Slug
from cocreatie.models.vocab import Quadrant, Scale, TimeOfDay, Worry


class Location(Record):
    text: ShortText = ""
    type: Slug | None = None  # one of the template's location types


class Wish(Item):
    text: RequiredText
    participant_ids: list[str] = Field(default_factory=list)
    factor_ids: list[Slug] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)
    time_of_day: TimeOfDay | None = None
    scale: Scale | None = None
    votes: int = Field(default=0, ge=0, le=10_000)
    worry: Worry | None = None
    visible_action: bool | None = None
    prioritised: bool = False
    theme: ShortText = ""

    @property
    def quadrant(self) -> Quadrant | None:
        return Quadrant.of(self.worry, self.visible_action)
