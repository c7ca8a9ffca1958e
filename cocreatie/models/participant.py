"""Who took part, and what we may keep of them (AVG/GDPR)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from cocreatie.models.base import Item, Record
from cocreatie.models.phone import DeviceId
from cocreatie.models.pseudonyms import RESIDENT_WORD
from cocreatie.models.text import Name, ShortText, Slug
from cocreatie.models.vocab import ParticipantKind, PolicyDomain


class Consent(Record):
    """Recorded consent to keep contact details, and for what."""

    given: bool = False
    date: dt.date | None = None
    scope: ShortText = ""
    recorded_by: ShortText = ""

    @model_validator(mode="after")
    def _dated(self) -> Consent:
        if self.given and self.date is None:
            raise PydanticCustomError("consent_date_required", "consent needs a date")
        # Consent is for something ("contact about this plan"); a bare yes
        # cannot tell a later reader what the person agreed to.
        if self.given and not self.scope:
            raise PydanticCustomError("consent_scope_required", "say what the consent covers")
        return self


class ContactDetails(Record):
    phone: ShortText = ""
    email: ShortText = ""
    other: ShortText = ""

    def is_empty(self) -> bool:
        return not (self.phone or self.email or self.other)


class Participant(Item):
    display_name: Name
    kind: Slug = ParticipantKind.RESIDENT.value
    organisation: ShortText = ""
    function: ShortText = ""
    domain: PolicyDomain | None = None
    area: ShortText = ""  # street or sub-area
    years_in_neighbourhood: int | None = Field(default=None, ge=0, le=120)
    # Stable per session ("Bewoner 3"), so exports and follow-ups stay readable
    # without names.
    pseudonym: ShortText = ""
    consent: Consent | None = None
    contact: ContactDetails | None = None
    erased: bool = False
    # Set when the person joined from a phone (see ``models.phone``): the
    # web layer finds them again by it; an erasure forgets it.
    device_id: DeviceId | None = None

    @model_validator(mode="after")
    def _consent_before_contact(self) -> Participant:
        if self.contact is not None and not self.contact.is_empty() and not self.has_consent:
            raise PydanticCustomError(
                "consent_required", "contact details need recorded consent first"
            )
        return self

    @property
    def has_consent(self) -> bool:
        return self.consent is not None and self.consent.given

    @property
    def is_resident(self) -> bool:
        return self.kind == ParticipantKind.RESIDENT.value

    @property
    def from_phone(self) -> bool:
        return self.device_id is not None

    @property
    def needs_pseudonym(self) -> bool:
        """Residents, and anyone who joined from a phone: a name typed on a
        phone is self-declared and came without a word about exports."""
        return self.is_resident or self.from_phone

    def public_name(self, with_names: bool) -> str:
        """The name an export may show: residents are pseudonymised by default.

        Every resident in a session has a pseudonym (the session numbers
        them); the bare word is a last resort that still names nobody.
        Someone who joined from a phone is named only with recorded consent,
        even when the facilitator asks for names.
        """
        hidden = not with_names or self.erased or (self.from_phone and not self.has_consent)
        if self.needs_pseudonym and hidden:
            return self.pseudonym or RESIDENT_WORD
        return self.display_name
