"""Fixed contact persons ("vaste aanspreekpunten") and their feedback promise."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from cocreatie.models.base import Item
from cocreatie.models.text import ShortText
from cocreatie.models.vocab import ContactSubject


class ContactPerson(Item):
    subject_kind: ContactSubject = ContactSubject.THEME
    wish_id: str | None = None
    subject: ShortText = ""  # the theme or resident group, when not a wish
    actor_id: str | None = None
    person_name: ShortText = ""
    channel: ShortText = ""  # phone, buurtapp, spreekuur, e-mail ...
    availability: ShortText = ""
    # The promise residents hold us to: an answer within this many working days.
    feedback_days: int = Field(default=5, ge=1, le=60)
    agreed: bool = False

    @model_validator(mode="after")
    def _complete(self) -> ContactPerson:
        if self.subject_kind is ContactSubject.WISH and not self.wish_id:
            raise PydanticCustomError("contact_wish_required", "choose the wish")
        if self.subject_kind is not ContactSubject.WISH and not self.subject:
            raise PydanticCustomError("contact_subject_required", "name the theme or group")
        if not self.actor_id and not self.person_name:
            raise PydanticCustomError("contact_who_required", "choose an actor or give a name")
        return self

    def subject_label(self, wish_texts: dict[str, str]) -> str:
        if self.subject_kind is ContactSubject.WISH and self.wish_id:
            return wish_texts.get(self.wish_id, self.wish_id)
        return self.subject
