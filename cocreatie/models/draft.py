"""A form or quick line typed into but not saved: kept so a crash loses nothing.

A draft is what the fields held as typed (text, a chosen value, a list of
chosen values, a tick), which form of which step it belongs to, the item it
edits (``None`` for a new one) and when it was typed. It never enters the
session record: the facilitator saves the form, as always, or throws it away.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from cocreatie.models.clock import now

# What a field can hold as typed: Input text, a single choice (or none),
# several choices, a tick.
HeldValue = str | bool | list[str] | None

QUICK_FORM = "quick"
NEW_ITEM = "new"
DRAFT_FILE_VERSION = 1


class Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    step: str = Field(min_length=1, max_length=200)
    # The step view's action that opens the form ("new", "edit", "consent"
    # ...), or ``QUICK_FORM`` for the quick-entry line.
    form: str = Field(min_length=1, max_length=100)
    item_id: str | None = None
    # What the dialog names ("Nieuwe wens: \"Meer licht…\"").
    label: str = Field(default="", max_length=400)
    fields: dict[str, HeldValue] = Field(default_factory=dict)
    typed_at: datetime = Field(default_factory=now)

    @property
    def key(self) -> str:
        """One draft per step, form and item."""
        return draft_key(self.step, self.form, self.item_id)

    def texts(self) -> list[str]:
        """Every piece of text the draft holds (for the privacy checks)."""
        found = [self.label]
        for value in self.fields.values():
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, list):
                found.extend(value)
        return found

    def mentions(self, terms: list[str]) -> bool:
        """Whether any of ``terms`` appears in it (case-insensitive)."""
        texts = [text.casefold() for text in self.texts()]
        needles = [term.casefold() for term in terms if term.strip()]
        return any(needle in text for needle in needles for text in texts)


class DraftFile(BaseModel):
    """The drafts of one session, as stored beside it."""

    model_config = ConfigDict(extra="forbid")

    version: int = DRAFT_FILE_VERSION
    session_id: str
    drafts: list[Draft] = Field(default_factory=list)


def draft_key(step: str, form: str, item_id: str | None) -> str:
    return f"{step}/{form}/{item_id or NEW_ITEM}"
