"""Invisible and direction-changing characters, and one id per item.

Direction overrides are refused with a message, zero-width characters are
dropped without one; records the program stored before these rules are
repaired on reading instead of refused (``STORED_RECORD``).
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from cocreatie.models import Closing, Note, Participant, Session, SessionMeta, Wish
from cocreatie.models.base import STORED_RECORD
from cocreatie.models.errors import describe
from cocreatie.models.veiligheid import Contribution, SafetyDefinition

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("char", BIDI, ids=[f"U+{ord(c):04X}" for c in BIDI])
def test_direction_overrides_are_refused_with_a_dutch_message(char: str) -> None:
    with pytest.raises(ValidationError) as info:
        Wish(text=f"Meer licht {char}in de straat")
    assert describe(info.value) == [
        "Tekst: bevat tekens die de leesrichting omdraaien (bijvoorbeeld U+202E);"
        " plak de tekst opnieuw als platte tekst"
    ]


@pytest.mark.parametrize("char", ZERO_WIDTH, ids=[f"U+{ord(c):04X}" for c in ZERO_WIDTH])
def test_zero_width_characters_are_dropped_silently(char: str) -> None:
    assert Wish(text=f"{char}Meer{char} licht {char}").text == "Meer licht"


def test_only_zero_width_is_empty() -> None:
    with pytest.raises(ValidationError) as info:
        Wish(text="\u200b\ufeff")
    assert describe(info.value) == ["Tekst: mag niet leeg zijn"]


def test_direction_marks_and_right_to_left_text_stay() -> None:
    text = "مرحبا \u200fשלום\u200e"
    assert Wish(text=text).text == text


def test_the_rules_hold_for_every_kind_of_text_field(session: Session) -> None:
    with pytest.raises(ValidationError):
        session.update(Participant, "p-anja", display_name="An\u202eja")
    with pytest.raises(ValidationError):
        session.add_contribution("Het is hier \u2066donker")
    with pytest.raises(ValidationError):
        SessionMeta.model_validate({**session.meta.model_dump(), "place": "Buurthuis\u202d"})
    assert session.update(Participant, "p-anja", area="Molen\u200bweg").area == "Molenweg"


def test_a_stored_record_drops_direction_overrides_instead(session: Session) -> None:
    record = session.model_dump(mode="json")
    record["wishes"][0]["text"] = "Licht \u202ebij de school\u202c"
    record["meta"]["title"] = "\u2067Avond\u2069"
    with pytest.raises(ValidationError):
        Session.model_validate(record)
    stored = Session.model_validate(record, context=STORED_RECORD)
    assert stored.wishes[0].text == "Licht bij de school"
    assert stored.meta.title == "Avond"


# -- one id per item -------------------------------------------------------------


def _twin(items: list[dict[str, Any]]) -> None:
    copy = dict(items[0])
    items.append(copy)


@pytest.mark.parametrize(
    ("path", "label"),
    [
        (("participants",), "Deelnemers"),
        (("wishes",), "Wensen"),
        (("actors",), "Actoren"),
        (("roles",), "Rollen"),
        (("contacts",), "Aanspreekpunten"),
        (("actions",), "Acties"),
        (("veiligheid", "contributions"), "Bijdragen"),
        (("veiligheid", "agreements"), "Hier zijn we het over eens"),
        (("veiligheid", "differences"), "Hier zien we het anders"),
        (("veiligheid", "verdicts"), "Oordelen per factor"),
        (("closing", "open_questions"), "Open vragen"),
    ],
)
def test_two_items_with_one_id_are_refused_in_every_list(
    demo: Session, path: tuple[str, ...], label: str
) -> None:
    record = demo.model_dump(mode="json")
    items = record
    for key in path:
        items = items[key]
    assert items, f"the demo has no {path}"
    _twin(items)
    twin_id = items[0]["id"]
    with pytest.raises(ValidationError) as info:
        Session.model_validate(record)
    messages = describe(info.value)
    assert messages == [
        f"{label}: hetzelfde id komt meer dan eens voor ({twin_id}); elk onderdeel heeft"
        " een eigen id nodig"
    ]


def test_assigning_a_list_with_twins_is_refused_and_leaves_no_trace(session: Session) -> None:
    before = session.model_dump()
    wish = session.wishes[0]
    with pytest.raises(ValidationError):
        session.wishes = [*session.wishes, wish]
    with pytest.raises(ValidationError):
        session.closing = Closing(
            open_questions=[Note(id="n-1", text="a"), Note(id="n-1", text="b")]
        )
    with pytest.raises(ValidationError):
        SafetyDefinition(
            contributions=[Contribution(id="c-1", text="a"), Contribution(id="c-1", text="b")]
        )
    session.wishes = list(session.wishes)  # same list again: fine
    assert session.model_dump()["wishes"] == before["wishes"]


def test_a_stored_record_with_twins_gets_fresh_ids_for_the_later_ones(demo: Session) -> None:
    record = demo.model_dump(mode="json")
    first = record["wishes"][0]
    record["wishes"].append({**first, "text": "Een tweede wens met hetzelfde id"})
    stored = Session.model_validate(record, context=STORED_RECORD)
    ids = [w.id for w in stored.wishes]
    assert ids[0] == first["id"]
    assert len(ids) == len(set(ids))
    assert stored.wishes[-1].text == "Een tweede wens met hetzelfde id"
    # Links keep pointing at the first of the twins.
    assert any(first["id"] in a.wish_ids for a in stored.actions) == any(
        first["id"] in a["wish_ids"] for a in record["actions"]
    )
