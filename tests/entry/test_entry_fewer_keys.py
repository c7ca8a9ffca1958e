"""Fewer keys per line: glued codes, bare dates, an owner taken from the wish."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cocreatie.entry.actions import action_from, preview_action, read_action
from cocreatie.entry.contacts import contact_from, read_contact
from cocreatie.entry.dates import trailing_dates
from cocreatie.entry.line import split_line
from cocreatie.entry.participants import read_participant
from cocreatie.entry.wishes import read_wish, wish_from
from cocreatie.models import (
    ContactPerson,
    ContactSubject,
    RoleAssignment,
    Scale,
    Session,
    TimeOfDay,
)
from cocreatie.templating import SessionTemplate

TODAY = date(2026, 5, 20)

# -- glued sigils ------------------------------------------------------------------


def test_a_glued_sigil_starts_a_part_only_inside_a_marked_part() -> None:
    line = split_line("Mail k.bos@welzijn.nl nr#3 @De Bazuin#73ak", "@#", glued="#")
    assert line.head == "Mail k.bos@welzijn.nl nr#3"  # the head keeps its "#"
    assert [(p.typed, p.glued) for p in line.parts] == [
        ("@De Bazuin", False),
        ("#73ak", True),
    ]
    assert split_line("@De Bazuin#73ak", "@#").parts[0].text == "De Bazuin#73ak"  # not asked


@given(st.text(alphabet="ab @#,:", max_size=40))
def test_nothing_typed_is_lost_when_cutting_glued_parts(text: str) -> None:
    line = split_line(text, "@", glued="#")
    pieces = [line.head, *(p.typed for p in line.parts)]
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_codes_glued_to_the_place(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_wish("Betere verlichting fietspad @De Bazuin#73ak", evening, greenfield)
    assert reading.ready and not reading.kept
    wish = wish_from(reading.fields)
    assert wish.text == "Betere verlichting fietspad"
    assert wish.location.text == "De Bazuin"
    assert wish.factor_ids == ["inrichting", "onbekende-anderen"]
    assert wish.time_of_day is TimeOfDay.EVENING and wish.scale is Scale.SMALL_NORM


def test_a_glued_part_that_is_no_code_stays_in_the_place(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_wish("Bankje @Plein#zuidkant", evening, greenfield)
    assert reading.ready
    wish = wish_from(reading.fields)
    assert (wish.text, wish.location.text) == ("Bankje", "Plein#zuidkant")
    assert wish.factor_ids == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=100)
@given(
    place=st.text(alphabet="abcz ", min_size=1, max_size=12).filter(str.strip),
    junk=st.text(alphabet="xyzq", min_size=3, max_size=6),
)
def test_whatever_is_glued_and_unknown_is_kept_in_the_place(
    evening: Session, greenfield: SessionTemplate, place: str, junk: str
) -> None:
    place = " ".join(place.split())  # glued: no space before the "#"
    reading = read_wish(f"Wens @{place}#{junk}", evening, greenfield)
    assert reading.fields["location_text"] == f"{place}#{junk}"
    assert reading.fields["text"] == "Wens"


def test_contact_days_glued_to_the_channel(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_contact("=verl @wijka, buurtapp#3", evening, greenfield)
    assert reading.ready
    contact = contact_from(reading.fields)
    assert (contact.wish_id, contact.actor_id) == ("w-licht", "a-wijkagent")
    assert (contact.channel, contact.feedback_days) == ("buurtapp", 3)
    # An e-mail address as the channel stays whole: "@" never glues.
    mail = read_contact("=verl @wijka, k.bos@welzijn.nl#2", evening, greenfield)
    assert mail.fields["channel"] == "k.bos@welzijn.nl" and mail.fields["feedback_days"] == 2


def test_years_glued_to_the_street(evening: Session, greenfield: SessionTemplate) -> None:
    reading = read_participant("Yvonne @wipm#27 +", evening, greenfield)
    assert reading.ready
    assert reading.fields["area"] == "Wipmolenweg"
    assert reading.fields["years_in_neighbourhood"] == 27 and reading.fields["consent"]


# -- bare dates at the end of an action --------------------------------------------


def test_trailing_dates_are_taken_from_the_end_only() -> None:
    rest, found = trailing_dates("=verl 1-6 2026-06-15 +", TODAY)
    assert rest == "=verl +"
    assert found == [("1-6", date(2026, 6, 1)), ("2026-06-15", date(2026, 6, 15))]
    assert trailing_dates("Schouw 1-6 met de buurt", TODAY) == ("Schouw 1-6 met de buurt", [])
    assert trailing_dates("=verl ! 1-6", TODAY) == ("=verl ! 1-6", [])  # belongs to "!"
    assert trailing_dates("a 1-6 2-6 3-6", TODAY)[0] == "a 1-6"  # at most two


@given(st.lists(st.sampled_from(["a", "1-6", "+2w", "31-2", "+", "!", "?", "=b"]), max_size=8))
def test_trailing_dates_lose_nothing(tokens: list[str]) -> None:
    line = " ".join(tokens)
    rest, found = trailing_dates(line, TODAY)
    assert sorted(rest.split() + [typed for typed, _ in found]) == sorted(tokens)


def test_bare_dates_are_deadline_then_feedback(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_action("=verl 1-6 2026-06-15", evening, greenfield, TODAY)
    assert reading.ready
    assert reading.fields["deadline"] == date(2026, 6, 1)
    assert reading.fields["feedback_date"] == date(2026, 6, 15)
    marked = read_action("Schouw !1-6 +2w +", evening, greenfield, TODAY)
    assert marked.fields["title"] == "Schouw" and marked.fields["agreed"]
    assert marked.fields["deadline"] == date(2026, 6, 1)
    assert marked.fields["feedback_date"] == date(2026, 6, 3)  # the one mark left open
    shown = preview_action(reading, evening, greenfield)
    assert "2026-06-01" in shown and "2026-06-15" in shown


# -- the owner, derived from the wish -----------------------------------------------


def _aanjager(session: Session, actor: str) -> None:
    session.add(RoleAssignment(wish_id="w-licht", actor_id=actor, role="aanjager"))


def test_owner_is_the_wishs_only_aanjager(evening: Session, greenfield: SessionTemplate) -> None:
    _aanjager(evening, "a-wijkregisseur")
    reading = read_action("=verl 1-6", evening, greenfield, TODAY)
    action = action_from(reading.fields, evening, greenfield.accountable_role.id)
    assert action.owner_actor_id == "a-wijkregisseur"
    shown = preview_action(reading, evening, greenfield)
    assert "eigenaar: Wijkregisseur (Gemeente) (aanjager van de wens)" in shown


def test_owner_is_the_contact_person_without_a_single_aanjager(
    evening: Session, greenfield: SessionTemplate
) -> None:
    evening.add(
        ContactPerson(
            subject_kind=ContactSubject.WISH, wish_id="w-licht", actor_id="a-beheer", channel="app"
        )
    )
    reading = read_action("=verl", evening, greenfield, TODAY)
    role = greenfield.accountable_role.id
    assert action_from(reading.fields, evening, role).owner_actor_id == "a-beheer"
    assert "(aanspreekpunt van de wens)" in preview_action(reading, evening, greenfield)
    # Two aanjagers say nothing: the contact person still decides.
    _aanjager(evening, "a-wijkregisseur")
    _aanjager(evening, "a-wijkagent")
    assert action_from(reading.fields, evening, role).owner_actor_id == "a-beheer"
    # A typed owner overrides, and the preview gives no reason for it.
    typed = read_action("=verl @wijkr", evening, greenfield, TODAY)
    assert action_from(typed.fields, evening, role).owner_actor_id == "a-wijkregisseur"
    assert "van de wens)" not in preview_action(typed, evening, greenfield)


def test_no_aanjager_and_no_contact_leaves_the_owner_open(
    evening: Session, greenfield: SessionTemplate
) -> None:
    reading = read_action("=hek 1-6", evening, greenfield, TODAY)
    action = action_from(reading.fields, evening, greenfield.accountable_role.id)
    assert action.owner_actor_id is None
    assert "eigenaar" not in preview_action(reading, evening, greenfield)
