"""Preparation and closing: every field saved as typed, bad input refused inline."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from cocreatie.followup import fresh_session
from cocreatie.screens.steps.closing import ClosingView, parse_grades
from cocreatie.screens.steps.preparation import PreparationView
from cocreatie.store import SessionRepository
from cocreatie.templating import load_template
from cocreatie.widgets.problem_line import ProblemLine

from .conftest import SIZE, flush, goto_step, make_app, settle, stored, wait_for_session


def _new_session(data_dir: Path) -> str:
    template = load_template("greenfield-buurt")
    with SessionRepository(data_dir).create(fresh_session(template, "Voorbereiding")) as opened:
        return opened.id


async def _type_into(pilot: Pilot, field: Input | TextArea, text: str) -> None:
    field.focus()
    await pilot.press(*text)
    await settle(pilot, 1)


async def test_preparation_refuses_bad_input_and_keeps_the_last_good_value(
    data_dir: Path,
) -> None:
    session_id = _new_session(data_dir)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        view = screen.query_one(PreparationView)
        title = view.query_one("#prep-title", Input)
        title.value = ""  # emptied: the title is required
        await settle(pilot, 1)
        error = view.query_one("#prep-title-error", ProblemLine)
        assert error.messages == ["Titel: mag niet leeg zijn"]
        assert view.session.meta.title == "Voorbereiding"
        title.value = "Avond\x07 met bel"  # a control character from a paste
        await settle(pilot, 1)
        assert "stuurtekens" in error.messages[0]
        title.value = "Greenfield Noord"
        await settle(pilot, 1)
        assert error.messages == []

        place = view.query_one("#prep-place", Input)
        place.value = "p" * 10_000
        await settle(pilot, 1)
        assert (
            "hoogstens 200 tekens" in view.query_one("#prep-place-error", ProblemLine).messages[0]
        )

        date = view.query_one("#prep-date", Input)
        await _type_into(pilot, date, "2026-02-30")  # no such day
        date_error = view.query_one("#prep-date-error", ProblemLine)
        assert date_error.messages and "JJJJ-MM-DD" in date_error.messages[0]
        assert view.session.meta.date is None
        date.value = ""
        await _type_into(pilot, date, "2026-05-01")
        assert date_error.messages == []

        purpose = view.query_one("#prep-purpose", TextArea)
        await _type_into(pilot, purpose, "Samen een veilige buurt.")
        flush(app)

    on_disk = stored(data_dir, session_id)
    assert on_disk.meta.title == "Greenfield Noord"
    assert on_disk.meta.place == ""
    assert str(on_disk.meta.date) == "2026-05-01"
    assert on_disk.meta.purpose == "Samen een veilige buurt."
    assert str(on_disk.privacy.retention_until) == "2027-05-01"


def test_grades_parse_whole_numbers_only() -> None:
    assert parse_grades("7 8,6") == [7, 8, 6]
    assert parse_grades("  ") == []


async def test_closing_grades_remarks_next_meeting_and_warnings(data_dir: Path) -> None:
    session_id = _new_session(data_dir)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_session(pilot)
        screen = await goto_step(pilot, 7)
        view = screen.query_one(ClosingView)
        grade = view.query_one("#closing-grade", Input)
        assert grade.has_focus
        error = view.query_one("#closing-grade-error", ProblemLine)
        await pilot.press(*"7 8 6", "enter")
        assert view.session.closing.grades == [7, 8, 6]
        await pilot.press(*"9 11", "enter")  # 11 is not a grade: none of the line is added
        assert error.messages and "Rapportcijfer" in error.messages[0]
        assert "10" in error.messages[0]
        assert view.session.closing.grades == [7, 8, 6]
        grade.value = "acht"
        await pilot.press("enter")
        assert "acht" in error.messages[0]
        assert view.session.closing.grades == [7, 8, 6]
        assert grade.value == "acht"  # the typed text stays for correcting

        await _type_into(pilot, view.query_one("#closing-next-date", Input), "2026-06-04")
        await _type_into(pilot, view.query_one("#closing-next-place", Input), "Buurthuis")
        await _type_into(pilot, view.query_one("#closing-remarks", TextArea), "Goede avond")
        # The open points of the whole session are summarised here.
        warnings = str(view.query_one("#closing-warnings").render())
        assert "De bedoeling van de sessie is nog niet beschreven." in warnings
        flush(app)

    closing = stored(data_dir, session_id).closing
    assert closing.grades == [7, 8, 6]
    assert str(closing.next_meeting.date) == "2026-06-04"
    assert closing.next_meeting.place == "Buurthuis"
    assert closing.remarks == "Goede avond"


async def test_export_from_the_closing_step_says_where_the_file_went(
    data_dir: Path, demo_id: str
) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        view = screen.query_one(ClosingView)
        view.query_one("#export-md").focus()
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        result = str(view.query_one("#closing-export-result").render())
    exports = list((data_dir / "exports").glob("*.md"))
    assert len(exports) == 1
    assert "✓" in result and exports[0].name in result.replace("\n", "")
    assert "Molenbuurt" in exports[0].read_text(encoding="utf-8")
