"""Domain rules that once lived in step views, and the typed collection API."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cocreatie.models import (
    Actor,
    Contribution,
    Participant,
    RoleAssignment,
    Session,
    SessionMeta,
    UnknownItemError,
    Wish,
)
from cocreatie.models.clock import freeze
from cocreatie.templating import SessionTemplate


def _voted(session: Session, votes: dict[str, int]) -> None:
    for wish_id, count in votes.items():
        session.update(Wish, wish_id, votes=count)


def test_prioritise_top_marks_the_most_voted_and_unmarks_the_rest(session: Session) -> None:
    extra = session.add(Wish(id="w-bank", text="Een bankje", votes=9))
    session.update(Wish, "w-tegels", prioritised=True)
    chosen = session.prioritise_top(1)
    assert [w.id for w in chosen] == [extra.id]
    assert {w.id: w.prioritised for w in session.wishes} == {
        "w-licht": False,
        "w-tegels": False,
        "w-bank": True,
    }


def test_prioritise_top_keeps_the_order_of_raising_on_a_tie(session: Session) -> None:
    _voted(session, {"w-licht": 2, "w-tegels": 2})
    session.add(Wish(id="w-bank", text="Een bankje", votes=2))
    assert [w.id for w in session.prioritise_top(2)] == ["w-licht", "w-tegels"]
    assert not session.get(Wish, "w-bank").prioritised


def test_prioritise_top_beyond_the_list_takes_every_wish(session: Session) -> None:
    assert [w.id for w in session.prioritise_top(50)] == ["w-licht", "w-tegels"]


def test_prioritise_top_without_a_change_leaves_the_record_untouched(session: Session) -> None:
    session.prioritise_top(1)
    before = session.model_dump()
    freeze(None)  # a real clock: an unneeded touch would move "updated"
    session.prioritise_top(1)
    assert session.model_dump() == before


def test_preset_actors_start_the_actor_list(greenfield: SessionTemplate) -> None:
    session = Session(meta=SessionMeta(title="Nieuw"))
    added = session.add_preset_actors(greenfield.actors)
    assert greenfield.actors, "the shipped template brings actors"
    assert [a.function for a in session.actors] == [p.function for p in greenfield.actors]
    assert [a.domain for a in added] == [p.domain for p in greenfield.actors]
    assert [a.organisation for a in added] == [p.organisation for p in greenfield.actors]


def test_preset_actors_leave_a_session_with_actors_alone(
    session: Session, greenfield: SessionTemplate
) -> None:
    before = [a.id for a in session.actors]
    assert session.add_preset_actors(greenfield.actors) == []
    assert [a.id for a in session.actors] == before


def test_typed_lookups_return_the_item_class(session: Session) -> None:
    assert isinstance(session.get(Wish, "w-licht"), Wish)
    assert isinstance(session.get(Actor, "a-agent"), Actor)
    assert session.find(Participant, None) is None
    assert session.find(Participant, "p-niemand") is None
    assert [r.id for r in session.items(RoleAssignment)] == [r.id for r in session.roles]
    with pytest.raises(UnknownItemError) as info:
        session.get(Actor, "a-niemand")
    assert (info.value.collection, info.value.item_id) == ("actors", "a-niemand")


def test_a_collection_name_or_an_unlisted_class_is_a_type_error(session: Session) -> None:
    with pytest.raises(TypeError, match="pass Wish"):
        session.get("wishes", "w-licht")  # type: ignore[call-overload]
    with pytest.raises(TypeError):
        session.get(Contribution, "c-donker")  # type: ignore[type-var]


def test_a_dangling_link_is_refused_without_a_trace(session: Session) -> None:
    before = session.model_dump()
    with pytest.raises(ValidationError) as info:
        session.add(Wish(text="Van niemand", participant_ids=["p-niemand"]))
    assert info.value.errors()[0]["type"] == "dangling_reference"
    with pytest.raises(ValidationError):
        session.set_role("w-licht", "a-niemand", "aanjager")
    with pytest.raises(ValidationError):
        session.add_contribution("Wie zei dit?", participant_id="p-niemand")
    assert session.model_dump() == before


def test_assigning_a_dangling_list_directly_is_refused_too(session: Session) -> None:
    with pytest.raises(ValidationError):
        session.roles = [RoleAssignment(wish_id="w-weg", actor_id="a-agent", role="aanjager")]


def test_replace_content_takes_another_version_of_the_same_session(session: Session) -> None:
    other = session.model_copy()
    other.remove(Wish, "w-tegels")
    session.replace_content(other)
    assert [w.id for w in session.wishes] == ["w-licht"]
    stranger = Session(meta=SessionMeta(title="Anders"))
    with pytest.raises(ValueError):
        session.replace_content(stranger)


def test_editing_a_shallow_copy_leaves_the_original_alone(session: Session) -> None:
    # The privacy tools rely on this: the model replaces items, never edits them.
    before = session.model_dump()
    copy = session.model_copy()
    copy.update(Wish, "w-licht", text="Anders")
    copy.erase_participant("p-anja")
    copy.remove(Actor, "a-agent")
    assert session.model_dump() == before


def test_a_loaded_record_without_pseudonyms_is_numbered_after_the_issued_ones() -> None:
    record = {
        "meta": {"title": "Met de hand"},
        "participants": [
            {"display_name": "Anja"},
            {"display_name": "Henk", "pseudonym": "Bewoner 2"},
            {"display_name": "Marloes", "kind": "professional"},
        ],
        "privacy": {"pseudonyms_issued": 4},
    }
    session = Session.model_validate(record)
    assert [p.pseudonym for p in session.participants] == ["Bewoner 5", "Bewoner 2", ""]
    assert session.privacy.pseudonyms_issued == 5
