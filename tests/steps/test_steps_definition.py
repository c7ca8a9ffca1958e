"""Pilot tests of the "Wat is veiligheid?" step."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, Static, TabbedContent, TextArea

from cocreatie.analysis import compare_factors
from cocreatie.models import Congruence, Session
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.templating.model import StepType
from cocreatie.widgets.comparison_table import ComparisonTable
from cocreatie.widgets.factor_picker import FactorPicker
from cocreatie.widgets.problem_line import ProblemLine

from .conftest import people, type_text


async def test_contributions_are_captured_with_speaker_and_factors(
    run_step, session: Session
) -> None:
    names = people(session)
    async with run_step(StepType.DEFINITION, session) as (app, pilot, view):
        field = view.query_one("#contribution-input", Input)
        assert field.has_focus
        # The quick speaker picker: F2, type to filter, Enter.
        await pilot.press("f2")
        await type_text(pilot, "anja")
        await pilot.press("enter")
        await type_text(pilot, "Er wordt hard gereden")
        await pilot.press("enter")
        await pilot.pause()
        assert field.value == ""
        assert field.has_focus, "type, Enter, next: the input keeps the focus"
        said = session.veiligheid.contributions
        assert [c.text for c in said] == ["Er wordt hard gereden"]
        assert said[0].participant_id == names["Anja"]
        # Tag it: down into the list, then the number keys of the factors.
        await pilot.press("down", "7", "1")
        await pilot.pause()
        assert session.veiligheid.contributions[0].factor_ids == [
            "inrichting",
            "signaalcriminaliteit",
        ]
        assert view.query_one(FactorPicker).chosen == {"inrichting", "signaalcriminaliteit"}
        await pilot.press("7")
        await pilot.pause()
        assert session.veiligheid.contributions[0].factor_ids == ["signaalcriminaliteit"]
        # 0, - and = are factors 10, 11 and 12.
        await pilot.press("0", "minus", "equals_sign")
        await pilot.pause()
        assert session.veiligheid.contributions[0].factor_ids == [
            "signaalcriminaliteit",
            "schokkende-incidenten",
            "invoelend-vermogen",
            "communicatie",
        ]
        assert app.changed == 1 + 2 + 1 + 3  # one per change


async def test_speaker_sticks_and_comparison_counts_follow(run_step, session: Session) -> None:
    names = people(session)
    async with run_step(StepType.DEFINITION, session) as (_app, pilot, view):
        table = view.query_one(ComparisonTable)
        for speaker, text in (("anja", "Donker pad"), ("bram", "Cijfers zijn laag")):
            await pilot.press("f2")
            await type_text(pilot, speaker)
            await pilot.press("enter")
            await type_text(pilot, text)
            await pilot.press("enter")
            # Tag the new contribution with factor 7 and come back to the input.
            await pilot.press("down", "7", "n")
        await type_text(pilot, "Nog een")
        await pilot.press("enter")
        await pilot.pause()
        said = session.veiligheid.contributions
        speakers = [c.participant_id for c in said]
        bram = names["Wijkagent Bram"]
        assert speakers == [names["Anja"], bram, bram], "the speaker stays until changed"
        row = next(
            r for r in compare_factors(session, view.context.template) if r.factor.number == 7
        )
        assert (len(row.left), len(row.right)) == (1, 1)
        # The live table shows the same counts (Bewoners, Professionals).
        cells = table.get_row("inrichting")
        assert [str(c) for c in cells[2:4]] == ["1", "1"]


async def test_verdicts_and_notes_per_factor(run_step, session: Session) -> None:
    async with run_step(StepType.DEFINITION, session) as (app, pilot, view):
        await pilot.press("f3")
        await pilot.pause()
        assert view.query_one(TabbedContent).active == "comparison-tab"
        assert view.query_one(ComparisonTable).has_focus
        await pilot.press("d")
        await pilot.pause()
        assert session.veiligheid.verdict_for("signaalcriminaliteit").verdict is Congruence.PARTLY
        await pilot.press("down", "down", "j")
        await pilot.pause()
        assert session.veiligheid.verdict_for("onbekende-anderen").verdict is Congruence.YES
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, ItemForm)
        await type_text(pilot, "Bewoners kennen de jongeren niet")
        await pilot.press("enter")
        await pilot.pause()
        verdict = session.veiligheid.verdict_for("onbekende-anderen")
        assert (verdict.verdict, verdict.note) == (
            Congruence.YES,
            "Bewoners kennen de jongeren niet",
        )
        await pilot.press("n")
        await pilot.pause()
        assert session.veiligheid.verdict_for("onbekende-anderen").verdict is Congruence.NO
        assert session.veiligheid.verdict_for("onbekende-anderen").note.startswith("Bewoners")
        await pilot.press("x")
        await pilot.pause()
        assert session.veiligheid.verdict_for("onbekende-anderen").verdict is None
        assert app.changed == 5


async def test_shared_definition_agreements_and_differences(run_step, session: Session) -> None:
    async with run_step(StepType.DEFINITION, session) as (app, pilot, view):
        await pilot.press("f3", "f3")
        await pilot.pause()
        area = view.query_one("#shared-definition", TextArea)
        assert area.has_focus
        await type_text(pilot, "Veilig is een buurt waar je weet wie je kunt bellen")
        await pilot.press("tab")  # leaving the field saves it
        await pilot.pause()
        assert session.veiligheid.shared_definition == (
            "Veilig is een buurt waar je weet wie je kunt bellen"
        )
        assert view.query_one("#agreements-input", Input).has_focus
        await type_text(pilot, "Hard rijden is een probleem")
        await pilot.press("enter")
        view.query_one("#differences-input", Input).focus()
        await type_text(pilot, "Overlast van jongeren")
        await pilot.press("enter")
        await pilot.pause()
        assert [n.text for n in session.veiligheid.agreements] == ["Hard rijden is een probleem"]
        assert [n.text for n in session.veiligheid.differences] == ["Overlast van jongeren"]
        view.query_one("#agreements-list").focus()
        await pilot.press("delete")
        await pilot.pause()
        assert session.veiligheid.agreements == []
        assert app.changed == 4
        lines = view.presentation_lines()
        assert "Veilig is een buurt waar je weet wie je kunt bellen" in lines[0]
        assert any("Overlast van jongeren" in line for line in lines)


async def test_bad_input_changes_nothing_and_says_why(run_step, session: Session) -> None:
    async with run_step(StepType.DEFINITION, session) as (app, pilot, view):
        before = session.model_dump()
        field = view.query_one("#contribution-input", Input)
        problem = view.query_one(ProblemLine)
        await pilot.press("enter")  # empty
        await pilot.pause()
        assert problem.messages == ["Typ eerst de tekst zelf."]
        # A 10,000-character paste: refused, and the text stays to be fixed.
        field.post_message(events.Paste("x" * 10_000))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert problem.messages == ["Tekst: mag hoogstens 2000 tekens lang zijn (nu 10000)"]
        assert len(field.value) == 10_000
        # Escape sequences from a chat app.
        field.value = "Overlast \x1b[2J\x1b[31mrood"
        await pilot.press("enter")
        await pilot.pause()
        assert problem.messages == [
            "Tekst: bevat stuurtekens; plak de tekst opnieuw als platte tekst"
        ]
        assert session.model_dump() == before
        assert app.changed == 0
        assert len(app.invalid) == 3
        # A good one clears the message.
        field.value = "Goed"
        await pilot.press("enter")
        await pilot.pause()
        assert problem.messages == []
        assert app.changed == 1


async def test_editing_and_removing_a_contribution(run_step, session: Session) -> None:
    session.add_contribution("Eerste versie")
    async with run_step(StepType.DEFINITION, session) as (app, pilot, _view):
        await pilot.press("down", "e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, ItemForm)
        form.query_one("#field-text", Input).value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert form.messages == ["Tekst: mag niet leeg zijn"], "stays open, says why"
        assert session.veiligheid.contributions[0].text == "Eerste versie"
        form.query_one("#field-text", Input).value = "Tweede versie"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not form
        assert session.veiligheid.contributions[0].text == "Tweede versie"
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("j")  # confirm
        await pilot.pause()
        assert session.veiligheid.contributions == []
        assert app.changed == 2


async def test_a_factor_only_one_side_raised_shows_no_with_the_reason(
    run_step, session: Session
) -> None:
    names = people(session)
    session.add_contribution("Overal afval", names["Anja"], ["verloedering"])
    session.add_contribution("Veel meldingen", names["Wijkagent Bram"], ["toezicht"])
    async with run_step(StepType.DEFINITION, session) as (_app, pilot, view):
        await pilot.press("f3", "down")  # to factor 2, verloedering
        await pilot.pause()
        table = view.query_one(ComparisonTable)
        assert table.selected_key == "verloedering"
        assert str(table.get_row("verloedering")[5]) == "✗ nee"
        assert str(table.get_row("toezicht")[5]) == "✗ nee"
        assert str(table.get_row("het-gesprek")[5]) == "—"
        detail = str(view.query_one("#factor-detail", Static).content)
        assert detail.endswith("Toelichting: alleen genoemd door Bewoners")
        # The room may still decide otherwise; its verdict wins.
        await pilot.press("d")
        await pilot.pause()
        assert str(table.get_row("verloedering")[5]) == "◐ deels"
