"""Refused input: Dutch messages naming the field, and no trace in the record."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from cocreatie.models import Action, Closing, ContactDetails, RoleAssignment, Session, Wish
from cocreatie.models.errors import describe


def refused(fn: object, *args: object, **kwargs: object) -> list[str]:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)  # type: ignore[operator]
    return describe(info.value)


def test_grade_eleven_is_refused_naming_the_field() -> None:
    assert refused(Closing, grades=[7, 11]) == [
        "Rapportcijfer: mag hoogstens 10 zijn (ingevuld: 11)"
    ]
    assert refused(Closing, grades=[0]) == ["Rapportcijfer: moet minstens 1 zijn (ingevuld: 0)"]


def test_grade_message_in_english() -> None:
    with pytest.raises(ValidationError) as info:
        Closing(grades=[11])
    (message,) = describe(info.value, lang="en")
    assert message.startswith("Report-card grade: ")
    assert "11" in message


def test_closing_assignment_refuses_a_bad_grade(session: Session) -> None:
    before = session.model_dump()
    with pytest.raises(ValidationError):
        session.closing = Closing.model_validate({"grades": [11]})
    assert session.model_dump() == before


def test_agreed_action_without_owner_is_refused_and_nothing_changes(session: Session) -> None:
    before = session.model_dump()
    messages = refused(session.update, Action, "x-licht", agreed=True, owner_actor_id=None)
    assert messages == ["Eigenaar: een actie kan pas als afgesproken gelden als er een eigenaar is"]
    assert session.model_dump() == before
    assert refused(Action, title="Iets", agreed=True)[0].startswith("Eigenaar: ")


def test_votes_below_zero_are_refused(session: Session) -> None:
    before = session.model_dump()
    assert refused(session.vote, "w-licht", -4) == ["Stemmen: moet minstens 0 zijn (ingevuld: -1)"]
    assert session.model_dump() == before
    assert session.vote("w-licht", -3).votes == 0


def test_contact_details_without_consent_are_refused(session: Session) -> None:
    before = session.model_dump()
    messages = refused(session.set_contact, "p-henk", ContactDetails(phone="06 1234 5678"))
    assert messages == [
        "Contactgegevens: leg eerst toestemming vast voordat u contactgegevens invult"
    ]
    assert session.model_dump() == before


def test_contact_details_after_consent_are_kept(session: Session) -> None:
    session.record_consent("p-henk", scope="bellen over het plan", by="Ilse")
    person = session.set_contact("p-henk", ContactDetails(phone="06 1234 5678"))
    assert person.contact is not None and person.contact.phone == "06 1234 5678"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meer licht\x1b[2J", "Tekst: bevat stuurtekens; plak de tekst opnieuw als platte tekst"),
        ("Meer\x9blicht", "Tekst: bevat stuurtekens; plak de tekst opnieuw als platte tekst"),
        ("x" * 10_000, "Tekst: mag hoogstens 2000 tekens lang zijn (nu 10000)"),
        ("   ", "Tekst: mag niet leeg zijn"),
    ],
)
def test_bad_text_is_refused_and_the_wish_is_unchanged(
    session: Session, text: str, expected: str
) -> None:
    before = session.model_dump()
    assert refused(session.update, Wish, "w-licht", text=text) == [expected]
    assert session.model_dump() == before
    assert refused(Wish, text=text) == [expected]


def test_tabs_and_newlines_are_fine_in_long_text(session: Session) -> None:
    wish = session.update(Wish, "w-licht", text="Regel een\r\nRegel\ttwee")
    assert wish.text == "Regel een\nRegel\ttwee"


def test_add_with_a_dangling_reference_leaves_the_record_unchanged(session: Session) -> None:
    before = session.model_dump()
    with pytest.raises(ValidationError) as info:
        session.add(RoleAssignment(wish_id="w-bestaat-niet", actor_id="a-agent", role="x"))
    assert "verwijst naar iets dat niet bestaat" in describe(info.value)[0]
    assert session.model_dump() == before


def test_add_with_a_duplicate_id_is_refused(session: Session) -> None:
    before = session.model_dump()
    with pytest.raises(ValueError, match="duplicate"):
        session.add(Wish(id="w-licht", text="Nog eens"))
    assert session.model_dump() == before


def test_unknown_fields_in_a_record_are_refused(session: Session) -> None:
    data = session.model_dump()
    data["meta"]["kleur"] = "rood"
    messages = refused(Session.model_validate, data)
    assert messages == ["kleur: is geen bekend veld"]


def test_role_needs_exactly_one_subject() -> None:
    assert refused(RoleAssignment, actor_id="a", role="aanjager") == [
        "Wens: kies een wens of een thema"
    ]
