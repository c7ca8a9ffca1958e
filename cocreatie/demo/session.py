"""The demo session as a whole, and putting it in a data folder once."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from cocreatie.demo.actors import actors
from cocreatie.demo.closing import closing
from cocreatie.demo.contributions import safety_definition
from cocreatie.demo.people import participants
from cocreatie.demo.plan import actions, contacts, roles
from cocreatie.demo.stamps import MEETING_DAY, PREPARED_ON, at
from cocreatie.demo.wishes import wishes
from cocreatie.models import Privacy, Progress, Session, SessionMeta
from cocreatie.privacy.retention import apply_default_retention
from cocreatie.templating import DEFAULT_TEMPLATE_ID, SessionTemplate, load_template

if TYPE_CHECKING:
    from cocreatie.store.repository import SessionRepository

DEMO_ID = "molenbuurt-demo"
# The last thing that happened to the record: the paving was reported done.
LAST_CHANGE = at(10, 0, MEETING_DAY.replace(month=3, day=10))

PURPOSE = (
    "Een Molenbuurt waar mensen zich thuis en veilig voelen en weten bij wie ze terechtkunnen. "
    "Vanavond bepalen bewoners en professionals samen wat veiligheid in dit stuk van de buurt "
    "betekent, welke wensen het zwaarst wegen en wie wat oppakt, met vaste aanspreekpunten "
    "die laten horen wat er met een melding gebeurt."
)


def meta(template: SessionTemplate) -> SessionMeta:
    return SessionMeta(
        title="Greenfield Molenbuurt: eerste buurtavond",
        neighbourhood="Molenbuurt, Almere Buiten",
        greenfield_area=["Wipmolenweg", "Rosmolenstraat", "Runmolenstraat", "Walmolenstraat"],
        date=MEETING_DAY,
        place="Buurthuis De Wieken, Wipmolenweg",
        facilitators=["Ilse Bakker", "Tom Hendriks"],
        purpose=PURPOSE,
        template_id=template.id,
        language=template.language,
    )


def progress(template: SessionTemplate) -> Progress:
    # The evening reached its closing step; everything before it is done.
    ids = [s.id for s in template.steps]
    return Progress(current_step=len(ids) - 1, visited=ids, done=ids[:-1])


def build_demo_session(template: SessionTemplate) -> Session:
    """The full Molenbuurt example; identical on every call (fixed ids and times)."""
    people = participants()
    session = Session(
        id=DEMO_ID,
        created=at(14, 0, PREPARED_ON),
        updated=LAST_CHANGE,
        meta=meta(template),
        participants=people,
        veiligheid=safety_definition(),
        wishes=wishes(),
        actors=actors(template),
        roles=roles(template),
        contacts=contacts(),
        actions=actions(),
        closing=closing(),
        progress=progress(template),
        privacy=Privacy(pseudonyms_issued=sum(p.is_resident for p in people)),
    )
    # The same rule as every new session: the meeting day plus the template's
    # period. Setting it stamps the record, but the demo is fixed in time.
    apply_default_retention(session, template)
    session.updated = LAST_CHANGE
    # Nested models handed over as objects are not re-checked by pydantic;
    # a round trip through the validator proves the demo obeys every rule.
    return Session.model_validate(session.model_dump())


def ensure_demo(repository: SessionRepository) -> str:
    """Create the demo session in ``repository`` unless it is there; return its id."""
    from cocreatie.store.errors import SessionExistsError

    if repository.exists(DEMO_ID):
        return DEMO_ID
    template = load_template(DEFAULT_TEMPLATE_ID, repository.data_dir)
    # Another process may have made it a moment ago: same record, same id.
    with contextlib.suppress(SessionExistsError):
        repository.create(build_demo_session(template)).close()
    return DEMO_ID
