"""Quadrants, the residents-versus-professionals comparison, and warnings."""

from __future__ import annotations

import pytest

from cocreatie.analysis import accountable_counts, compare_factors, session_warnings
from cocreatie.models import (
    Action,
    ActionStatus,
    Actor,
    Congruence,
    ContactPerson,
    Contribution,
    Participant,
    PolicyDomain,
    Quadrant,
    Session,
    SessionMeta,
    Wish,
    Worry,
)
from cocreatie.templating import SessionTemplate


@pytest.mark.parametrize(
    ("worry", "visible", "quadrant"),
    [
        (Worry.HIGH, True, Quadrant.ACT_AND_TELL),
        (Worry.HIGH, False, Quadrant.ACT_OR_EXPLAIN),
        (Worry.LOW, True, Quadrant.ACT_QUIETLY),
        (Worry.LOW, False, Quadrant.LEAVE),
        (None, True, None),
        (Worry.HIGH, None, None),
    ],
)
def test_quadrant_mapping(worry: Worry | None, visible: bool | None, quadrant: Quadrant) -> None:
    assert Quadrant.of(worry, visible) is quadrant
    assert Wish(text="x", worry=worry, visible_action=visible).quadrant is quadrant


def _said(session: Session, who: str | None, *factors: str) -> None:
    session.veiligheid.contributions.append(
        Contribution(text="iets", participant_id=who, factor_ids=list(factors))
    )


def test_compare_factors_counts_residents_and_professionals(
    session: Session, greenfield: SessionTemplate
) -> None:
    session.veiligheid.contributions.clear()
    _said(session, "p-anja", "toezicht", "inrichting")
    _said(session, "p-henk", "toezicht")
    _said(session, "p-marloes", "toezicht")
    _said(session, None, "toezicht")
    _said(session, "p-anja", "geen-factor")
    rows = {r.factor.id: r for r in compare_factors(session, greenfield)}
    assert [r.factor.id for r in compare_factors(session, greenfield)] == [
        f.id for f in greenfield.factors
    ]
    toezicht = rows["toezicht"]
    assert (len(toezicht.left), len(toezicht.right), len(toezicht.other)) == (2, 1, 1)
    assert toezicht.total == 4
    assert (len(rows["inrichting"].left), len(rows["inrichting"].right)) == (1, 0)
    assert rows["verloedering"].total == 0


def test_compare_factors_on_the_demo(demo: Session, greenfield: SessionTemplate) -> None:
    rows = {r.factor.id: r for r in compare_factors(demo, greenfield)}
    assert (len(rows["toezicht"].left), len(rows["toezicht"].right)) == (2, 2)
    assert (len(rows["kwaliteit-aanpak"].left), len(rows["kwaliteit-aanpak"].right)) == (2, 2)
    assert rows["kwaliteit-aanpak"].verdict == "no"
    given = {f for f, r in rows.items() if r.verdict and not r.derived}
    assert given == {f.id for f in greenfield.factors if f.core}
    # What only residents raised (litter, the street layout) gets "no" by itself.
    derived = {f: r.one_sided for f, r in rows.items() if r.derived}
    assert derived == {"verloedering": "left", "inrichting": "left", "communicatie": "left"}


def test_a_factor_raised_by_one_side_only_gets_the_strongest_no(
    session: Session, greenfield: SessionTemplate
) -> None:
    session.veiligheid.contributions.clear()
    _said(session, "p-anja", "verloedering")
    _said(session, "p-marloes", "toezicht")
    _said(session, None, "communicatie")  # unknown speaker: no side at all
    _said(session, "p-anja", "inrichting")
    _said(session, "p-marloes", "inrichting")
    rows = {r.factor.id: r for r in compare_factors(session, greenfield)}
    assert (rows["verloedering"].verdict, rows["verloedering"].one_sided) == ("no", "left")
    assert (rows["toezicht"].verdict, rows["toezicht"].one_sided) == ("no", "right")
    assert rows["verloedering"].derived and rows["toezicht"].derived
    assert rows["communicatie"].verdict is None
    assert rows["inrichting"].verdict is None, "both sides raised it: the room decides"
    # A verdict the room gave stands.
    session.set_verdict("verloedering", Congruence.PARTLY)
    row = next(r for r in compare_factors(session, greenfield) if r.factor.id == "verloedering")
    assert (row.verdict, row.derived) == ("partly", False)


def test_compare_by_domain_sets_departments_against_each_other(
    greenfield: SessionTemplate,
) -> None:
    template = greenfield.model_copy(
        update={
            "comparison": greenfield.comparison.model_copy(
                update={"by": "domain", "left": ["oov"], "right": ["verkeer"]}
            )
        }
    )
    s = Session(meta=SessionMeta(title="OOV en Verkeer"))
    s.add(Participant(id="p-oov", display_name="A", domain=PolicyDomain.OOV))
    s.add(Participant(id="p-vk", display_name="B", domain=PolicyDomain.VERKEER))
    _said(s, "p-oov", "inrichting")
    _said(s, "p-vk", "inrichting")
    _said(s, "p-vk", "inrichting")
    row = next(r for r in compare_factors(s, template) if r.factor.id == "inrichting")
    assert (len(row.left), len(row.right)) == (1, 2)


def _codes(session: Session, template: SessionTemplate) -> list[tuple[str, str | None]]:
    return [(w.code, w.item_id) for w in session_warnings(session, template)]


def test_no_accountable_and_two_accountables(session: Session, greenfield: SessionTemplate) -> None:
    # w-tegels has no aanjager while action x-licht (for both wishes) names
    # an owner: the warning says which side is missing.
    codes = _codes(session, greenfield)
    assert ("owner_without_accountable", "w-tegels") in codes
    assert not [c for c, item in codes if item == "w-licht"]
    session.set_role("w-licht", "a-agent", "aanjager")
    warning = next(w for w in session_warnings(session, greenfield) if w.item_id == "w-licht")
    assert warning.code == "role_many" and warning.params["count"] == 2
    assert warning.params["role"] == "aanjager"
    assert accountable_counts(session, greenfield) == {"w-licht": 2, "w-tegels": 0}


def test_contact_overload(session: Session, greenfield: SessionTemplate) -> None:
    limit = greenfield.limits.max_items_per_contact
    for n in range(limit):
        session.add(
            ContactPerson(subject=f"Thema {n}", actor_id="a-agent", agreed=True),
        )
    overloaded = [
        w for w in session_warnings(session, greenfield) if w.code == "contact_overloaded"
    ]
    assert [(w.item_id, w.params["count"], w.params["max"]) for w in overloaded] == [
        ("a-agent", limit + 1, limit)
    ]
    assert overloaded[0].params["who"] == "Wijkagent"


def test_missing_owner_contact_and_dates(session: Session, greenfield: SessionTemplate) -> None:
    session.add(Action(id="x-leeg", title="Nog uitzoeken"))
    codes = {c for c, item in _codes(session, greenfield) if item == "x-leeg"}
    assert codes == {
        "action_no_owner",
        "action_no_contact",
        "action_no_deadline",
        "action_no_feedback_date",
    }
    session.set_action_status("x-leeg", ActionStatus.DROPPED)
    assert not [c for c, item in _codes(session, greenfield) if item == "x-leeg"]


def test_missing_purpose_and_unagreed_contact(
    session: Session, greenfield: SessionTemplate
) -> None:
    session.meta = session.meta.model_copy(update={"purpose": ""})
    codes = _codes(session, greenfield)
    assert ("no_purpose", None) in codes
    assert ("contact_not_agreed", "k-licht") in codes


def test_dual_ownership_wants_a_second_owner(session: Session, greenfield: SessionTemplate) -> None:
    joint = greenfield.model_copy(update={"dual_ownership": True})
    assert ("action_no_co_owner", "x-licht") in _codes(session, joint)
    session.update(Action, "x-licht", co_owner_actor_id="a-gebied")
    assert ("action_no_co_owner", "x-licht") not in _codes(session, joint)


def test_the_demo_shows_exactly_its_two_deliberate_gaps(
    demo: Session, greenfield: SessionTemplate
) -> None:
    # The spreekuur action has an owner, the wish no aanjager yet: the
    # warning names both, so the plan does not contradict itself unnoticed.
    assert _codes(demo, greenfield) == [
        ("owner_without_accountable", "w-spreekuur"),
        ("contact_not_agreed", "k-toezicht"),
    ]


def test_actor_label() -> None:
    actor = Actor(function="Wijkagent", organisation="Politie", person_name="Marloes")
    assert actor.label() == "Wijkagent (Politie) – Marloes"
