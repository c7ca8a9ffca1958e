"""The common_ground step view: type a point, Enter, the next one."""

from __future__ import annotations

import pytest
from step_harness import run_view
from textual.widgets import Input, Static
from viewharness import type_text

from cocreatie.models import Session, SessionMeta
from cocreatie.templating import StepType, load_template
from cocreatie.widgets.record_table import RecordTable

SIZES = [(100, 30), (80, 24)]


def _session() -> Session:
    return Session(meta=SessionMeta(title="OOV en Verkeer", template_id="oov-verkeer"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
async def test_type_enter_next_in_both_lists(size: tuple[int, int]) -> None:
    session = _session()
    template = load_template("oov-verkeer")
    async with run_view(template, StepType.COMMON_GROUND, session, size=size) as (
        app,
        pilot,
        view,
    ):
        legend = str(view.query_one(".legend", Static).content)
        assert legend.startswith("OOV en Verkeer: typ een punt")
        agreements = view.query_one("#agreements-input", Input)
        assert agreements.has_focus
        await type_text(pilot, "Hard rijden stoort iedereen")
        await pilot.press("enter")
        await type_text(pilot, "Samen meten")
        await pilot.press("enter")
        assert [n.text for n in session.veiligheid.agreements] == [
            "Hard rijden stoort iedereen",
            "Samen meten",
        ]
        assert agreements.value == "" and agreements.has_focus

        await pilot.press("tab", "tab")  # past the agreements list to the other input
        differences = view.query_one("#differences-input", Input)
        assert differences.has_focus
        await type_text(pilot, "Andere cijfers")
        await pilot.press("enter")
        assert [n.text for n in session.veiligheid.differences] == ["Andere cijfers"]
        assert app.changed == 3

        table = view.query_one("#agreements-list", RecordTable)
        assert len(table.row_keys) == 2
        assert view.presentation_lines() == [
            "Hier zijn we het over eens",
            "• Hard rijden stoort iedereen",
            "• Samen meten",
            "",
            "Hier zien we het anders",
            "• Andere cijfers",
        ]


async def test_empty_enter_adds_nothing_and_delete_removes() -> None:
    session = _session()
    async with run_view(load_template("oov-verkeer"), StepType.COMMON_GROUND, session) as (
        _app,
        pilot,
        view,
    ):
        await pilot.press("enter")
        assert session.veiligheid.agreements == []
        await type_text(pilot, "Eerste")
        await pilot.press("enter")
        await type_text(pilot, "Tweede")
        await pilot.press("enter")
        table = view.query_one("#agreements-list", RecordTable)
        table.focus()
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert [n.text for n in session.veiligheid.agreements] == ["Tweede"]
        assert table.row_keys == [session.veiligheid.agreements[0].id]


async def test_read_only_session_accepts_no_text() -> None:
    session = _session()
    session.add_note("agreements", "Al vastgelegd")
    async with run_view(
        load_template("oov-verkeer"), StepType.COMMON_GROUND, session, read_only=True
    ) as (app, pilot, view):
        assert all(field.disabled for field in view.query(Input))
        table = view.query_one("#agreements-list", RecordTable)
        assert len(table.row_keys) == 1
        table.focus()
        await pilot.press("delete")
        await pilot.pause()
        assert [n.text for n in session.veiligheid.agreements] == ["Al vastgelegd"]
        assert app.changed == 0


async def test_greenfield_names_its_own_sides() -> None:
    async with run_view(
        load_template("oov-verkeer").model_copy(
            update={"comparison": load_template("greenfield-buurt").comparison}
        ),
        StepType.COMMON_GROUND,
        _session(),
    ) as (_, _, view):
        assert str(view.query_one(".legend", Static).content).startswith(
            "Bewoners en Professionals:"
        )
