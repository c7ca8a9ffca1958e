"""The TOML position index that gives template errors their line numbers."""

from __future__ import annotations

from cocreatie.templating.lines import TomlPositions

TEXT = '''# comment with key = "value"
id = "x"
description = """Text that spans
steps = "not a key, inside the string"
lines."""

[voting]
dots_per_participant = 3  # trailing comment

[[steps]]
type = "wishes"
questions = [
  "a = b",
  "[[steps]] is not a header here",
]

[[steps]]
"type" = 'closing'
nested.key = 1

[comparison]
left = ["resident"]
'''


def test_top_level_keys_and_tables() -> None:
    positions = TomlPositions(TEXT)
    assert positions.line_of(("id",)) == 2
    assert positions.line_of(("description",)) == 3
    assert positions.line_of(("voting",)) == 7
    assert positions.line_of(("voting", "dots_per_participant")) == 8
    assert positions.line_of(("comparison", "left")) == 22


def test_multiline_strings_and_arrays_hide_their_contents() -> None:
    positions = TomlPositions(TEXT)
    # "steps = ..." inside the description must not count as a key, and the
    # fake header inside the array must not count as a third step.
    assert positions.line_of(("steps",)) == 10
    assert positions.line_of(("steps", 1)) == 17


def test_array_of_tables_entries_and_their_keys() -> None:
    positions = TomlPositions(TEXT)
    assert positions.line_of(("steps", 0, "type")) == 11
    assert positions.line_of(("steps", 1, "type")) == 18  # quoted key
    assert positions.line_of(("steps", 1, "nested", "key")) == 19  # dotted key


def test_unknown_parts_fall_back_to_the_nearest_known_line() -> None:
    positions = TomlPositions(TEXT)
    assert positions.line_of(("steps", 0, "questions", 1)) == 12
    assert positions.line_of(("steps", 1, "title")) == 17
    assert positions.line_of(("nothing",)) is None
