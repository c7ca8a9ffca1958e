"""The consent gate in the participants step, driven as a facilitator would."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from step_harness import APP_CSS
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input

from cocreatie.models import ContactDetails, Participant, Session, SessionMeta
from cocreatie.screens.steps import StepContext, StepView, view_for
from cocreatie.templating import SessionTemplate, StepType


class Harness(App[None]):
    CSS_PATH = str(APP_CSS)

    def __init__(self, view: StepView) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        yield self.view


@pytest.fixture
def anja() -> Session:
    session = Session(meta=SessionMeta(title="Proefavond"))
    session.add(Participant(display_name="Anja"))
    return session


@asynccontextmanager
async def participants_step(
    session: Session, template: SessionTemplate
) -> AsyncIterator[tuple[Harness, Pilot[None]]]:
    step = next(s for s in template.steps if s.type is StepType.PARTICIPANTS)
    view = view_for(StepType.PARTICIPANTS)(StepContext(session, template, step, False))
    app = Harness(view)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view.query_one("#participant-table").focus()
        await pilot.pause()
        yield app, pilot


async def _type(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[c if c != " " else "space" for c in text])


async def test_contact_fields_stay_closed_until_consent(
    anja: Session, greenfield: SessionTemplate
) -> None:
    person = anja.participants[0]
    async with participants_step(anja, greenfield) as (app, pilot):
        await pilot.press("c")
        await pilot.pause()
        # No form opened: the gate is in the screen, not only in the model.
        assert len(app.screen_stack) == 1
        assert anja.get(Participant, person.id).contact is None

        await pilot.press("t")  # record consent
        await pilot.pause()
        assert len(app.screen_stack) == 2
        await pilot.press("enter")  # an empty "what for" is refused
        await pilot.pause()
        assert len(app.screen_stack) == 2
        assert not anja.get(Participant, person.id).has_consent
        await _type(pilot, "contact over dit plan")
        await pilot.press("enter")
        await pilot.pause()
        consent = anja.get(Participant, person.id).consent
        assert consent is not None and consent.given and consent.date is not None
        assert consent.scope == "contact over dit plan"

        await pilot.press("c")  # now the contact form opens
        await pilot.pause()
        assert len(app.screen_stack) == 2
        assert isinstance(app.focused, Input) and app.focused.id == "field-phone"
        await _type(pilot, "06-12345678")
        await pilot.press("enter")
        await pilot.pause()
        contact = anja.get(Participant, person.id).contact
        assert contact is not None and contact.phone == "06-12345678"

        await pilot.press("w")  # withdraw consent, and confirm
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        withdrawn = anja.get(Participant, person.id)
        assert withdrawn.contact is None and not withdrawn.has_consent
        assert "06-12345678" not in anja.model_dump_json()


async def test_the_model_refuses_what_slips_past_the_screen(
    anja: Session, greenfield: SessionTemplate
) -> None:
    person = anja.participants[0]
    async with participants_step(anja, greenfield) as (app, _pilot):
        view = app.view
        problems = view.apply(  # type: ignore[attr-defined]
            lambda s: s.set_contact(person.id, ContactDetails(phone="06-12345678"))
        )
        assert problems == [
            "Contactgegevens: leg eerst toestemming vast voordat u contactgegevens invult"
        ]
        assert anja.get(Participant, person.id).contact is None
