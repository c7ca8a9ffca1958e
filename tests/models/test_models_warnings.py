"""Warnings cover every chosen wish, with the role rules the template sets."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cocreatie.analysis import session_warnings
from cocreatie.models import (
    Action,
    ActionStatus,
    Actor,
    ContactPerson,
    ContactSubject,
    Session,
    Wish,
)
from cocreatie.templating import SessionTemplate, load_template
from cocreatie.templating.model import Role, RoleLimit


def _codes(session: Session, template: SessionTemplate) -> list[tuple[str, str | None]]:
    return [(w.code, w.item_id) for w in session_warnings(session, template)]


def _star_many(session: Session, count: int) -> list[str]:
    ids = []
    for n in range(count):
        wish = session.add(Wish(text=f"Wens {n}", votes=20 - n, prioritised=True))
        ids.append(wish.id)
    return ids


def test_a_wish_starred_beyond_the_top_is_checked_like_the_first(
    session: Session, greenfield: SessionTemplate
) -> None:
    top = greenfield.voting.prioritise_top
    ids = _star_many(session, top + 1)
    last = ids[-1]
    codes = _codes(session, greenfield)
    assert ("role_missing", last) in codes
    assert ("no_contact", last) in codes
    # And it is covered once it has its aanjager and a contact person.
    session.set_role(last, "a-gebied", "aanjager")
    session.add(
        ContactPerson(subject_kind=ContactSubject.WISH, wish_id=last, actor_id="a-agent"),
    )
    codes = _codes(session, greenfield)
    assert not [c for c, item in codes if item == last]


def test_no_two_aanjagers_and_two_regisseurs_each_warn(
    session: Session, greenfield: SessionTemplate
) -> None:
    session.update(Wish, "w-licht", prioritised=True)
    assert not [c for c, item in _codes(session, greenfield) if item == "w-licht"]
    session.set_role("w-licht", "a-agent", "regisseur")
    assert not [c for c, item in _codes(session, greenfield) if item == "w-licht"]
    session.add(Actor(id="a-boa", function="BOA"))
    session.set_role("w-licht", "a-boa", "regisseur")
    many = [w for w in session_warnings(session, greenfield) if w.item_id == "w-licht"]
    assert [(w.code, w.params["role"], w.params["count"]) for w in many] == [
        ("role_many", "regisseur", 2)
    ]
    # Deelnemers are unlimited: a third party joining adds no warning.
    session.set_role("w-licht", "a-agent", "deelnemer")
    session.set_role("w-licht", "a-boa", "deelnemer")
    assert not [c for c, item in _codes(session, greenfield) if item == "w-licht"]


def test_the_rule_is_the_templates_not_the_codes(
    session: Session, greenfield: SessionTemplate
) -> None:
    session.update(Wish, "w-licht", prioritised=True)
    session.add(Actor(id="a-boa", function="BOA"))
    session.set_role("w-licht", "a-agent", "regisseur")
    session.set_role("w-licht", "a-boa", "regisseur")
    assert ("role_many", "w-licht") in _codes(session, greenfield)
    relaxed = [
        r.model_copy(update={"per_wish": RoleLimit.ANY}) if r.id == "regisseur" else r
        for r in greenfield.roles
    ]
    loose = greenfield.model_copy(update={"roles": relaxed})
    assert ("role_many", "w-licht") not in _codes(session, loose)
    # A template may also demand exactly one of a role that is not accountable.
    strict = [
        r.model_copy(update={"per_wish": RoleLimit.EXACTLY_ONE}) if r.id == "toehoorder" else r
        for r in greenfield.roles
    ]
    found = [
        w
        for w in session_warnings(session, greenfield.model_copy(update={"roles": strict}))
        if w.item_id == "w-licht" and w.code == "role_missing"
    ]
    assert [w.params["role"] for w in found] == ["toehoorder"]


@pytest.mark.parametrize("template_id", ["greenfield-buurt", "oov-verkeer", "terugkomsessie"])
def test_shipped_templates_limit_aanjager_and_regisseur(template_id: str) -> None:
    roles = {r.id: r for r in load_template(template_id).roles}
    assert roles["aanjager"].per_wish is RoleLimit.EXACTLY_ONE
    assert roles["regisseur"].per_wish is RoleLimit.AT_MOST_ONE
    assert roles["deelnemer"].limit is RoleLimit.ANY


def test_a_template_without_per_wish_keeps_one_aanjager() -> None:
    assert Role(id="trekker", label="Trekker", accountable=True).limit is RoleLimit.EXACTLY_ONE
    assert Role(id="helpt", label="Helpt mee").limit is RoleLimit.ANY
    with pytest.raises(ValidationError):
        Role(id="x", label="X", per_wish="twee")  # type: ignore[arg-type]


def test_an_owner_without_an_aanjager_is_one_warning_that_names_both(
    session: Session, greenfield: SessionTemplate
) -> None:
    # w-tegels is not chosen, yet its action names an owner: the plan would
    # say "nobody carries this wish" and "the wijkagent carries it" at once.
    session.update(Wish, "w-licht", prioritised=True)
    found = [w for w in session_warnings(session, greenfield) if w.item_id == "w-tegels"]
    assert [w.code for w in found] == ["owner_without_accountable"]
    assert found[0].params["owner"] == "Wijkagent"
    assert found[0].params["action"] == "Lampen vervangen"
    session.set_role("w-tegels", "a-agent", "aanjager")
    assert not [w for w in session_warnings(session, greenfield) if w.item_id == "w-tegels"]


def test_a_dropped_action_does_not_count_as_an_owner(
    session: Session, greenfield: SessionTemplate
) -> None:
    session.add(Action(title="Oud", wish_ids=["w-tegels"], owner_actor_id="a-agent"))
    session.remove(Action, "x-licht")
    dropped = session.actions[0].id
    session.set_action_status(dropped, ActionStatus.DROPPED)
    assert ("owner_without_accountable", "w-tegels") not in _codes(session, greenfield)
