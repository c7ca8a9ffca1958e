"""Type to choose: the one picker, the one-line choice controls, recency."""

from __future__ import annotations

from textual.app import App

from cocreatie.entry.matching import Candidate
from cocreatie.models import Action, Actor, Participant, Session
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.templating.model import StepType
from cocreatie.widgets.form_fields import ChoiceField, MultiChoiceField
from cocreatie.widgets.multi_choice import MultiChoice
from cocreatie.widgets.single_choice import SingleChoice

from .conftest import type_text

PEOPLE = [
    Candidate("p-anja", "Anja · Bewoner"),
    Candidate("p-marloes", "Marloes · Professional", "wijkagent Politie"),
    Candidate("p-rene", "René · Bewoner"),
]


class PickerApp(App[None]):
    def __init__(self, picker: ChoicePicker) -> None:
        super().__init__()
        self.picker = picker
        self.answer: list[str] | str | None = "not yet"

    def on_mount(self) -> None:
        def done(answer: list[str] | None) -> None:
            self.answer = answer

        self.push_screen(self.picker, done)


async def test_typing_filters_by_function_and_enter_takes_it() -> None:
    app = PickerApp(ChoicePicker("Wie?", PEOPLE))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "wijka")
        assert [c.value for c in app.picker.shown] == ["p-marloes"]
        await pilot.press("enter")
        assert app.answer == ["p-marloes"]


async def test_accents_do_not_matter_and_no_match_says_so() -> None:
    app = PickerApp(ChoicePicker("Wie?", PEOPLE))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "rene")
        assert app.picker.highlighted_value() == "p-rene"
        await type_text(pilot, "xx")
        assert app.picker.shown == []
        assert app.picker.query_one("#no-match").has_class("-shown")
        await pilot.press("enter")  # nothing to take: the picker stays
        assert app.answer == "not yet"
        await pilot.press("escape")
        assert app.answer is None


async def test_multiple_choice_space_and_shortcuts_toggle_while_filtering() -> None:
    factors = [("f1", "1 Overlast"), ("f2", "2 Verloedering"), ("f7", "7 Inrichting")]
    picker = ChoicePicker("Factoren", factors, multiple=True, shortcuts={"7": "f7"})
    app = PickerApp(picker)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "verl")
        await pilot.press("space")  # toggles the highlighted one, types nothing
        await pilot.press("7")  # the shortcut, not a digit in the filter
        assert picker.selected == ["f2", "f7"]
        assert picker.query_one("#filter").value == "verl"  # type: ignore[attr-defined]
        await pilot.press("enter")
        assert app.answer == ["f2", "f7"]


class FormApp(App[None]):
    def __init__(self, form: ItemForm) -> None:
        super().__init__()
        self.form = form

    def on_mount(self) -> None:
        self.push_screen(self.form)


async def test_a_letter_on_a_choice_field_opens_the_picker_with_it_typed() -> None:
    saved: list[dict[str, object]] = []

    def submit(values: dict[str, object]) -> list[str]:
        saved.append(values)
        return []

    times = [("morning", "ochtend"), ("evening", "avond"), ("night", "nacht")]
    fields = [
        ChoiceField("time", "Tijdstip", times),
        MultiChoiceField("people", "Wie", PEOPLE),
    ]
    app = FormApp(ItemForm("Wens", fields, submit))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ChoicePicker)
        assert app.screen.query_one("#filter").value == "a"  # type: ignore[attr-defined]
        await type_text(pilot, "v")
        assert app.screen.query_one("#filter").value == "av"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        field = app.form.query_one("#field-time", SingleChoice)
        assert field.value == "evening"
        assert app.focused is field, "focus comes back to the field, not lost"
        await pilot.press("tab", "w")
        await pilot.pause()
        await type_text(pilot, "ijka")
        await pilot.press("space", "enter")
        await pilot.pause()
        assert app.form.query_one("#field-people", MultiChoice).values == ["p-marloes"]


async def test_the_speaker_is_found_by_function(run_step, session: Session) -> None:
    session.add(
        Participant(
            display_name="Marloes",
            kind="professional",
            function="wijkagent",
            organisation="Politie",
        )
    )
    async with run_step(StepType.DEFINITION, session) as (app, pilot, _view):
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, ChoicePicker)
        await type_text(pilot, "wijka")
        await pilot.pause()
        # By name ("Wijkagent Bram") and by function (Marloes, the wijkagent).
        names = [c.label.split(" ·")[0] for c in app.screen.shown]
        assert names == ["Wijkagent Bram", "Marloes"]
        await pilot.press("escape")


async def test_an_actor_picked_once_comes_first_next_time(run_step, session: Session) -> None:
    actors = [session.add(Actor(function=f"Actor {n:02}")) for n in range(12)]
    session.add(Action(title="Hek maken"))
    async with run_step(StepType.ACTIONS, session) as (app, pilot, view):
        view.query_one("#actions").focus()
        await pilot.press("o")
        await pilot.pause()
        await type_text(pilot, "11")
        await pilot.press("enter")
        await pilot.pause()
        assert session.actions[0].owner_actor_id == actors[11].id
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ChoicePicker)
        # The "no owner" line, then the actor just used.
        assert app.screen.shown[1].value == actors[11].id


async def test_the_matrix_puts_the_actor_just_used_first(run_step, session: Session) -> None:
    actors = [session.add(Actor(function=f"Actor {n:02}")) for n in range(12)]
    async with run_step(StepType.ROLES, session) as (_app, pilot, view):
        assert view.matrix.shown_columns[1].key == actors[0].id
        view.context.recent.use("actor", actors[11].id)  # e.g. just made owner
        view.refresh_view()
        await pilot.pause()
        assert view.matrix.shown_columns[1].key == actors[11].id
