"""What a session template may say: steps, factors, actors, roles, vocabularies.

Templates are data (TOML files in ``templates/``) so facilitators can adapt a
session without touching code; this module only says what a valid one is.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from cocreatie.models.text import Slug
from cocreatie.models.vocab import PolicyDomain


class StepType(StrEnum):
    """The step screens the TUI knows how to show."""

    PREPARATION = "preparation"
    PARTICIPANTS = "participants"
    DEFINITION = "definition"
    COMMON_GROUND = "common_ground"
    WISHES = "wishes"
    ROLES = "roles"
    CONTACTS = "contacts"
    ACTIONS = "actions"
    FOLLOW_UP = "follow_up"
    CLOSING = "closing"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Step(_Strict):
    type: StepType
    id: Slug = ""
    title: str = Field(min_length=1, max_length=60)
    prompt: str = Field(min_length=1, max_length=1200)
    timebox_minutes: int = Field(default=10, ge=0, le=240)
    questions: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _default_id(self) -> Step:
        if not self.id:
            object.__setattr__(self, "id", self.type.value.replace("_", "-"))
        return self


class Factor(_Strict):
    id: Slug
    number: int = Field(ge=1, le=99)
    name: str = Field(min_length=1, max_length=60)
    group: str = ""
    environment: str = ""
    description: str = ""
    # The factors the Almere coding kept; shown first in the picker.
    core: bool = False


class Role(_Strict):
    id: Slug
    label: str = Field(min_length=1, max_length=30)
    description: str = ""
    accountable: bool = False


class ActorPreset(_Strict):
    function: str = Field(min_length=1, max_length=80)
    organisation: str = ""
    domain: PolicyDomain | None = None


class LocationType(_Strict):
    id: Slug
    label: str = Field(min_length=1, max_length=40)


class ParticipantKind(_Strict):
    id: Slug
    label: str = Field(min_length=1, max_length=40)


class Comparison(_Strict):
    """Which two sides the "veiligheid" comparison sets against each other."""

    by: Literal["kind", "domain"] = "kind"
    left: list[str] = Field(default_factory=lambda: ["resident"])
    right: list[str] = Field(default_factory=lambda: ["professional"])
    left_label: str = "Bewoners"
    right_label: str = "Professionals"


class Voting(_Strict):
    dots_per_participant: int = Field(default=3, ge=1, le=20)
    prioritise_top: int = Field(default=5, ge=1, le=50)


class Limits(_Strict):
    # A fixed contact person carrying more than this is a warning: one
    # person answering for everything is how promises get broken.
    max_items_per_contact: int = Field(default=3, ge=1, le=50)


class SessionTemplate(_Strict):
    id: Slug
    title: str = Field(min_length=1, max_length=80)
    description: str = ""
    language: Literal["nl", "en"] = "nl"
    steps: list[Step] = Field(min_length=1)
    factors: list[Factor] = Field(min_length=1)
    roles: list[Role] = Field(min_length=1)
    actors: list[ActorPreset] = Field(default_factory=list)
    location_types: list[LocationType] = Field(default_factory=list)
    participant_kinds: list[ParticipantKind] = Field(
        default_factory=lambda: [
            ParticipantKind(id="resident", label="Bewoner"),
            ParticipantKind(id="professional", label="Professional"),
        ]
    )
    comparison: Comparison = Field(default_factory=Comparison)
    voting: Voting = Field(default_factory=Voting)
    limits: Limits = Field(default_factory=Limits)
    retention_days: int = Field(default=365, ge=1, le=3650)
    # Joint OOV × Verkeer sessions: every action has an owner from each side.
    dual_ownership: bool = False
    # Follow-up sessions start from an earlier session.
    requires_previous: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> SessionTemplate:
        accountable = [r.id for r in self.roles if r.accountable]
        if len(accountable) != 1:
            raise PydanticCustomError(
                "template_accountable_roles",
                "exactly one role must be accountable (found {count})",
                {"count": len(accountable)},
            )
        for name, ids in (
            ("steps", [s.id for s in self.steps]),
            ("factors", [f.id for f in self.factors]),
            ("roles", [r.id for r in self.roles]),
            ("location_types", [loc.id for loc in self.location_types]),
            ("participant_kinds", [k.id for k in self.participant_kinds]),
        ):
            duplicates = sorted({i for i in ids if ids.count(i) > 1})
            if duplicates:
                raise PydanticCustomError(
                    "template_duplicate_ids",
                    "{section}: duplicate id {ids}",
                    {"section": name, "ids": ", ".join(duplicates)},
                )
        return self

    @property
    def accountable_role(self) -> Role:
        return next(r for r in self.roles if r.accountable)

    def factor(self, factor_id: str) -> Factor | None:
        return next((f for f in self.factors if f.id == factor_id), None)

    def role(self, role_id: str) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)

    def step_index(self, step_id: str) -> int | None:
        return next((i for i, s in enumerate(self.steps) if s.id == step_id), None)
