"""Who can act, and which role each actor takes per wish or theme."""

from __future__ import annotations

from typing import Protocol

from pydantic import model_validator
from pydantic_core import PydanticCustomError

from cocreatie.models.base import Item
from cocreatie.models.text import RequiredShortText, ShortText, Slug
from cocreatie.models.vocab import PolicyDomain


class ActorDescription(Protocol):
    """What a session template says about an actor it brings along."""

    @property
    def function(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def domain(self) -> PolicyDomain | None: ...


class Actor(Item):
    function: RequiredShortText  # wijkagent, gebiedsmanager, ...
    organisation: ShortText = ""
    domain: PolicyDomain | None = None
    person_name: ShortText = ""

    def label(self) -> str:
        parts = [self.function]
        if self.organisation:
            parts.append(f"({self.organisation})")
        if self.person_name:
            parts.append(f"– {self.person_name}")
        return " ".join(parts)


class RoleAssignment(Item):
    """Wish (or theme) × actor → one role from the template's roles."""

    wish_id: str | None = None
    theme: ShortText = ""
    actor_id: str
    role: Slug

    @model_validator(mode="after")
    def _one_subject(self) -> RoleAssignment:
        if (self.wish_id is None) == (not self.theme):
            raise PydanticCustomError("role_subject", "give either a wish or a theme")
        return self
