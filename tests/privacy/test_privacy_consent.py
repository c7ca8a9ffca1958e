"""Consent first: no contact details without it, and withdrawal takes them."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cocreatie.models import ContactDetails, Participant, Session
from cocreatie.models.errors import describe
from cocreatie.privacy import withdraw_consent
from tests.privacy.conftest import EMAIL, NAME, PHONE


def _new_person(session: Session) -> Participant:
    return session.add(Participant(display_name="Fatma"))


def test_contact_details_are_refused_without_consent(session: Session) -> None:
    person = _new_person(session)
    before = session.model_dump()
    with pytest.raises(ValidationError) as caught:
        session.set_contact(person.id, ContactDetails(phone="06-87654321"))
    assert session.model_dump() == before  # nothing half-stored
    assert describe(caught.value) == [
        "Contactgegevens: leg eerst toestemming vast voordat u contactgegevens invult"
    ]


def test_a_participant_cannot_be_built_with_contact_but_no_consent() -> None:
    with pytest.raises(ValidationError):
        Participant(display_name="Fatma", contact=ContactDetails(email="f@voorbeeld.nl"))


def test_consent_needs_a_date_and_what_it_covers(session: Session) -> None:
    person = _new_person(session)
    with pytest.raises(ValidationError) as caught:
        session.record_consent(person.id, scope="")
    assert describe(caught.value)[0].startswith("Waarvoor toestemming: noem waarvoor")
    consent = session.record_consent(person.id, scope="contact over dit plan").consent
    assert consent is not None and consent.date is not None
    session.set_contact(person.id, ContactDetails(phone="06-87654321"))
    assert session.get(Participant, person.id).contact.phone == "06-87654321"


def test_withdrawal_erases_contact_details_everywhere_in_the_record(session: Session) -> None:
    jan = session.participants[0]
    result = withdraw_consent(session, jan.id)
    assert result.contact is None and result.consent is None
    dumped = session.model_dump_json()
    assert PHONE not in dumped and EMAIL not in dumped
    # Also the other spelling typed into a contribution.
    assert "06 1234 5678" not in dumped
    # Withdrawal is not erasure: the person keeps their name.
    assert result.display_name == NAME
    assert [e.kind for e in session.privacy.erasures] == ["consent_withdrawn"]
    assert NAME not in session.privacy.model_dump_json()


def test_refused_withdrawal_leaves_the_session_as_it_was(session: Session) -> None:
    before = session.model_dump()
    with pytest.raises(LookupError):
        withdraw_consent(session, "nobody")
    assert session.model_dump() == before
