"""Erasing one person from the record (pure, no files)."""

from __future__ import annotations

import pytest

from cocreatie.analysis import compare_factors
from cocreatie.models import Participant, Session
from cocreatie.privacy import (
    AmbiguousParticipantError,
    ParticipantNotFoundError,
    erase_person,
    resolve_participant,
)
from cocreatie.templating import SessionTemplate
from tests.privacy.conftest import CONTRIBUTION_TEXT, EMAIL, NAME, PHONE, PROFESSIONAL, WISH_TEXT


def test_erasure_leaves_no_trace_of_name_or_contact(session: Session) -> None:
    jan = session.participants[0]
    erase_person(session, jan.id)
    dumped = session.model_dump_json()
    for secret in (NAME, PHONE, EMAIL, "06 1234 5678", "buurtpreventie"):
        assert secret not in dumped, secret


def test_what_the_person_said_wished_and_voted_stays(
    session: Session, greenfield: SessionTemplate
) -> None:
    jan = session.participants[0]
    comparison_before = compare_factors(session, greenfield)
    erase_person(session, jan.id)
    erased = session.get(Participant, jan.id)
    assert erased.display_name == erased.pseudonym == "Bewoner 1"
    assert erased.erased and erased.area == "Molenweg"  # streets are counted in the plan
    texts = [c.text for c in session.veiligheid.contributions]
    assert CONTRIBUTION_TEXT in texts
    assert "Bewoner 1 vertelt dat hij vaak wordt gebeld; bel hem op [telefoon]" in texts
    assert [c.participant_id for c in session.veiligheid.contributions][:2] == [jan.id, jan.id]
    wish = session.wishes[0]
    assert (wish.text, wish.votes, wish.participant_ids) == (WISH_TEXT, 7, [jan.id])
    assert compare_factors(session, greenfield) == comparison_before


def test_the_record_notes_an_erasure_but_not_whose(session: Session) -> None:
    erase_person(session, session.participants[0].id)
    assert [e.kind for e in session.privacy.erasures] == ["participant"]
    assert set(session.privacy.erasures[0].model_dump()) == {"at", "kind"}


def test_someone_else_with_part_of_the_name_keeps_it(session: Session) -> None:
    jan = session.participants[0]
    result = erase_person(session, jan.id)
    assert session.participants[1].display_name == "Jan Bakker"
    assert result.parts_left == 0


def test_a_first_name_alone_in_free_text_is_counted_for_the_facilitator(
    session: Session,
) -> None:
    jan = session.participants[0]
    session.add_contribution("Jan zei ook dat de bus te hard rijdt", jan.id)
    result = erase_person(session, jan.id)
    # The tool cannot tell this "Jan" from Jan Bakker: it says where to look.
    assert result.parts_left == 1
    assert "Jan zei ook" in session.model_dump_json()


def test_an_erased_professional_keeps_the_post_not_the_name(session: Session) -> None:
    pro = session.participants[2]
    erase_person(session, pro.id)
    erased = session.get(Participant, pro.id)
    assert erased.display_name == "Deelnemer 1"
    assert (erased.function, erased.organisation) == ("wijkagent", "Politie")
    # The same name typed as a contact person or actor name is the same person.
    assert PROFESSIONAL not in session.model_dump_json()


def test_erasing_twice_changes_nothing(session: Session) -> None:
    jan = session.participants[0]
    erase_person(session, jan.id)
    once = session.model_dump()
    assert erase_person(session, jan.id).already
    assert session.model_dump() == once


def test_resolve_by_id_prefix_and_name(session: Session) -> None:
    jan = session.participants[0]
    assert resolve_participant(session, jan.id) is jan
    assert resolve_participant(session, "jan de vries") is jan
    ids = [p.id for p in session.participants]
    unique = next(n for n in range(1, 7) if [i[:n] for i in ids].count(jan.id[:n]) == 1)
    assert resolve_participant(session, jan.id[:unique]) is jan
    with pytest.raises(ParticipantNotFoundError):
        resolve_participant(session, "Piet")


def test_two_people_with_one_name_are_ambiguous(session: Session) -> None:
    from cocreatie.models import Participant

    twin = session.add(Participant(display_name=NAME))
    with pytest.raises(AmbiguousParticipantError) as caught:
        resolve_participant(session, NAME)
    assert {p.id for p in caught.value.candidates} == {session.participants[0].id, twin.id}
