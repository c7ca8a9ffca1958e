"""Template files that try to break the terminal or the reader.

Every text of a template reaches a screen, so an escape sequence in any of
them (a step title with ESC repainted the terminal and retitled it) is
refused in the usual ``file:line: where: what`` form; so are direction
overrides. Absurd files (nesting far too deep, numbers of thousands of
digits) give one line, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from templatehelpers import line_of, problems, replace_once

from cocreatie.templating import own_folder, read_template_file
from cocreatie.templating.outline import outline_steps

SRC = "templates/x.toml"
CONTROL = "bevat een stuurteken of escapecode (zoals ESC of \\u001b); haal het weg"
BIDI = "bevat een teken dat de leesrichting omdraait (U+202A-U+202E of U+2066-U+2069); haal het weg"

# (the line to change, its occurrence, where the problem is reported)
TEXTS = [
    ('title = "Greenfield-sessie in de buurt"', 1, "title"),
    ('title = "Wensen"', 1, "stap 4: title"),
    ('prompt = """Wat zou u graag anders zien?', 1, "stap 4: prompt"),
    ('name = "Verloedering"', 1, "factor 2: name"),
    ('left_label = "Bewoners"', 1, "[comparison]: left_label"),
    ('label = "Ondernemer"', 1, "deelnemerssoort 3: label"),
]


def _with(text: str, line: str, occurrence: int, inserted: str) -> str:
    key, _, value = line.partition(" = ")
    quote = '"""' if value.startswith('"""') else '"'
    changed = f"{key} = {quote}{inserted}{value[len(quote) :]}"
    return replace_once(text, line, changed, occurrence)


@pytest.mark.parametrize(("line", "occurrence", "where"), TEXTS)
@pytest.mark.parametrize(
    "escape", ["\\u001b]0;GEHACKT\\u0007", "\\u001b[2J", "\\u009b31m", "\\u0007", "\\u007f"]
)
def test_an_escape_sequence_in_any_text_is_refused_at_its_line(
    greenfield_text: str, line: str, occurrence: int, where: str, escape: str
) -> None:
    text = _with(greenfield_text, line, occurrence, escape)
    number = line_of(text, escape)
    assert problems(text) == [f"{SRC}:{number}: {where}: {CONTROL}"]


@pytest.mark.parametrize(("line", "occurrence", "where"), TEXTS)
def test_a_direction_override_in_any_text_is_refused(
    greenfield_text: str, line: str, occurrence: int, where: str
) -> None:
    text = _with(greenfield_text, line, occurrence, "\\u202e")
    number = line_of(text, "\\u202e")
    assert problems(text) == [f"{SRC}:{number}: {where}: {BIDI}"]


def test_a_question_with_an_escape_names_the_question(greenfield_text: str) -> None:
    text = replace_once(greenfield_text, "questions = [", 'questions = [\n  "\\u001b[5m",', 4)
    number = line_of(text, "questions = [", 4)  # a list is located by its key
    [message] = problems(text)
    assert message == f"{SRC}:{number}: stap 4: vraag 1: {CONTROL}"


def test_zero_width_characters_are_dropped_from_template_texts(greenfield_text: str) -> None:
    from cocreatie.templating import parse_template

    text = greenfield_text.replace('title = "Wensen"', 'title = "Wen\\u200bsen\\ufeff"')
    template = parse_template(text, SRC)
    assert template.steps[3].title == "Wensen"
    assert template.steps[3].type.value == "wishes"  # enum fields stay enums


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a = " + "[" * 100_000 + "]" * 100_000, "de gegevens zijn veel dieper genest"),
        ("a = " + "[" * 200 + "]" * 200, "de gegevens zijn veel dieper genest"),
        ("a = " + "9" * 5000, "er staat een getal in van duizenden cijfers"),
    ],
    ids=["deep-100000", "deep-200", "number-5000-digits"],
)
def test_absurd_files_give_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "raar.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(Exception) as caught:
        read_template_file(path, "raar.toml")
    assert type(caught.value).__name__ == "TemplateError"
    [line] = caught.value.messages  # type: ignore[attr-defined]
    assert line.startswith(f"raar.toml: {message}")


def test_the_first_paint_never_shows_an_escape_sequence(
    data_dir: Path, greenfield_text: str
) -> None:
    folder = own_folder(data_dir)
    folder.mkdir(parents=True)
    hostile = greenfield_text.replace('title = "Wensen"', 'title = "\\u001b]0;GEHACKT\\u0007"')
    (folder / "greenfield-buurt.toml").write_text(hostile, encoding="utf-8")
    assert outline_steps("greenfield-buurt", data_dir) is None
    (folder / "greenfield-buurt.toml").write_text("a = " + "9" * 5000, encoding="utf-8")
    assert outline_steps("greenfield-buurt", data_dir) is not None  # the shipped one
