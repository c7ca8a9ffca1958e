"""Escaping and cleaning, one string at a time."""

from __future__ import annotations

import pytest

from cocreatie.export.clean import clean
from cocreatie.export.escape import md_block, md_cell, md_inline, md_line

from .mdcheck import CONTROL, parser


def rendered(md: str) -> str:
    return parser().render(md)


@pytest.mark.parametrize(
    ("raw", "seen"),
    [
        ("a | b", "a | b"),
        ("# Kop", "# Kop"),
        ("`code`", "`code`"),
        ("*nadruk* _x_ **vet**", "*nadruk* _x_ **vet**"),
        ("[x](javascript:alert(1))", "[x](javascript:alert(1))"),
        ("~~weg~~", "~~weg~~"),
        ("\\", "\\"),
        ("&amp; &#60;", "&amp;amp; &amp;#60;"),
        ("Verkeer & OOV", "Verkeer &amp; OOV"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ],
)
def test_inline_text_renders_as_itself(raw: str, seen: str) -> None:
    assert rendered(md_inline(raw)) == f"<p>{seen}</p>\n"


@pytest.mark.parametrize(
    "raw", ["- item", "+ item", "* item", "1. lijst", "1) lijst", "> citaat", "---", "==="]
)
def test_a_line_cannot_start_a_block(raw: str) -> None:
    assert rendered(md_inline(raw)) == f"<p>{raw.replace('>', '&gt;')}</p>\n"
    assert rendered(md_line(raw)) == f"<p>{raw.replace('>', '&gt;')}</p>\n"


def test_newlines_become_hard_breaks_inside_a_paragraph() -> None:
    md = md_inline("regel 1\n\n   - regel 2\n# regel 3")
    assert "\n\n" not in md
    assert rendered(md) == "<p>regel 1<br />\n- regel 2<br />\n# regel 3</p>\n"


def test_indentation_cannot_make_a_code_block() -> None:
    assert rendered(md_block("    code\n\n\tmeer")) == "<p>code</p>\n<p>meer</p>\n"


def test_a_cell_stays_on_one_line_and_keeps_its_pipes() -> None:
    cell = md_cell("a | b\nc")
    assert "\n" not in cell
    md = f"| kop |\n|---|\n| {cell} |\n"
    assert "<td>a | b / c</td>" in rendered(md)


def test_cells_keep_list_markers_readable() -> None:
    # Inside a table cell a "1." or "-" cannot start a list: no escape needed.
    assert md_cell("4. Het gesprek") == "4. Het gesprek"
    assert md_line("4. Het gesprek") == "4\\. Het gesprek"


def test_values_that_are_not_text() -> None:
    assert md_inline(None) == ""
    assert md_cell(12) == "12"


@pytest.mark.parametrize(
    "raw",
    [
        "\x1b[31mrood\x1b[0m",
        "\x1b]0;titel\x07tekst",
        "\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
        "\x1bPq#0;2;0;0;0\x1b\\tekst",
        "\x9b2Jtekst",
        "a\x00b\x07c\x08d\x7fe\x85f",
        "\x1bc\x1b(Btekst",
    ],
)
def test_escape_sequences_and_control_characters_are_stripped(raw: str) -> None:
    cleaned = clean(raw)
    assert not CONTROL.search(cleaned)
    assert "\x1b" not in cleaned and "[31m" not in cleaned and "0;titel" not in cleaned
    for escaped in (md_inline(raw), md_cell(raw), md_block(raw)):
        assert not CONTROL.search(escaped)


def test_clean_keeps_text_newlines_and_tabs() -> None:
    assert clean("a\r\nb\rc\td") == "a\nb\nc\td"
    assert clean("\x1b[1mvet\x1b[0m en gewoon") == "vet en gewoon"


def test_lone_surrogates_become_a_replacement_character() -> None:
    assert clean("a\ud800b") == "a\ufffdb"
    assert clean("a\ud800b").encode("utf-8")
