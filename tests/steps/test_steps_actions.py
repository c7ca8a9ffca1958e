"""Pilot tests of the "Actieplan" step."""

from __future__ import annotations

import datetime as dt

from textual.widgets import Checkbox, Input

from cocreatie.models import (
    Action,
    ActionStatus,
    Actor,
    ContactPerson,
    ContactSubject,
    Session,
    Wish,
)
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.templating.model import StepType
from cocreatie.widgets.single_choice import SingleChoice
from cocreatie.widgets.warning_list import WarningList

from .conftest import type_text


def _setup(session: Session) -> tuple[Wish, Wish, Actor]:
    drempels = session.add(Wish(text="Drempels bij de school", votes=5, prioritised=True))
    licht = session.add(Wish(text="Licht op het fietspad", votes=3, prioritised=True))
    agent = session.add(Actor(function="Verkeerskundige"))
    session.set_role(drempels.id, agent.id, "aanjager")
    session.add(
        ContactPerson(
            subject_kind=ContactSubject.WISH, wish_id=drempels.id, actor_id=agent.id, agreed=True
        ),
    )
    return drempels, licht, agent


async def test_an_action_from_a_wish_is_prefilled(run_step, session: Session) -> None:
    drempels, _licht, agent = _setup(session)
    async with run_step(StepType.ACTIONS, session) as (app, pilot, view):
        await pilot.press("escape", "w")  # from the quick line to the list
        await pilot.pause()
        assert isinstance(app.screen, ChoicePicker)
        await pilot.press("enter")  # the top wish without an action comes first
        await pilot.pause()
        [action] = session.actions
        assert action.title == "Drempels bij de school"
        assert action.wish_ids == [drempels.id]
        assert action.owner_actor_id == agent.id, "the wish's accountable actor owns it"
        assert action.contact_id == session.contacts[0].id
        assert view.query_one(WarningList).lines == [
            "Actie zonder deadline: Drempels bij de school",
            "Actie zonder datum voor terugkoppeling: Drempels bij de school",
        ]
        assert app.changed == 1


async def test_status_cycles_and_keeps_history(run_step, session: Session, frozen_clock) -> None:
    _setup(session)
    async with run_step(StepType.ACTIONS, session) as (app, pilot, _view):
        await pilot.press("escape", "w", "enter")
        await pilot.pause()
        for expected in (
            ActionStatus.BUSY,
            ActionStatus.DONE,
            ActionStatus.DROPPED,
            ActionStatus.OPEN,
        ):
            await pilot.press("s")
            await pilot.pause()
            assert session.actions[0].status is expected
        history = session.actions[0].history
        assert [(h.old, h.new) for h in history] == [
            (ActionStatus.OPEN, ActionStatus.BUSY),
            (ActionStatus.BUSY, ActionStatus.DONE),
            (ActionStatus.DONE, ActionStatus.DROPPED),
            (ActionStatus.DROPPED, ActionStatus.OPEN),
        ]
        assert app.changed == 5


async def test_missing_owner_is_warned_and_fixed_with_the_picker(
    run_step, session: Session
) -> None:
    _drempels, licht, agent = _setup(session)
    session.add(Action(title=licht.text, wish_ids=[licht.id]))
    async with run_step(StepType.ACTIONS, session) as (_app, pilot, view):
        warnings = view.query_one(WarningList)
        assert "Actie zonder eigenaar: Licht op het fietspad" in warnings.lines
        await pilot.press("escape", "o")
        await pilot.pause()
        await type_text(pilot, "verkeer")
        await pilot.press("enter")
        await pilot.pause()
        assert session.actions[0].owner_actor_id == agent.id
        assert "Actie zonder eigenaar: Licht op het fietspad" not in warnings.lines


async def test_dates_are_typed_as_iso_and_bad_ones_are_refused(run_step, session: Session) -> None:
    _setup(session)
    async with run_step(StepType.ACTIONS, session) as (app, pilot, view):
        await pilot.press("escape", "w", "enter")
        await pilot.pause()
        before = session.model_dump()
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        form.query_one("#field-deadline", Input).value = "2026-13-45"
        form.query_one("#field-feedback_date", Input).value = "volgende week"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert form.messages == [
            "Deadline: vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-04-15 "
            "(ingevuld: 2026-13-45)",
            "Datum terugkoppeling: vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-04-15 "
            "(ingevuld: volgende week)",
        ]
        assert session.model_dump() == before
        form.query_one("#field-deadline", Input).value = "2026-05-01"
        form.query_one("#field-feedback_date", Input).value = "2026-04-15"
        form.query_one("#field-visibility", Input).focus()
        await type_text(pilot, "Bord bij de school")
        await pilot.press("enter")
        await pilot.pause()
        action = session.actions[0]
        assert (action.deadline, action.feedback_date) == (
            dt.date(2026, 5, 1),
            dt.date(2026, 4, 15),
        )
        assert action.visibility == "Bord bij de school"
        assert view.query_one(WarningList).lines == []
        assert app.changed == 2


async def test_an_agreed_action_needs_an_owner(run_step, session: Session) -> None:
    async with run_step(StepType.ACTIONS, session) as (app, pilot, view):
        await pilot.press("n", "ctrl+f")  # the quick line, then the full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        await type_text(pilot, "Spreekuur in het buurthuis")
        form.query_one("#field-agreed", Checkbox).value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert form.messages == [
            "Eigenaar: een actie kan pas als afgesproken gelden als er een eigenaar is"
        ]
        assert session.actions == []
        form.query_one("#field-agreed", Checkbox).value = False
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [a.title for a in session.actions] == ["Spreekuur in het buurthuis"]
        assert "Actie zonder eigenaar: Spreekuur in het buurthuis" in (
            view.query_one(WarningList).lines
        )


async def test_joint_sessions_ask_for_a_second_owner(
    session: Session, greenfield, size: tuple[int, int]
) -> None:
    from cocreatie.screens.steps import StepContext, view_for

    from .conftest import StepHarness

    joint = greenfield.model_copy(update={"dual_ownership": True})
    _drempels, _licht, agent = _setup(session)
    oov = session.add(Actor(function="Beleidsmedewerker OOV"))
    session.add(Action(title="Drempels", owner_actor_id=agent.id))
    step = next(s for s in joint.steps if s.type is StepType.ACTIONS)
    view = view_for(StepType.ACTIONS)(StepContext(session, joint, step))
    app = StepHarness(view)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "Actie zonder tweede eigenaar: Drempels" in view.query_one(WarningList).lines
        view.query_one("#actions").focus()
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        form.query_one("#field-co_owner_actor_id", SingleChoice).value = oov.id
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert session.actions[0].co_owner_actor_id == oov.id
        assert "Actie zonder tweede eigenaar: Drempels" not in view.query_one(WarningList).lines


async def test_the_agreed_box_reads_yes_or_no_by_its_shape(run_step, session: Session) -> None:
    """Not by colour alone: an agreement was once saved as "nee" unnoticed."""
    async with run_step(StepType.ACTIONS, session) as (app, pilot, _view):
        await pilot.press("n", "ctrl+f")  # the quick line, then the full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        box = form.query_one("#field-agreed", Checkbox)
        assert box.render().plain == "[ ] nee"
        box.focus()
        await pilot.press("space")
        await pilot.pause()
        assert box.value is True
        assert box.render().plain == "[x] ja"
        assert box.region.width >= len("[x] nee")


async def test_esc_on_a_form_with_typed_text_asks_and_enter_keeps_it(
    run_step, session: Session
) -> None:
    async with run_step(StepType.ACTIONS, session) as (app, pilot, _view):
        await pilot.press("n", "ctrl+f")  # the quick line, then the full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        await pilot.press("escape")  # nothing typed: closes at once
        await pilot.pause()
        assert not isinstance(app.screen, ItemForm)
        await pilot.press("n", "ctrl+f")  # the quick line, then the full form
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        await type_text(pilot, "Bankje bij de speeltuin")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # the default answer keeps the text
        await pilot.pause()
        assert app.screen is form
        assert form.query_one("#field-title", Input).value == "Bankje bij de speeltuin"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("j")  # now really throw it away
        await pilot.pause()
        assert not isinstance(app.screen, ItemForm | ConfirmDialog)
        assert session.actions == []


async def test_the_table_warns_where_the_warnings_do(run_step, session: Session) -> None:
    _drempels, licht, _agent = _setup(session)
    open_one = session.add(Action(title="Open zonder deadline", wish_ids=[licht.id]))
    dropped = session.add(
        Action(title="Vervallen zonder deadline", wish_ids=[licht.id], status=ActionStatus.DROPPED)
    )
    async with run_step(StepType.ACTIONS, session) as (_app, _pilot, view):
        open_cells = [str(c) for c in view.table.get_row(open_one.id)]
        dropped_cells = [str(c) for c in view.table.get_row(dropped.id)]
        warnings = view.query_one(WarningList).lines
    assert open_cells[2:4] == ["⚠ —", "⚠ —"]  # owner and deadline missing: warned
    assert any("Open zonder deadline" in line for line in warnings)
    # A dropped action is owed nothing: no warning in the list, none in the table.
    assert not any("Vervallen" in line for line in warnings)
    assert dropped_cells[2:4] == ["—", "—"]
    assert not any("⚠" in cell for cell in dropped_cells)
