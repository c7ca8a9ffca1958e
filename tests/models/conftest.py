"""Fixtures for the session-record tests: a small session and the full demo."""

from __future__ import annotations

import pytest

from cocreatie.demo import build_demo_session
from cocreatie.models import (
    Action,
    Actor,
    ContactPerson,
    ContactSubject,
    Participant,
    Session,
    SessionMeta,
    Wish,
)
from cocreatie.models.veiligheid import Contribution
from cocreatie.templating import SessionTemplate


@pytest.fixture
def session(frozen_clock: object) -> Session:
    """Two residents, one professional, two wishes, two actors, a contact, an action."""
    s = Session(id="test-sessie", meta=SessionMeta(title="Proefavond", purpose="Veilige buurt"))
    s.add(Participant(id="p-anja", display_name="Anja"))
    s.add(Participant(id="p-henk", display_name="Henk"))
    s.add(
        Participant(id="p-marloes", display_name="Marloes", kind="professional"),
    )
    s.add(Wish(id="w-licht", text="Meer licht", participant_ids=["p-anja"], votes=3))
    s.add(Wish(id="w-tegels", text="Tegels vast", participant_ids=["p-henk"]))
    s.add(Actor(id="a-agent", function="Wijkagent"))
    s.add(Actor(id="a-gebied", function="Gebiedsmanager"))
    s.set_role("w-licht", "a-gebied", "aanjager")
    s.set_role("w-licht", "a-agent", "deelnemer")
    s.add(
        ContactPerson(
            id="k-licht", subject_kind=ContactSubject.WISH, wish_id="w-licht", actor_id="a-agent"
        ),
    )
    s.add(
        Action(
            id="x-licht",
            title="Lampen vervangen",
            wish_ids=["w-licht", "w-tegels"],
            owner_actor_id="a-agent",
            contact_id="k-licht",
            agreed=True,
        ),
    )
    s.veiligheid.contributions.append(
        Contribution(id="c-donker", text="Het pad is donker", participant_id="p-anja")
    )
    return s


@pytest.fixture
def demo(greenfield: SessionTemplate) -> Session:
    return build_demo_session(greenfield)
