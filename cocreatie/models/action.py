"""Actions of the plan, with owner, contact, dates and a status history."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from cocreatie.models.base import Item, Record
from cocreatie.models.clock import now
from cocreatie.models.text import RequiredShortText, ShortText, Text
from cocreatie.models.vocab import ActionStatus


class StatusChange(Record):
    at: datetime
    old: ActionStatus | None = None
    new: ActionStatus
    note: ShortText = ""


class Action(Item):
    title: RequiredShortText
    wish_ids: list[str] = Field(default_factory=list)
    owner_actor_id: str | None = None
    # Joint sessions (OOV × Verkeer) give every action a second owner.
    co_owner_actor_id: str | None = None
    contact_id: str | None = None
    deadline: date | None = None
    visibility: Text = ""  # how residents will see that something happens
    feedback_date: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    history: list[StatusChange] = Field(default_factory=list)
    agreed: bool = False
    # Follow-up sessions: where the action came from and what residents saw.
    carried_from: ShortText = ""
    residents_noticed: Text = ""
    feedback_given: bool | None = None

    @model_validator(mode="after")
    def _agreed_needs_owner(self) -> Action:
        if self.agreed and not self.owner_actor_id:
            raise PydanticCustomError("owner_required", "an agreed action needs an owner")
        return self

    def with_status(self, new: ActionStatus, note: str = "") -> Action:
        if new == self.status:
            return self
        change = StatusChange(at=now(), old=self.status, new=new, note=note)
        return self.revised(status=new, history=[*self.history, change])

    def is_late(self, today: date) -> bool:
        """Not done (open or busy) while its deadline or feedback date has passed.

        One rule for the plan, the follow-up, ``review`` and ``actions``:
        residents waiting for an answer are let down as much as by a
        missed deadline.
        """
        if self.status not in (ActionStatus.OPEN, ActionStatus.BUSY):
            return False
        dates = (self.deadline, self.feedback_date)
        return any(when is not None and when < today for when in dates)
