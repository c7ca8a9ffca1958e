"""The follow_up step view: walk through the carried actions with the keyboard."""

from __future__ import annotations

import pytest
from step_harness import run_view
from templatehelpers import demo_previous
from textual.widgets import Input, Static
from viewharness import type_text

from cocreatie.followup import start_follow_up
from cocreatie.models import Action, ActionStatus, Session
from cocreatie.screens.steps.follow_up import FollowUpView, next_feedback
from cocreatie.templating import StepType, load_template
from cocreatie.widgets.record_table import RecordTable

SIZES = [(100, 30), (80, 24)]


def _follow_up() -> Session:
    session = start_follow_up(demo_previous(), load_template("terugkomsessie"))
    session.add(session.actions[0].model_copy(update={"id": "new-one", "carried_from": ""}))
    return session


def _cells(view: FollowUpView, key: str) -> list[str]:
    table = view.query_one("#carried", RecordTable)
    return [str(c) for c in table.get_row(key)]


def test_feedback_cycle() -> None:
    assert [next_feedback(v) for v in (None, False, True)] == [True, True, False]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_lists_only_carried_actions_with_late_marks(size: tuple[int, int]) -> None:
    session = _follow_up()
    template = load_template("terugkomsessie")
    async with run_view(template, StepType.FOLLOW_UP, session, size=size) as (_, _, view):
        assert isinstance(view, FollowUpView)
        table = view.query_one("#carried", RecordTable)
        assert table.row_keys == [a.id for a in session.actions if a.carried_from]
        assert "new-one" not in table.row_keys
        # Follow-up on 21 May: the busy x-terugkoppeling (31 March) is late,
        # and so is x-verlichting, whose feedback was due on 5 March.
        assert _cells(view, "x-terugkoppeling")[0] == "◐ bezig ⚠"
        assert _cells(view, "x-verlichting")[0] == "○ open ⚠"
        assert _cells(view, "x-tegels")[2:] == ["Gebiedsmanager", "?"]
        summary = str(view.query_one("#follow-up-summary", Static).content)
        assert summary == (
            "1 klaar · 2 bezig · 3 open · 5 te laat · 1 vervallen · "
            "teruggekoppeld: 0 ja, 0 nee, 7 onbekend"
        )
        detail = str(view.query_one("#carried-detail", Static).content)
        assert detail.splitlines() == [
            session.get(Action, "x-snelheid").title,
            "deadline: ⚠ 2026-04-30 · bewoners merkten: —",
        ]
        assert table.has_focus


async def test_wide_screens_show_deadline_and_what_residents_noticed() -> None:
    session = _follow_up()
    session.update(Action, "x-tegels", residents_noticed="Stoep ligt weer recht")
    template = load_template("terugkomsessie")
    async with run_view(template, StepType.FOLLOW_UP, session, size=(140, 30)) as (_, _, view):
        assert _cells(view, "x-terugkoppeling")[4] == "⚠ 2026-03-31"
        assert _cells(view, "x-tegels")[4:] == ["2026-03-20", "Stoep ligt weer recht"]


async def test_keys_change_status_feedback_and_what_residents_noticed() -> None:
    session = _follow_up()
    template = load_template("terugkomsessie")
    async with run_view(template, StepType.FOLLOW_UP, session) as (app, pilot, view):
        table = view.query_one("#carried", RecordTable)
        assert table.selected_key == "x-snelheid"
        await pilot.press("s")  # busy → done
        action = session.get(Action, "x-snelheid")
        assert action.status is ActionStatus.DONE
        assert action.history[-1].old is ActionStatus.BUSY
        await pilot.press("f")
        assert session.get(Action, "x-snelheid").feedback_given is True
        await pilot.press("f")
        assert session.get(Action, "x-snelheid").feedback_given is False

        await pilot.press("enter")
        field = view.query_one("#noticed-input", Input)
        assert field.has_focus and field.display
        await type_text(pilot, "Minder hard gereden, s en f typen gewoon")
        await pilot.press("enter")
        await pilot.pause()
        action = session.get(Action, "x-snelheid")
        assert action.residents_noticed == "Minder hard gereden, s en f typen gewoon"
        # Typing "s" and "f" in the field did not change status or feedback.
        assert (action.status, action.feedback_given) == (ActionStatus.DONE, False)
        assert not field.display and table.has_focus
        assert app.changed == 4
        detail = str(view.query_one("#carried-detail", Static).content)
        assert detail.splitlines()[1] == (
            "deadline: 2026-04-30 · was: bezig · "
            "bewoners merkten: Minder hard gereden, s en f typen gewoon"
        )
        assert view.presentation_lines()[2].startswith("● klaar  Snelheid meten")


async def test_escape_leaves_the_field_without_saving() -> None:
    session = _follow_up()
    async with run_view(load_template("terugkomsessie"), StepType.FOLLOW_UP, session) as (
        app,
        pilot,
        view,
    ):
        await pilot.press("m")
        await type_text(pilot, "weg")
        await pilot.press("escape")
        await pilot.pause()
        assert session.get(Action, "x-snelheid").residents_noticed == ""
        assert view.query_one("#carried", RecordTable).has_focus
        assert app.changed == 0


async def test_refused_text_keeps_the_field_open() -> None:
    session = _follow_up()
    async with run_view(load_template("terugkomsessie"), StepType.FOLLOW_UP, session) as (
        app,
        pilot,
        view,
    ):
        await pilot.press("m")
        field = view.query_one("#noticed-input", Input)
        field.value = "x" * 2001  # over the Text limit
        await pilot.press("enter")
        await pilot.pause()
        assert session.get(Action, "x-snelheid").residents_noticed == ""
        assert app.invalid and "2000" in app.invalid[-1][0]
        assert field.display


async def test_dual_ownership_shows_both_owners() -> None:
    previous = demo_previous()
    previous.update(Action, "x-snelheid", co_owner_actor_id="a-wijkagent")
    template = load_template("terugkomsessie").model_copy(update={"dual_ownership": True})
    session = start_follow_up(previous, template)
    async with run_view(template, StepType.FOLLOW_UP, session, size=(120, 30)) as (_, _, view):
        assert isinstance(view, FollowUpView)
        assert _cells(view, "x-snelheid")[2] == "Verkeerskundige + Wijkagent"
        assert _cells(view, "x-tegels")[2] == "Gebiedsmanager + ⚠ —"
        detail = str(view.query_one("#carried-detail", Static).content)
        assert "eigenaren: Verkeerskundige + Wijkagent" in detail.splitlines()[1]
        header = view.query_one("#carried", RecordTable).ordered_columns[2].label
        assert str(header) == "Eigenaren"


async def test_read_only_changes_nothing() -> None:
    session = _follow_up()
    async with run_view(
        load_template("terugkomsessie"), StepType.FOLLOW_UP, session, read_only=True
    ) as (app, pilot, view):
        await pilot.press("s", "f", "m")
        await pilot.pause()
        assert session.get(Action, "x-snelheid").status is ActionStatus.BUSY
        assert not view.query_one("#noticed-input", Input).display
        assert app.changed == 0


async def test_empty_when_nothing_was_carried() -> None:
    session = Session.model_validate({"meta": {"title": "Los"}})
    async with run_view(load_template("terugkomsessie"), StepType.FOLLOW_UP, session) as (
        _,
        _,
        view,
    ):
        assert str(view.query_one("#follow-up-summary", Static).content) == (
            "Er zijn geen acties meegekomen uit een eerdere sessie."
        )
        assert view.presentation_lines() == [
            "Er zijn geen acties meegekomen uit een eerdere sessie."
        ]
