"""Every kind of template error: one ``file:line: where: what`` line each.

The broken files are the shipped greenfield template with one thing changed,
so the expected line number is found in the text rather than hard-coded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from templatehelpers import line_of, problems, replace_once

from cocreatie.i18n import set_language
from cocreatie.templating import TemplateError, read_template_file

SRC = "templates/x.toml"
STEP_TYPES = (
    "preparation, participants, definition, common_ground, wishes, roles, contacts, "
    "actions, follow_up, statements, closing"
)
DOMAINS = (
    "oov, verkeer, beheer_openbare_ruimte, sociaal_domein, politie, corporatie, welzijn, "
    "bewoners, overig"
)


def test_toml_syntax_error_names_the_line_and_column(greenfield_text: str) -> None:
    text = greenfield_text.replace("prioritise_top = 5", "prioritise_top = vijf")
    line = line_of(text, "prioritise_top = vijf")
    assert problems(text) == [
        f"{SRC}:{line}: geen geldige TOML (kolom 18): "
        "ongeldige waarde; staat tekst tussen aanhalingstekens?"
    ]


def test_toml_syntax_error_unclosed_header(greenfield_text: str) -> None:
    text = greenfield_text.replace("[limits]", "[limits")
    line = line_of(text, "[limits")
    assert problems(text) == [
        f"{SRC}:{line}: geen geldige TOML (kolom 8): kopje is niet afgesloten met ] of ]]"
    ]


def test_toml_duplicate_key_is_a_syntax_error(greenfield_text: str) -> None:
    text = greenfield_text.replace('id = "greenfield-buurt"', 'id = "a"\nid = "b"')
    line = line_of(text, 'id = "b"')
    [message] = problems(text)
    assert message.startswith(f"{SRC}:{line}: geen geldige TOML")
    assert message.endswith("deze naam of tabel staat er al eerder in")


def test_unknown_step_type(greenfield_text: str) -> None:
    # The fourth [[steps]] is the wishes step.
    text = greenfield_text.replace('type = "wishes"', 'type = "wensen2"')
    line = line_of(text, 'type = "wensen2"')
    assert problems(text) == [
        f'{SRC}:{line}: stap 4: onbekend staptype "wensen2" (kies uit: {STEP_TYPES})'
    ]


def test_unknown_step_type_in_english(greenfield_text: str) -> None:
    set_language("en")
    text = greenfield_text.replace('type = "wishes"', 'type = "wensen2"')
    line = line_of(text, 'type = "wensen2"')
    assert problems(text, "templates/oov-verkeer.toml") == [
        f'templates/oov-verkeer.toml:{line}: step 4: unknown step type "wensen2" '
        f"(choose from: {STEP_TYPES})"
    ]


def test_missing_required_field_points_at_its_entry(greenfield_text: str) -> None:
    text = greenfield_text.replace('title = "Deelnemers"\n', "")
    header = line_of(text, "[[steps]]", occurrence=2)
    assert problems(text) == [f'{SRC}:{header}: stap 2: het veld "title" ontbreekt']


def test_missing_top_level_field_has_no_line(greenfield_text: str) -> None:
    text = greenfield_text.replace('title = "Greenfield-sessie in de buurt"\n', "")
    assert problems(text) == [f'{SRC}: het veld "title" ontbreekt']


def test_bad_type(greenfield_text: str) -> None:
    text = replace_once(greenfield_text, "timebox_minutes = 30", 'timebox_minutes = "dertig"')
    line = line_of(text, '"dertig"')
    assert problems(text) == [
        f"{SRC}:{line}: stap 3: timebox_minutes: moet een heel getal zijn, in cijfers en "
        'zonder aanhalingstekens (ingevuld: "dertig")'
    ]


def test_bad_boolean(greenfield_text: str) -> None:
    text = replace_once(greenfield_text, "core = true", 'core = "ja"')
    line = line_of(text, 'core = "ja"')
    assert problems(text) == [
        f'{SRC}:{line}: factor 1: core: moet true of false zijn (ingevuld: "ja")'
    ]


def test_no_accountable_role(greenfield_text: str) -> None:
    text = greenfield_text.replace("accountable = true", "accountable = false")
    first_role = line_of(text, "[[roles]]")
    assert problems(text) == [
        f"{SRC}:{first_role}: geen enkele rol heeft accountable = true; "
        "precies één rol moet eindverantwoordelijk zijn"
    ]


def test_two_accountable_roles_point_at_the_second(greenfield_text: str) -> None:
    text = greenfield_text.replace(
        'description = "Doet mee en levert een bijdrage."',
        'description = "Doet mee."\naccountable = true',
    )
    line = line_of(text, "accountable = true", occurrence=2)
    assert problems(text) == [
        f"{SRC}:{line}: rol 3: 2 rollen hebben accountable = true (aanjager, deelnemer); "
        "er mag er precies één zijn"
    ]


def test_unknown_role_limit_lists_the_choices(greenfield_text: str) -> None:
    text = greenfield_text.replace('per_wish = "at_most_one"', 'per_wish = "twee"')
    line = line_of(text, 'per_wish = "twee"')
    assert problems(text) == [
        f'{SRC}:{line}: rol 2: per_wish: onbekende waarde "twee" '
        "(kies uit: any, at_most_one, exactly_one)"
    ]


def test_duplicate_ids(greenfield_text: str) -> None:
    text = greenfield_text.replace('id = "toehoorder"', 'id = "aanjager"')
    line = line_of(text, 'id = "aanjager"', occurrence=2)
    assert problems(text) == [
        f'{SRC}:{line}: rol 4: id "aanjager" komt al voor bij nummer 1; '
        "elk id mag maar één keer voorkomen"
    ]


def test_duplicate_step_ids_from_repeated_types(greenfield_text: str) -> None:
    # Two steps of one type both default their id to the type.
    text = greenfield_text.replace('type = "roles"', 'type = "wishes"')
    line = line_of(text, "[[steps]]", occurrence=5)
    assert problems(text) == [
        f'{SRC}:{line}: stap 5: id "wishes" komt al voor bij nummer 4; '
        "elk id mag maar één keer voorkomen"
    ]


def test_timebox_out_of_range(greenfield_text: str) -> None:
    text = greenfield_text.replace("timebox_minutes = 25", "timebox_minutes = 300")
    line = line_of(text, "timebox_minutes = 300")
    assert problems(text) == [
        f"{SRC}:{line}: stap 7: timebox_minutes: mag hoogstens 240 zijn (ingevuld: 300)"
    ]


def test_negative_timebox(greenfield_text: str) -> None:
    text = greenfield_text.replace("timebox_minutes = 25", "timebox_minutes = -5")
    line = line_of(text, "timebox_minutes = -5")
    assert problems(text) == [
        f"{SRC}:{line}: stap 7: timebox_minutes: moet minstens 0 zijn (ingevuld: -5)"
    ]


def test_unknown_domain(greenfield_text: str) -> None:
    text = greenfield_text.replace('domain = "verkeer"', 'domain = "verkeersdienst"')
    line = line_of(text, "verkeersdienst")
    assert problems(text) == [
        f'{SRC}:{line}: actor 7: onbekend domein "verkeersdienst" (kies uit: {DOMAINS})'
    ]


def test_unknown_domain_in_comparison(greenfield_text: str) -> None:
    text = greenfield_text.replace('by = "kind"', 'by = "domain"').replace(
        'left = ["resident"]', 'left = ["ov"]'
    )
    line = line_of(text, 'left = ["ov"]')
    assert problems(text) == [
        f'{SRC}:{line}: [comparison]: left, waarde 1: onbekend domein "ov" (kies uit: {DOMAINS})'
    ]


def test_unknown_participant_kind_in_comparison(greenfield_text: str) -> None:
    text = greenfield_text.replace('right = ["professional"]', 'right = ["prof"]')
    line = line_of(text, 'right = ["prof"]')
    assert problems(text) == [
        f'{SRC}:{line}: [comparison]: right, waarde 1: onbekende deelnemerssoort "prof" '
        "(kies uit: resident, professional, ondernemer)"
    ]


def test_unknown_key_suggests_the_right_one(greenfield_text: str) -> None:
    text = greenfield_text.replace("timebox_minutes = 25", "timebox_minuten = 25")
    line = line_of(text, "timebox_minuten")
    assert problems(text) == [
        f'{SRC}:{line}: stap 7: onbekend veld "timebox_minuten"; bedoelt u "timebox_minutes"?'
    ]


def test_unknown_top_level_key(greenfield_text: str) -> None:
    text = greenfield_text.replace("retention_days = 365", "bewaren = 365")
    line = line_of(text, "bewaren = 365")
    assert problems(text) == [f'{SRC}:{line}: onbekend veld "bewaren"']


def test_unknown_key_in_a_table(greenfield_text: str) -> None:
    text = greenfield_text.replace("dots_per_participant = 3", "dots_per_participants = 3")
    line = line_of(text, "dots_per_participants")
    assert problems(text) == [
        f'{SRC}:{line}: [voting]: onbekend veld "dots_per_participants"; '
        'bedoelt u "dots_per_participant"?'
    ]


def test_bad_id_shape(greenfield_text: str) -> None:
    text = greenfield_text.replace('id = "hotspot"', 'id = "Hot Spot"')
    line = line_of(text, '"Hot Spot"')
    assert problems(text) == [
        f'{SRC}:{line}: locatiesoort 4: id: "Hot Spot" mag alleen kleine letters, cijfers, '
        "- en _ bevatten (hoogstens 40 tekens)"
    ]


def test_literal_choice(greenfield_text: str) -> None:
    text = greenfield_text.replace('by = "kind"', 'by = "soort"')
    line = line_of(text, 'by = "soort"')
    assert problems(text) == [
        f'{SRC}:{line}: [comparison]: by: kies uit: kind, domain (ingevuld: "soort")'
    ]


def test_empty_prompt(greenfield_text: str) -> None:
    text = greenfield_text.replace('prompt = """Wie pakt', 'prompt = ""\nnote = """Wie pakt')
    prompt_line = line_of(text, 'note = """Wie pakt') - 1
    assert problems(text) == [
        f"{SRC}:{prompt_line}: stap 5: prompt: mag niet leeg zijn",
        f'{SRC}:{prompt_line + 1}: stap 5: onbekend veld "note"',
    ]


def test_question_that_is_not_text(greenfield_text: str) -> None:
    text = greenfield_text.replace('"Op welk moment van de dag voelt het anders?"', "3")
    line = line_of(text, "questions = [", occurrence=3)
    assert problems(text) == [
        f"{SRC}:{line}: stap 3: vraag 2: moet tekst tussen aanhalingstekens zijn (ingevuld: 3)"
    ]


def test_follow_up_step_needs_requires_previous(greenfield_text: str) -> None:
    text = greenfield_text.replace('type = "closing"', 'type = "follow_up"')
    line = line_of(text, 'type = "follow_up"')
    assert problems(text) == [
        f"{SRC}:{line}: stap 8: een follow_up-stap kan alleen in een sjabloon met "
        "requires_previous = true"
    ]


def test_several_problems_are_all_reported(greenfield_text: str) -> None:
    text = greenfield_text.replace('type = "wishes"', 'type = "wensen2"').replace(
        "timebox_minutes = 25", "timebox_minutes = 300"
    )
    found = problems(text)
    assert len(found) == 2
    assert "stap 4: onbekend staptype" in found[0]
    assert "stap 7: timebox_minutes: mag hoogstens 240" in found[1]


def test_steps_missing_entirely(greenfield_text: str) -> None:
    text = greenfield_text.replace("[[steps]]", "[[stappen]]")
    line = line_of(text, "[[stappen]]")
    assert problems(text) == [
        f'{SRC}: het veld "steps" ontbreekt',
        f'{SRC}:{line}: onbekend veld "stappen"',
    ]


def test_file_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(TemplateError) as caught:
        read_template_file(missing, "nope.toml")
    assert caught.value.messages == ("nope.toml: bestand niet gevonden",)


def test_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "Oversteek bij de café"'.encode("latin-1"))
    with pytest.raises(TemplateError) as caught:
        read_template_file(path, "latin1.toml")
    assert caught.value.messages == (
        "latin1.toml: het bestand is geen UTF-8-tekst; sla het op als UTF-8",
    )


def test_byte_order_mark_is_accepted(tmp_path: Path, greenfield_text: str) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + greenfield_text.encode("utf-8"))
    assert read_template_file(path).id == "greenfield-buurt"


def test_unknown_language(greenfield_text: str) -> None:
    text = greenfield_text.replace('language = "nl"', 'language = "de"')
    line = line_of(text, 'language = "de"')
    assert problems(text) == [f'{SRC}:{line}: language: kies uit: nl, en (ingevuld: "de")']


def test_a_list_where_text_belongs(greenfield_text: str) -> None:
    text = greenfield_text.replace(
        'title = "Greenfield-sessie in de buurt"', 'title = ["Greenfield"]'
    )
    line = line_of(text, 'title = ["Greenfield"]')
    assert problems(text) == [
        f"{SRC}:{line}: title: moet tekst tussen aanhalingstekens zijn (ingevuld: …)"
    ]
