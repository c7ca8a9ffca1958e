"""A whole evening through the real app, by keyboard, then reopened from disk.

Every step is driven the way a facilitator would: a new session from the
home screen, the purpose, participants, contributions with their speaker and
a factor, a wish with dots and priority, a role, a contact person who
agreed, an action with a status, report-card grades. A second app instance
on the same data folder must then show all of it.
"""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from cocreatie.models import ActionStatus
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.screens.session import SessionScreen
from cocreatie.widgets.single_choice import SingleChoice

from .conftest import SIZE, make_app, settle, wait_for_session


async def _type(pilot: Pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", ",": "comma"}.get(c, c) for c in text])


async def _next_step(pilot: Pilot, screen: SessionScreen) -> None:
    before = screen.current
    await pilot.press("ctrl+pagedown")
    await settle(pilot)
    assert screen.current == before + 1


async def _form(pilot: Pilot) -> ItemForm:
    await settle(pilot)
    form = pilot.app.screen
    assert isinstance(form, ItemForm), form
    return form


async def test_an_evening_from_start_to_finish_survives_a_restart(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await _type(pilot, "Buurtavond Molenbuurt")
        await pilot.press("enter", "enter")
        screen = await wait_for_session(pilot)
        session = screen.session
        session_id = session.id

        # 1. Voorbereiding: de bedoeling.
        screen.query_one("#prep-purpose").focus()
        await _type(pilot, "Samen een buurt waar je weet bij wie je terechtkunt")
        await _next_step(pilot, screen)

        # 2. Deelnemers: type, Enter, next.
        for line in ("Anja", "Henk", "Karin de Boer, gebiedsmanager, Gemeente"):
            await _type(pilot, line)
            await pilot.press("enter")
        await settle(pilot)
        await _next_step(pilot, screen)

        # 3. Wat is veiligheid?: speaker (F2), contribution, factor by number key.
        assert isinstance(pilot.app.focused, Input)
        await pilot.press("f2")
        await settle(pilot)
        await _type(pilot, "anja")
        await pilot.press("enter")
        await settle(pilot)
        await _type(pilot, "Er wordt te hard gereden op de Wipmolenweg")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("down", "7")  # into the list, tag "Inrichting gebouwde omgeving"
        await settle(pilot)
        await _next_step(pilot, screen)

        # 4. Wensen: a new wish (the step opens on its line), two dots, prioritised.
        screen.focused.value = "Drempels bij de basisschool"  # the quick line
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape", "plus", "plus", "p")
        await settle(pilot)
        await _next_step(pilot, screen)

        # 5. Actoren en rollen: Space gives the first actor the accountable role.
        await pilot.press("space")
        await settle(pilot)
        await _next_step(pilot, screen)

        # 6. Vaste aanspreekpunten: a contact for the uncovered wish, who agreed.
        await pilot.press("escape", "w")  # from the quick line to the list
        form = await _form(pilot)
        form.query_one("#field-actor_id", SingleChoice).value = session.actors[0].id
        form.query_one("#field-channel", Input).value = "spreekuur in het buurthuis"
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await _next_step(pilot, screen)

        # 7. Actieplan: an action from the wish, then its status.
        await pilot.press("escape", "w")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await _next_step(pilot, screen)

        # 8. Afsluiting: report-card grades.
        await _type(pilot, "8 7 9")
        await pilot.press("enter")
        await settle(pilot)
        assert app.handler_errors == []

    # A new app on the same folder finds the whole evening.
    again = make_app(data_dir)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        screen = await wait_for_session(pilot)
        s = screen.session
        assert s.id == session_id
        assert s.meta.purpose == "Samen een buurt waar je weet bij wie je terechtkunt"
        people = {p.display_name: p for p in s.participants}
        assert set(people) == {"Anja", "Henk", "Karin de Boer"}
        [contribution] = s.veiligheid.contributions
        assert contribution.text == "Er wordt te hard gereden op de Wipmolenweg"
        assert contribution.participant_id == people["Anja"].id
        assert contribution.factor_ids == ["inrichting"]
        [wish] = s.wishes
        assert (wish.text, wish.votes, wish.prioritised) == ("Drempels bij de basisschool", 2, True)
        assert s.role_of(wish.id, s.actors[0].id) == screen.template.accountable_role.id
        [contact] = s.contacts
        assert contact.wish_id == wish.id and contact.actor_id == s.actors[0].id
        assert contact.agreed and contact.channel == "spreekuur in het buurthuis"
        [action] = s.actions
        assert action.wish_ids == [wish.id] and action.status is ActionStatus.BUSY
        assert action.owner_actor_id == s.actors[0].id
        assert s.closing.grades == [8, 7, 9]
        assert screen.current == 7  # reopened where the evening stopped
