"""One line per list step, read into the fields of an item."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cocreatie.entry.actions import action_from, preview_action, read_action
from cocreatie.entry.actors import actor_from, preview_actor, read_actor
from cocreatie.entry.contacts import contact_from, preview_contact, read_contact
from cocreatie.entry.contributions import preview_contribution, read_contribution
from cocreatie.entry.participants import preview_participant, read_participant
from cocreatie.entry.wishes import preview_wish, read_wish, wish_from
from cocreatie.models import ContactSubject, RoleAssignment, Scale, Session, TimeOfDay
from cocreatie.templating import SessionTemplate

TODAY = date(2026, 5, 20)


def test_a_complete_wish_on_one_line(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_wish("Henk: Betere verlichting fietspad @De Bazuin #73ak", evening, greenfield)
    assert reading.ready
    wish = wish_from(reading.fields)
    assert wish.text == "Betere verlichting fietspad"
    assert wish.participant_ids == ["p-henk"]
    assert wish.location.text == "De Bazuin"
    assert wish.factor_ids == ["inrichting", "onbekende-anderen"]
    assert wish.time_of_day is TimeOfDay.EVENING
    assert wish.scale is Scale.SMALL_NORM
    shown = preview_wish(reading, evening, greenfield)
    assert "De Bazuin" in shown and "7, 3" in shown and "avond" in shown


def test_the_issue_example(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_wish("Betere verlichting fietspad @De Bazuin #7 avond", evening, greenfield)
    assert reading.ready
    assert reading.fields["factor_ids"] == ["inrichting"]
    assert reading.fields["time_of_day"] == "evening"


def test_unknown_parts_stay_in_the_wish_text(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_wish("Stoep kapot #2 bij de school #hallo", evening, greenfield)
    assert reading.fields["factor_ids"] == ["verloedering"]
    assert reading.fields["text"] == "Stoep kapot bij de school #hallo"
    assert reading.kept == ("bij de school", "#hallo")


def test_a_name_that_fits_two_people_is_asked(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_wish("H: donker pad", evening, greenfield)
    assert not reading.ready
    (question,) = reading.questions
    assert {c.label.split(" ·")[0] for c in question.candidates} == {"Henk", "Hester"}
    answered = reading.answer(question, question.candidates[0].value)
    assert answered.ready
    assert answered.fields["participant_ids"] == ["p-henk"]
    assert answered.fields["text"] == "donker pad"


def test_a_colon_that_names_nobody_stays_text(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_wish("Let op: donker pad", evening, greenfield)
    assert reading.fields["text"] == "Let op: donker pad"
    assert reading.fields["participant_ids"] == []


def test_two_values_for_one_field_are_a_problem(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_wish("Licht #a #n", evening, greenfield)
    assert not reading.ready
    assert "avond" in reading.problems[0] and "nacht" in reading.problems[0]


def test_a_wish_needs_its_text(evening: Session, greenfield: SessionTemplate) -> None:
    assert not read_wish("#7 a", evening, greenfield).ready


plain_words = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=8),
    min_size=1,
    max_size=8,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(words=plain_words, junk=st.sampled_from(["#zzz", "#hallo daar", "+x", "!"]))
def test_no_typed_word_is_ever_dropped(
    evening: Session, greenfield: SessionTemplate, words: list[str], junk: str
) -> None:
    line = " ".join(words) + " " + junk
    reading = read_wish(line, evening, greenfield)
    assert reading.fields["text"] == " ".join(line.split())


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)
@given(
    text=plain_words,
    factors=st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=3, unique=True),
    place=plain_words,
)
def test_factors_and_place_are_read_whatever_the_text(
    evening: Session,
    greenfield: SessionTemplate,
    text: list[str],
    factors: list[int],
    place: list[str],
) -> None:
    line = f"{' '.join(text)} @{' '.join(place)} #{' '.join(map(str, factors))}"
    reading = read_wish(line, evening, greenfield)
    by_number = {f.id: f.number for f in greenfield.factors}
    assert [by_number[f] for f in reading.fields["factor_ids"]] == factors
    assert reading.fields["location_text"] == " ".join(place)
    assert reading.fields["text"] == " ".join(text)


def test_contribution_with_speaker_and_factors(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_contribution("Anja: ik fiets er 's avonds niet #3 8", evening, greenfield)
    assert reading.ready
    assert reading.fields == {
        "participant_id": "p-anja",
        "factor_ids": ["onbekende-anderen", "toezicht"],
        "text": "ik fiets er 's avonds niet",
    }


def test_a_professional_on_one_line(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_participant("Karin Bos, wijkagent, Politie", evening, greenfield)
    assert reading.ready
    assert reading.fields == {
        "display_name": "Karin Bos",
        "function": "wijkagent",
        "organisation": "Politie",
        "kind": "professional",
    }


def test_resident_with_street_years_and_consent(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_participant("Anja de Vries @wipm #27 +", evening, greenfield)
    assert reading.ready
    assert reading.fields["area"] == "Wipmolenweg"
    assert reading.fields["years_in_neighbourhood"] == 27
    assert reading.fields["consent"]
    other = read_participant("Kees @Dorpsstraat 4 #ondernemer", evening, greenfield)
    assert other.fields["area"] == "Dorpsstraat 4"  # not in the list: kept as typed
    assert other.fields["kind"] == "ondernemer"


def test_a_street_that_fits_two_is_asked_with_the_typed_text_as_answer(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_participant("Piet @w", evening, greenfield)
    (question,) = reading.questions
    labels = [c.label for c in question.candidates]
    assert labels[:2] == ["Wipmolenweg", "Wittevrouwen"] and "«w»" in labels[-1]


def test_actor_on_one_line(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_actor("Jongerenwerker, Welzijn Almere, Sanne Vos #welzijn", evening, greenfield)
    actor = actor_from(reading.fields)
    assert (actor.function, actor.organisation, actor.person_name) == (
        "Jongerenwerker",
        "Welzijn Almere",
        "Sanne Vos",
    )
    assert actor.domain is not None and actor.domain.value == "welzijn"


def test_contact_for_a_wish(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_contact("=verl @wijka, buurtapp #3 +", evening, greenfield)
    assert reading.ready
    contact = contact_from(reading.fields)
    assert contact.wish_id == "w-licht"
    assert contact.actor_id == "a-wijkagent"
    assert contact.channel == "buurtapp"
    assert contact.feedback_days == 3
    assert contact.agreed


def test_contact_defaults_to_the_next_wish_and_keeps_an_unknown_name(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_contact("@Karin Bos", evening, greenfield, default_wish="w-hek")
    contact = contact_from(reading.fields)
    assert contact.wish_id == "w-hek" and contact.subject_kind is ContactSubject.WISH
    assert contact.actor_id is None and contact.person_name == "Karin Bos"


def test_contact_asks_which_actor(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_contact("=hek @wijk", evening, greenfield)
    (question,) = reading.questions
    assert len(question.candidates) == 3  # two actors, or the typed text as a name


def test_action_from_a_wish(evening: Session, greenfield: SessionTemplate) -> None:
    evening.add(RoleAssignment(wish_id="w-licht", actor_id="a-wijkregisseur", role="aanjager"))
    reading = read_action("=verl !1-6 ?15-6 +", evening, greenfield, TODAY)
    assert reading.ready
    action = action_from(reading.fields, evening, greenfield.accountable_role.id)
    assert action.title == "Betere verlichting fietspad"
    assert action.wish_ids == ["w-licht"]
    assert action.owner_actor_id == "a-wijkregisseur"  # the wish's aanjager
    assert action.deadline == date(2026, 6, 1)
    assert action.feedback_date == date(2026, 6, 15)
    assert action.agreed


def test_action_owner_typed_and_bad_date(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_action("Hek maken @beheer !31-2", evening, greenfield, TODAY)
    assert reading.fields["owner_actor_id"] == "a-beheer"
    assert not reading.ready and "31-2" in reading.problems[0]


@pytest.mark.parametrize("line", ["=zzz", "Iets @zzz"])
def test_action_names_what_it_cannot_find(
    evening: Session, greenfield: SessionTemplate, line: str
) -> None:
    reading = read_action(line, evening, greenfield, TODAY)
    assert not reading.ready and "zzz" in reading.problems[0]


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(line=st.text(alphabet="ab7 3,:@#+=!?-/éH", max_size=30))
def test_no_line_makes_any_reader_fail(
    evening: Session, greenfield: SessionTemplate, line: str
) -> None:
    # The preview reads the line on every keystroke: nothing typed may crash it.
    readings = [
        read_wish(line, evening, greenfield),
        read_contribution(line, evening, greenfield),
        read_participant(line, evening, greenfield),
        read_actor(line, evening, greenfield),
        read_contact(line, evening, greenfield, default_wish="w-hek"),
        read_action(line, evening, greenfield, TODAY, default_wish="w-hek"),
    ]
    previews = [
        preview_wish,
        preview_contribution,
        preview_participant,
        preview_actor,
        preview_contact,
        preview_action,
    ]
    for reading, preview in zip(readings, previews, strict=True):
        assert isinstance(preview(reading, evening, greenfield), str)
        for question in reading.questions:
            assert question.candidates, "a question always has answers to choose"
