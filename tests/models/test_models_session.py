"""Session operations: cascades, pseudonyms, erasure, consent, status history."""

from __future__ import annotations

import pytest

from cocreatie.models import (
    Action,
    ActionStatus,
    Actor,
    ContactDetails,
    ContactPerson,
    Participant,
    Session,
    UnknownItemError,
    Wish,
)


def test_removing_a_wish_cascades(session: Session) -> None:
    session.remove(Wish, "w-licht")
    assert [w.id for w in session.wishes] == ["w-tegels"]
    assert [r for r in session.roles if r.wish_id == "w-licht"] == []
    assert session.contacts == []  # its only contact was for that wish
    action = session.get(Action, "x-licht")
    assert action.wish_ids == ["w-tegels"]
    assert action.contact_id is None


def test_removing_an_actor_unlinks_it_everywhere(session: Session) -> None:
    session.remove(Actor, "a-agent")
    assert [r.actor_id for r in session.roles] == ["a-gebied"]
    contact = session.get(ContactPerson, "k-licht")
    assert contact.actor_id is None and contact.person_name == "?"
    action = session.get(Action, "x-licht")
    # An agreed action without an owner is invalid: the cascade withdraws the agreement.
    assert action.owner_actor_id is None and action.agreed is False


def test_removing_a_participant_keeps_what_they_said(session: Session) -> None:
    session.remove(Participant, "p-anja")
    assert session.veiligheid.contributions[0].text == "Het pad is donker"
    assert session.veiligheid.contributions[0].participant_id is None
    assert session.get(Wish, "w-licht").participant_ids == []


def test_removing_a_contact_unlinks_actions(session: Session) -> None:
    session.remove(ContactPerson, "k-licht")
    assert session.get(Action, "x-licht").contact_id is None


def test_removing_an_unknown_item_raises(session: Session) -> None:
    with pytest.raises(UnknownItemError):
        session.remove(Wish, "w-niets")


def test_residents_get_stable_pseudonyms_professionals_none(session: Session) -> None:
    names = {p.id: p.pseudonym for p in session.participants}
    assert names == {"p-anja": "Bewoner 1", "p-henk": "Bewoner 2", "p-marloes": ""}
    session.update(Participant, "p-anja", display_name="Anja B.")
    assert session.get(Participant, "p-anja").pseudonym == "Bewoner 1"
    assert session.get(Participant, "p-anja").public_name(with_names=False) == "Bewoner 1"
    assert session.get(Participant, "p-marloes").public_name(with_names=False) == "Marloes"


def test_pseudonym_numbers_are_never_reused(session: Session) -> None:
    session.remove(Participant, "p-henk")  # the highest number so far
    session.add(Participant(id="p-kevin", display_name="Kevin"))
    assert session.get(Participant, "p-kevin").pseudonym == "Bewoner 3"
    # ... also after the record went through a save and a load.
    reloaded = Session.model_validate_json(session.model_dump_json())
    reloaded.remove(Participant, "p-kevin")
    reloaded.add(Participant(id="p-tiny", display_name="Tiny"))
    assert reloaded.get(Participant, "p-tiny").pseudonym == "Bewoner 4"


def test_someone_re_marked_as_resident_gets_a_pseudonym(session: Session) -> None:
    session.update(Participant, "p-marloes", kind="resident")
    person = session.get(Participant, "p-marloes")
    assert person.pseudonym == "Bewoner 3"
    assert person.public_name(with_names=False) == "Bewoner 3"


def test_erasing_a_participant_keeps_contributions_and_wishes(session: Session) -> None:
    session.record_consent("p-anja", scope="contact over het plan")
    session.set_contact("p-anja", ContactDetails(email="anja@example.org"))
    person = session.erase_participant("p-anja")
    assert person.display_name == "Bewoner 1"
    assert person.erased and person.contact is None and person.consent is None
    assert person.years_in_neighbourhood is None
    assert session.veiligheid.contributions[0].participant_id == "p-anja"
    assert session.get(Wish, "w-licht").participant_ids == ["p-anja"]
    assert "Anja" not in session.model_dump_json()
    assert [e.kind for e in session.privacy.erasures] == ["participant"]


def test_withdrawing_consent_drops_the_contact_details(session: Session) -> None:
    session.record_consent("p-anja", scope="contact over het plan")
    session.set_contact("p-anja", ContactDetails(phone="06 1111 2222"))
    person = session.withdraw_consent("p-anja")
    assert person.contact is None and person.consent is None
    assert "06 1111 2222" not in session.model_dump_json()
    assert [e.kind for e in session.privacy.erasures] == ["consent_withdrawn"]


def test_status_changes_are_kept_in_the_history(session: Session) -> None:
    session.set_action_status("x-licht", ActionStatus.BUSY, "aannemer gebeld")
    action = session.set_action_status("x-licht", ActionStatus.DONE)
    assert [(h.old, h.new) for h in action.history] == [
        (ActionStatus.OPEN, ActionStatus.BUSY),
        (ActionStatus.BUSY, ActionStatus.DONE),
    ]
    assert action.history[0].note == "aannemer gebeld"
    # Setting the same status again adds nothing.
    assert len(session.set_action_status("x-licht", ActionStatus.DONE).history) == 2


def test_set_role_replaces_and_clears(session: Session) -> None:
    session.set_role("w-licht", "a-agent", "regisseur")
    assert session.role_of("w-licht", "a-agent") == "regisseur"
    assert len([r for r in session.roles if r.actor_id == "a-agent"]) == 1
    session.set_role("w-licht", "a-agent", None)
    assert session.role_of("w-licht", "a-agent") is None


def test_chosen_wishes_are_every_starred_one_else_the_top_of_the_vote(session: Session) -> None:
    session.vote("w-tegels", 5)
    assert [w.id for w in session.chosen_wishes(1)] == ["w-tegels"]
    assert [w.id for w in session.chosen_wishes(5)] == ["w-tegels", "w-licht"]
    session.update(Wish, "w-licht", prioritised=True)
    session.update(Wish, "w-tegels", prioritised=True)
    # Starred wishes all count, also beyond the template's prioritise_top.
    assert [w.id for w in session.chosen_wishes(1)] == ["w-tegels", "w-licht"]
