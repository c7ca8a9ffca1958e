"""Pilot tests of the "Actoren en rollen" step."""

from __future__ import annotations

from textual.widgets import Input

from cocreatie.models import Action, Actor, Session, Wish
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.templating.model import StepType
from cocreatie.widgets.role_matrix import RoleMatrix
from cocreatie.widgets.warning_list import WarningList


def _prioritised(session: Session, *texts: str) -> list[Wish]:
    return [session.add(Wish(text=text, prioritised=True)) for text in texts]


async def test_first_visit_adds_the_template_actors(run_step, session: Session, greenfield) -> None:
    async with run_step(StepType.ROLES, session) as (app, _pilot, _view):
        assert [a.function for a in session.actors] == [p.function for p in greenfield.actors]
        assert app.changed == 1, "added through mutate, so the session screen saves"


async def test_existing_actors_are_kept(run_step, session: Session) -> None:
    session.add(Actor(function="Wijkagent"))
    async with run_step(StepType.ROLES, session) as (app, _pilot, _view):
        assert [a.function for a in session.actors] == ["Wijkagent"]
        assert app.changed == 0


async def test_a_key_cycles_the_role_and_the_warnings_follow(run_step, session: Session) -> None:
    drempels, _licht = _prioritised(session, "Drempels", "Licht")
    agent = session.add(Actor(function="Wijkagent"))
    boa = session.add(Actor(function="BOA"))
    async with run_step(StepType.ROLES, session) as (app, pilot, view):
        matrix = view.query_one(RoleMatrix)
        warnings = view.query_one(WarningList)
        assert matrix.has_focus
        assert (matrix.selected_key, matrix.selected_actor) == (drempels.id, agent.id)
        assert warnings.lines == [
            "Wens zonder aanjager: Drempels",
            "Wens zonder aanjager: Licht",
        ]
        await pilot.press("space")
        await pilot.pause()
        assert session.role_of(drempels.id, agent.id) == "aanjager"
        assert warnings.lines == ["Wens zonder aanjager: Licht"]
        # Cycling: aanjager → regisseur → deelnemer → toehoorder → none.
        for expected in ("regisseur", "deelnemer", "toehoorder", None, "aanjager"):
            await pilot.press("space")
            await pilot.pause()
            assert session.role_of(drempels.id, agent.id) == expected
        # A second accountable actor on the same wish is flagged, with symbol and text.
        await pilot.press("right", "1")
        await pilot.pause()
        assert session.role_of(drempels.id, boa.id) == "aanjager"
        assert (
            warnings.lines[0]
            == "Wens met 2 × aanjager (hoogstens één; met twee stuurt niemand): Drempels"
        )
        assert str(warnings.render()).startswith("⚠ ")
        assert str(matrix.get_row(drempels.id)[0]).startswith("⚠")
        # 0 clears the cell.
        await pilot.press("0")
        await pilot.pause()
        assert session.role_of(drempels.id, boa.id) is None
        assert str(matrix.get_row(drempels.id)[0]).startswith("✓")
        assert app.changed == 1 + 5 + 1 + 1
        assert "Drempels → Aanjager: Wijkagent" in view.presentation_lines()


async def test_actors_are_edited_on_their_tab(run_step, session: Session) -> None:
    session.add(Actor(function="Wijkagent"))
    _prioritised(session, "Drempels")
    async with run_step(StepType.ROLES, session) as (app, pilot, _view):
        await pilot.press("n", "ctrl+f")  # the quick line, then the full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        await pilot.press("enter")  # no function: refused, form stays
        await pilot.pause()
        assert form.messages == ["Functie: mag niet leeg zijn"]
        form.query_one("#field-function", Input).value = "Jongerenwerker"
        form.query_one("#field-organisation", Input).value = "Welzijn"
        await pilot.press("enter")
        await pilot.pause()
        assert [a.label() for a in session.actors] == ["Wijkagent", "Jongerenwerker (Welzijn)"]
        await pilot.press("escape")  # from the quick line to the actors' list
        await pilot.pause()
        await pilot.press("down", "delete")
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        assert [a.function for a in session.actors] == ["Wijkagent"]
        assert app.changed == 2


async def test_a_wish_whose_action_has_an_owner_but_no_aanjager_is_shown_to_settle(
    run_step, session: Session
) -> None:
    [_drempels] = _prioritised(session, "Drempels")
    stoep = session.add(Wish(text="Stoep herstellen"))  # not chosen
    agent = session.add(Actor(function="Wijkagent"))
    session.add(Action(title="Tegels leggen", wish_ids=[stoep.id], owner_actor_id=agent.id))
    async with run_step(StepType.ROLES, session) as (_app, pilot, view):
        matrix = view.query_one(RoleMatrix)
        assert stoep.id in matrix.row_keys
        assert str(matrix.get_row(stoep.id)[0]).startswith("⚠")
        lines = view.query_one(WarningList).lines
        assert any(
            line.startswith("Wens zonder aanjager, terwijl actie „Tegels leggen”") for line in lines
        )
        # Make the owner the aanjager right here: the contradiction is gone.
        matrix.move_cursor(row=matrix.row_keys.index(stoep.id), column=1, animate=False)
        await pilot.press("1")
        await pilot.pause()
        assert session.role_of(stoep.id, agent.id) == "aanjager"
        assert stoep.id not in matrix.row_keys, "no longer open, and not chosen"
