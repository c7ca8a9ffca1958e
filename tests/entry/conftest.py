"""A small evening to read quick-entry lines against."""

from __future__ import annotations

import pytest

from cocreatie.models import Actor, Participant, Session, SessionMeta, Wish
from cocreatie.models.vocab import PolicyDomain


@pytest.fixture
def evening() -> Session:
    s = Session(
        id="snelle-avond",
        meta=SessionMeta(title="Snelle avond", greenfield_area=["Wipmolenweg", "Wittevrouwen"]),
    )
    s.add(Participant(id="p-anja", display_name="Anja", area="Wipmolenweg"))
    s.add(Participant(id="p-henk", display_name="Henk"))
    s.add(Participant(id="p-hester", display_name="Hester"))
    s.add(
        Participant(
            id="p-marloes",
            display_name="Marloes",
            kind="professional",
            function="wijkagent",
            organisation="Politie",
        )
    )
    s.add(Actor(id="a-wijkagent", function="Wijkagent", organisation="Politie"))
    s.add(Actor(id="a-wijkregisseur", function="Wijkregisseur", organisation="Gemeente"))
    s.add(
        Actor(
            id="a-beheer",
            function="Beheer openbare ruimte",
            organisation="Gemeente",
            domain=PolicyDomain.PUBLIC_SPACE,
        )
    )
    s.add(Wish(id="w-licht", text="Betere verlichting fietspad"))
    s.add(Wish(id="w-hek", text="Hek bij de speeltuin repareren"))
    return s
