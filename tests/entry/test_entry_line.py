"""Cutting a line into parts, the ``#`` codes, and dates as typed in a meeting."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from cocreatie.entry.codes import Code, read_codes
from cocreatie.entry.dates import read_date
from cocreatie.entry.line import split_line

CODES = [
    Code("factor_ids", "f3", "Onbekende anderen", number=3),
    Code("factor_ids", "f7", "Inrichting gebouwde omgeving", number=7),
    Code("factor_ids", "f12", "Communicatie", number=12),
    Code("factor_ids", "f1", "Signaalcriminaliteit", number=1),
    Code("time_of_day", "evening", "avond", letter="a"),
    Code("scale", "small_norm", "kleine norm", letter="k"),
    Code("location_type", "licht", "Slecht verlicht"),
    Code("location_type", "route", "Onveilige route"),
    Code("location_type", "oversteek", "Oversteekplaats"),
]


def test_a_sigil_starts_a_part_only_at_a_word_start() -> None:
    line = split_line("Mail k.bos@welzijn.nl @De Bazuin  #7 a", "@#")
    assert line.head == "Mail k.bos@welzijn.nl"
    assert [p.typed for p in line.parts] == ["@De Bazuin", "#7 a"]
    assert line.first("#") is not None and line.first("#").text == "7 a"  # type: ignore[union-attr]
    assert line.first("!") is None


@given(st.text(alphabet="ab @#,:", max_size=40))
def test_nothing_typed_is_lost_when_cutting(text: str) -> None:
    line = split_line(text, "@#")
    pieces = [line.head, *(p.typed for p in line.parts)]
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_numbers_letters_and_words() -> None:
    read = read_codes("73ak", CODES)
    assert [c.value for c in read.chosen] == ["f7", "f3", "evening", "small_norm"]
    assert [c.value for c in read_codes("12", CODES).chosen] == ["f12"]  # not 1 and 2
    assert [c.value for c in read_codes("7 avond", CODES).chosen] == ["f7", "evening"]
    assert [c.value for c in read_codes("verl", CODES).chosen] == ["licht"]


def test_an_unknown_token_and_what_follows_go_back_as_typed() -> None:
    read = read_codes("7 op de stoep", CODES)
    assert [c.value for c in read.chosen] == ["f7"]
    assert read.rest == "op de stoep"
    assert read.recognised
    nothing = read_codes("hallo 7", CODES)
    assert not nothing.recognised and nothing.rest == "hallo 7"


def test_a_word_that_fits_several_choices_is_a_question() -> None:
    read = read_codes("o", CODES)  # no letter "o": nothing
    assert not read.recognised
    several = read_codes("onve", [*CODES, Code("location_type", "x", "Onverlicht pad")])
    assert several.chosen == []
    assert len(several.questions) == 1
    assert {c.label for c in several.questions[0].candidates} == {
        "Onveilige route",
        "Onverlicht pad",
    }


def test_plain_numbers_fill_the_number_field() -> None:
    read = read_codes("27", CODES, plain_numbers=True)
    assert read.numbers == [27] and read.chosen == []


TODAY = date(2026, 5, 20)


def test_dates_people_type() -> None:
    assert read_date("2026-06-01", TODAY) == date(2026, 6, 1)
    assert read_date("1-6", TODAY) == date(2026, 6, 1)
    assert read_date("1/3", TODAY) == date(2027, 3, 1)  # already past this year
    assert read_date("20-5", TODAY) == TODAY
    assert read_date("1-6-27", TODAY) == date(2027, 6, 1)
    assert read_date("+10d", TODAY) == date(2026, 5, 30)
    assert read_date("+2w", TODAY) == date(2026, 6, 3)
    assert read_date("+1m", TODAY) == date(2026, 6, 19)


def test_not_a_date() -> None:
    for text in ("31-2", "morgen", "", "2026-13-01", "+", "1-6-123"):
        assert read_date(text, TODAY) is None, text
