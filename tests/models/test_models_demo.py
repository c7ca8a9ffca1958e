"""The demo session: complete, deterministic, and true to its brief."""

from __future__ import annotations

from collections import Counter

from cocreatie.demo import DEMO_ID, build_demo_session
from cocreatie.models import ParticipantKind, Session
from cocreatie.templating import SessionTemplate


def test_demo_is_deterministic(greenfield: SessionTemplate) -> None:
    first = build_demo_session(greenfield).model_dump_json()
    assert build_demo_session(greenfield).model_dump_json() == first


def test_demo_is_independent_of_the_clock(
    greenfield: SessionTemplate, frozen_clock: object
) -> None:
    from cocreatie.models import clock

    frozen = build_demo_session(greenfield)
    clock.freeze(None)
    assert build_demo_session(greenfield) == frozen


def test_demo_people(demo: Session) -> None:
    kinds = Counter(p.kind for p in demo.participants)
    assert kinds == {ParticipantKind.RESIDENT.value: 8, ParticipantKind.PROFESSIONAL.value: 6}
    residents = [p for p in demo.participants if p.is_resident]
    assert [p.pseudonym for p in residents] == [f"Bewoner {n}" for n in range(1, 9)]
    with_contact = [p.id for p in residents if p.contact is not None]
    assert with_contact == ["p-anja"]
    assert all(p.has_consent for p in residents if p.contact is not None)
    functions = {p.function for p in demo.participants if not p.is_resident}
    assert functions == {
        "Wijkagent", "Jeugd-BOA", "Gebiedsmanager", "Wijkregisseur", "Wijkbeheerder",
        "Opbouwwerker",
    }  # fmt: skip


def test_demo_ids_are_unique_per_collection(demo: Session) -> None:
    for name in ("participants", "wishes", "actors", "roles", "contacts", "actions"):
        ids = [item.id for item in getattr(demo, name)]
        assert len(ids) == len(set(ids)), name
    contributions = [c.id for c in demo.veiligheid.contributions]
    assert len(contributions) == len(set(contributions))


def test_demo_uses_template_vocabularies(demo: Session, greenfield: SessionTemplate) -> None:
    factors = {f.id for f in greenfield.factors}
    used = {f for c in demo.veiligheid.contributions for f in c.factor_ids}
    used |= {f for w in demo.wishes for f in w.factor_ids}
    assert used <= factors
    roles = {r.id for r in greenfield.roles}
    assert {r.role for r in demo.roles} <= roles
    location_types = {t.id for t in greenfield.location_types}
    assert {w.location.type for w in demo.wishes if w.location.type} <= location_types
    presets = {a.function for a in greenfield.actors}
    assert {a.function for a in demo.actors} <= presets
    assert demo.meta.template_id == greenfield.id


def test_demo_content_covers_every_step(demo: Session, greenfield: SessionTemplate) -> None:
    assert demo.id == DEMO_ID
    assert demo.meta.purpose and demo.meta.greenfield_area and len(demo.meta.facilitators) == 2
    assert len(demo.veiligheid.contributions) >= 15
    assert demo.veiligheid.shared_definition
    assert demo.veiligheid.agreements and demo.veiligheid.differences
    assert len(demo.wishes) == 8
    assert sum(w.votes for w in demo.wishes) == 8 * greenfield.voting.dots_per_participant
    assert sum(w.prioritised for w in demo.wishes) == greenfield.voting.prioritise_top
    assert {w.quadrant for w in demo.wishes} >= {"act_and_tell", "act_or_explain", "leave"}
    statuses = {a.status for a in demo.actions}
    assert statuses == {"open", "busy", "done", "dropped"}
    assert all(a.history for a in demo.actions if a.status != "open")
    assert [c.id for c in demo.contacts if not c.agreed] == ["k-toezicht"]
    assert demo.closing.grades and demo.closing.next_meeting.date
    assert demo.progress.current_step == len(greenfield.steps) - 1
