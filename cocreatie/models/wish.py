"""Residents' wishes, with where, when, how big, and how loud."""

from __future__ import annotations

from pydantic import Field

from cocreatie.models.base import Item, Record
from cocreatie.models.phone import PhoneOrigin
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
    # Everything counted for this wish: the facilitator's tally plus the
    # dots placed from phones (``Session.voting``), so every screen and
    # export that sorts by votes sees the whole count.
    votes: int = Field(default=0, ge=0, le=10_000)
    worry: Worry | None = None
    visible_action: bool | None = None
    prioritised: bool = False
    theme: ShortText = ""
    origin: PhoneOrigin | None = None  # sent from a phone
    # Kept in the record, left out of prioritising, the plan and exports.
    hidden: bool = False
    merged_into: str | None = None  # the wish this one duplicated

    @property
    def shown(self) -> bool:
        return not self.hidden and self.merged_into is None

    @property
    def quadrant(self) -> Quadrant | None:
        return Quadrant.of(self.worry, self.visible_action)
