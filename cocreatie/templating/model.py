"""What a session template may say: steps, factors, actors, roles, vocabularies.

Templates are data (TOML files in ``templates/``) so facilitators can adapt a
session without touching code; this module only says what a valid one is.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from cocreatie.models.chars import drop_zero_width, has_bidi, has_control
from cocreatie.models.text import Slug
from cocreatie.models.vocab import PolicyDomain
from cocreatie.templating.outline import DEFAULT_TIMEBOX_MINUTES, default_step_id


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
    # The resident-evening format: a statement per factor on a five-point
    # agree scale, and a report-card grade; answered from phones.
    STATEMENTS = "statements"
    CLOSING = "closing"


_STEP_TYPES = frozenset(t.value for t in StepType)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # Every text of a template reaches the screen (titles, prompts, labels),
    # so every field is checked, including fields added later. Same rules as
    # the session record: controls and direction overrides refused, zero-width
    # characters dropped.
    @field_validator("*", mode="after")
    @classmethod
    def _plain_text(cls, value: Any) -> Any:
        # Exactly str: enum members are str too, and must stay members.
        if type(value) is str:
            return _plain(value)
        if isinstance(value, list) and value and all(type(v) is str for v in value):
            return [_plain(v, index) for index, v in enumerate(value)]
        return value


def _plain(text: str, index: int | None = None) -> str:
    where = {} if index is None else {"index": index}
    if has_control(text):
        raise PydanticCustomError(
            "template_control_chars", "contains control characters or escape sequences", where
        )
    if has_bidi(text):
        raise PydanticCustomError(
            "template_bidi_chars", "contains characters that change the reading direction", where
        )
    return drop_zero_width(text)


class Step(_Strict):
    type: StepType
    id: Slug = ""
    title: str = Field(min_length=1, max_length=60)
    prompt: str = Field(min_length=1, max_length=1200)
    timebox_minutes: int = Field(default=DEFAULT_TIMEBOX_MINUTES, ge=0, le=240)
    questions: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _default_id(cls, data: Any) -> Any:
        # Before validation, so the frozen model is built with its id; an
        # unknown type is left for the type field to report.
        if isinstance(data, dict) and not data.get("id"):
            kind = data.get("type")
            if isinstance(kind, str) and kind in _STEP_TYPES:
                return {**data, "id": default_step_id(str(kind))}
        return data


class Factor(_Strict):
    id: Slug
    number: int = Field(ge=1, le=99)
    name: str = Field(min_length=1, max_length=60)
    group: str = ""
    environment: str = ""
    description: str = ""
    # The factors the Almere coding kept; shown first in the picker.
    core: bool = False
    # For a statements step: one sentence to agree or disagree with.
    statement: str = Field(default="", max_length=200)


class RoleLimit(StrEnum):
    """How many actors may take a role on one wish."""

    ANY = "any"
    AT_MOST_ONE = "at_most_one"  # two directors means nobody directs
    EXACTLY_ONE = "exactly_one"  # the one who carries the wish


class Role(_Strict):
    id: Slug
    label: str = Field(min_length=1, max_length=30)
    description: str = ""
    accountable: bool = False
    # Left out: the accountable role is "exactly one", the others "any", so
    # templates written before this field keep their aanjager warnings.
    per_wish: RoleLimit | None = None

    @property
    def limit(self) -> RoleLimit:
        if self.per_wish is not None:
            return self.per_wish
        return RoleLimit.EXACTLY_ONE if self.accountable else RoleLimit.ANY


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

    # Each rule is a field validator so pydantic reports all of them at once,
    # each located at the list it is about; ``ctx["index"]`` (and ``field``)
    # point the error formatter at the exact entry and line.
    @field_validator("roles")
    @classmethod
    def _one_accountable(cls, roles: list[Role]) -> list[Role]:
        accountable = [i for i, r in enumerate(roles) if r.accountable]
        if not accountable:
            raise PydanticCustomError(
                "template_no_accountable", "exactly one role must be accountable (found 0)"
            )
        if len(accountable) > 1:
            raise PydanticCustomError(
                "template_many_accountable",
                "exactly one role must be accountable (found {count}: {ids})",
                {
                    "count": len(accountable),
                    "ids": ", ".join(roles[i].id for i in accountable),
                    "index": accountable[1],
                    "field": "accountable",
                },
            )
        return roles

    @field_validator("steps", "factors", "roles", "location_types", "participant_kinds")
    @classmethod
    def _unique_ids(cls, items: list[_Strict]) -> list[_Strict]:
        first_seen: dict[str, int] = {}
        for index, item in enumerate(items):
            item_id = str(getattr(item, "id", ""))
            if item_id in first_seen:
                raise PydanticCustomError(
                    "template_duplicate_id",
                    "duplicate id {id} (also entry {first})",
                    {
                        "id": item_id,
                        "first": first_seen[item_id] + 1,
                        "index": index,
                        "field": "id",
                    },
                )
            first_seen[item_id] = index
        return items

    @model_validator(mode="after")
    def _comparison_sides_exist(self) -> SessionTemplate:
        # A typo here silently puts everybody on the "other" side and the
        # comparison comes out empty; refuse it while the file is being written.
        if self.comparison.by == "domain":
            known = [d.value for d in PolicyDomain]
            code = "template_unknown_domain"
        else:
            known = [k.id for k in self.participant_kinds]
            code = "template_unknown_kind"
        for side in ("left", "right"):
            for index, value in enumerate(getattr(self.comparison, side)):
                if value not in known:
                    raise PydanticCustomError(
                        code,
                        "unknown value {input}",
                        {
                            "input": value,
                            "expected": ", ".join(known),
                            "loc": ("comparison", side, index),
                        },
                    )
        return self

    @model_validator(mode="after")
    def _follow_up_needs_previous(self) -> SessionTemplate:
        # A follow_up step shows the actions carried over from an earlier
        # session; without one to start from it would always be empty.
        if not self.requires_previous:
            for index, step in enumerate(self.steps):
                if step.type is StepType.FOLLOW_UP:
                    raise PydanticCustomError(
                        "template_follow_up_needs_previous",
                        "a follow_up step needs requires_previous = true",
                        {"loc": ("steps", index, "type")},
                    )
        return self

    @model_validator(mode="after")
    def _statements_need_statements(self) -> SessionTemplate:
        # A statements step shows the factors that have a statement; with
        # none it would ask the room nothing.
        if not any(f.statement for f in self.factors):
            for index, step in enumerate(self.steps):
                if step.type is StepType.STATEMENTS:
                    raise PydanticCustomError(
                        "template_statements_need_statement",
                        "a statements step needs a factor with a statement",
                        {"loc": ("steps", index, "type")},
                    )
        return self

    @property
    def statement_factors(self) -> list[Factor]:
        """The factors a statements step asks about, in template order."""
        return [f for f in self.factors if f.statement]

    @property
    def accountable_role(self) -> Role:
        return next(r for r in self.roles if r.accountable)

    def factor(self, factor_id: str) -> Factor | None:
        return next((f for f in self.factors if f.id == factor_id), None)

    def role(self, role_id: str) -> Role | None:
        return next((r for r in self.roles if r.id == role_id), None)
