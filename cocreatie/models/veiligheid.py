"""What "veiligheid" means here: contributions, verdicts, the shared definition."""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationInfo, field_validator

from cocreatie.models.base import Item, Record
from cocreatie.models.phone import PhoneOrigin
from cocreatie.models.text import LongText, RequiredText, Slug, Text
from cocreatie.models.unique import unique_ids
from cocreatie.models.vocab import Congruence


class Contribution(Item):
    """One thing somebody said about what makes them feel (un)safe."""

    text: RequiredText
    participant_id: str | None = None
    factor_ids: list[Slug] = Field(default_factory=list)
    origin: PhoneOrigin | None = None  # sent from a phone
    # Kept in the record, left out of the comparison, the plan and exports.
    hidden: bool = False
    merged_into: str | None = None  # the contribution this one duplicated

    @property
    def shown(self) -> bool:
        return not self.hidden and self.merged_into is None


class Note(Item):
    """A short line in a list: an agreement, a difference, an open question."""

    text: RequiredText


class FactorVerdict(Item):
    """Per factor: do both sides share the same sense of the problem?"""

    factor_id: Slug
    verdict: Congruence | None = None
    note: Text = ""


class SafetyDefinition(Record):
    contributions: list[Contribution] = Field(default_factory=list)
    shared_definition: LongText = ""
    agreements: list[Note] = Field(default_factory=list)
    differences: list[Note] = Field(default_factory=list)
    verdicts: list[FactorVerdict] = Field(default_factory=list)

    @field_validator("contributions", "agreements", "differences", "verdicts")
    @classmethod
    def _unique_ids(cls, items: list[Any], info: ValidationInfo) -> list[Any]:
        return unique_ids(items, info)

    def verdict_for(self, factor_id: str) -> FactorVerdict | None:
        return next((v for v in self.verdicts if v.factor_id == factor_id), None)
