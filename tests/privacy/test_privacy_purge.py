"""Purging a session's personal data keeps the anonymous plan (pure)."""

from __future__ import annotations

from cocreatie.analysis import compare_factors, session_warnings
from cocreatie.models import Session
from cocreatie.privacy import has_personal_data, purge_personal_data
from cocreatie.privacy.erase import erase_person
from cocreatie.templating import SessionTemplate
from tests.privacy.conftest import (
    ACTION_TITLE,
    CONTRIBUTION_TEXT,
    EMAIL,
    FACILITATOR,
    NAME,
    PHONE,
    PROFESSIONAL,
    WISH_TEXT,
)

SECRETS = (
    NAME,
    PHONE,
    EMAIL,
    "06 1234 5678",
    PROFESSIONAL,
    FACILITATOR,
    "Tom Hendriks",
    "Jan Bakker",
    "wijkagent@voorbeeld.nl",
)


def test_no_personal_data_is_left(session: Session) -> None:
    purged = purge_personal_data(session)
    dumped = purged.model_dump_json()
    for secret in SECRETS:
        assert secret not in dumped, secret
    assert not has_personal_data(purged)
    names = [p.display_name for p in purged.participants]
    assert names == ["Bewoner 1", "Bewoner 2", "Deelnemer 1"]
    assert all(p.contact is None and p.consent is None for p in purged.participants)
    assert purged.meta.facilitators == []
    assert [a.person_name for a in purged.actors] == [""]


def test_the_anonymous_plan_stays(session: Session, greenfield: SessionTemplate) -> None:
    purged = purge_personal_data(session)
    assert CONTRIBUTION_TEXT in [c.text for c in purged.veiligheid.contributions]
    assert [(w.text, w.votes, w.prioritised) for w in purged.wishes] == [(WISH_TEXT, 7, True)]
    action = purged.actions[0]
    assert action.title == ACTION_TITLE
    assert action.owner_actor_id == session.actions[0].owner_actor_id
    assert [a.function for a in purged.actors] == ["wijkagent"]
    assert compare_factors(purged, greenfield) == compare_factors(session, greenfield)
    assert [w.code for w in session_warnings(purged, greenfield)] == [
        w.code for w in session_warnings(session, greenfield)
    ]
    # Kinds, domains and streets stay: the plan counts by them.
    assert [(p.kind, p.area) for p in purged.participants] == [
        (p.kind, p.area) for p in session.participants
    ]


def test_purge_is_pure_marks_the_record_and_notes_one_purge(session: Session) -> None:
    before = session.model_dump()
    erase_person(session, session.participants[1].id)
    before = session.model_dump()
    purged = purge_personal_data(session)
    assert session.model_dump() == before
    assert purged.privacy.purged
    assert [e.kind for e in purged.privacy.erasures] == ["participant", "purge"]


def test_purging_again_changes_nothing(session: Session) -> None:
    once = purge_personal_data(session)
    assert purge_personal_data(once).model_dump() == once.model_dump()


def test_a_professional_named_in_free_text_gets_their_pseudonym(session: Session) -> None:
    session.add_contribution("Marloes Visser belt altijd terug", session.participants[0].id)
    purged = purge_personal_data(session)
    assert "Deelnemer 1 belt altijd terug" in [c.text for c in purged.veiligheid.contributions]
