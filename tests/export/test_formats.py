"""HTML, CSV and JSON exports, and writing export files."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest

from cocreatie.export import (
    UnknownFormatError,
    by_extension,
    by_name,
    default_export_path,
    export_to_file,
    format_names,
    menu_formats,
    render,
)
from cocreatie.export.spreadsheet import safe_cell
from cocreatie.i18n import has, t
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate

from .mdcheck import CONTROL, TagCollector
from .sessions import RESIDENT_NAMES, RESIDENT_PHONE, build_session


def test_formats() -> None:
    assert format_names() == ("md", "html", "pdf", "csv", "ics", "json")
    assert [f.name for f in menu_formats()] == ["md", "html", "pdf", "csv", "ics"]


def test_every_format_is_found_by_name_and_extension_and_has_labels() -> None:
    for name in format_names():
        fmt = by_name(name.upper())
        assert fmt.name == name
        assert by_extension(f"uit/plan.{fmt.extension.upper()}") is fmt
        for lang in ("nl", "en"):
            assert has(fmt.label_key, lang), (fmt.label_key, lang)


def test_an_unknown_extension_has_no_format() -> None:
    assert by_extension("plan.odt") is None
    assert by_extension("plan") is None
    assert by_extension("docx") is None


def test_unknown_format_is_refused(session: Session, greenfield: SessionTemplate) -> None:
    with pytest.raises(UnknownFormatError):
        render(session, greenfield, "odt")


# -- html ----------------------------------------------------------------------


def test_html_is_one_standalone_page_with_a_print_stylesheet(
    session: Session, greenfield: SessionTemplate
) -> None:
    page = render(session, greenfield, "html").decode("utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert "<title>Actieplan: Greenfield Molenbuurt-noord</title>" in page
    assert "@media print" in page and "@page" in page
    assert "<link" not in page and "<script" not in page  # nothing fetched
    assert f"<h2>{t('export.heading.actions')}</h2>" in page
    assert "<th>Actie</th>" in page
    assert not any(name in page for name in RESIDENT_NAMES)


def test_html_title_and_body_escape_markup(greenfield: SessionTemplate) -> None:
    session = build_session(text=lambda s, _: '<script>x</script> & "q"')
    page = render(session, greenfield, "html").decode("utf-8")
    # markupsafe writes a double quote as &#34; (the same as &quot;).
    assert "<title>Actieplan: &lt;script&gt;x&lt;/script&gt; &amp; &#34;q&#34;</title>" in page
    assert "<script" not in page


def test_the_data_folders_stylesheet_wins(
    session: Session, greenfield: SessionTemplate, data_dir: Path
) -> None:
    own = data_dir / "templates" / "export" / "actieplan.css"
    own.parent.mkdir(parents=True)
    own.write_text("body { color: red; } </style><script>x</script>", encoding="utf-8")
    page = render(session, greenfield, "html", data_dir=data_dir).decode("utf-8")
    assert "body { color: red; }" in page
    assert "@media print" not in page
    # A stylesheet cannot close its own element and smuggle in a script.
    tags = TagCollector()
    tags.feed(page)
    assert "script" not in tags.tags
    assert page.count("</style>") == 1


# -- csv -----------------------------------------------------------------------


def read_csv(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_csv_has_one_row_per_action_with_dutch_headers(
    session: Session, greenfield: SessionTemplate, frozen_clock: object
) -> None:
    rows = read_csv(render(session, greenfield, "csv"))
    assert rows[0] == [
        "Actie",
        "Wens",
        "Factor",
        "Eigenaar",
        "Tweede eigenaar",
        "Aanspreekpunt",
        "Bereikbaar via",
        "Klaar op",
        "Terugkoppeling op",
        "Stand",
        "Hoe bewoners het merken",
        "Te laat op 2026-03-12",
    ]
    assert len(rows) == 1 + len(session.actions)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Actie"] == "Drempels plaatsen"
    assert first["Wens"] == "Drempels op de Molenweg tegen hard rijden"
    assert first["Factor"] == "Inrichting gebouwde omgeving, Signaalcriminaliteit en -overlast"
    assert first["Eigenaar"] == "Verkeerskundige (Gemeente)"
    assert first["Bereikbaar via"] == "verkeer@almere.example"
    assert (first["Klaar op"], first["Terugkoppeling op"]) == ("2026-06-01", "2026-05-01")
    assert first["Stand"] == "bezig"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+31 6 1234", "'+31 6 1234"),
        ("-1+1", "'-1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =1+1", "'=1+1"),
        ("\t=1", "'=1"),
        ("gewoon = tekst", "gewoon = tekst"),
        ("regel 1\nregel 2", "regel 1 / regel 2"),
    ],
)
def test_csv_cells_cannot_become_formulas(value: str, cell: str) -> None:
    assert safe_cell(value) == cell


def test_a_formula_typed_as_an_action_stays_text(greenfield: SessionTemplate) -> None:
    session = build_session(
        text=lambda s, _: "=cmd|' /C calc'!A0" if s == "Drempels plaatsen" else s
    )
    rows = read_csv(render(session, greenfield, "csv"))
    assert rows[1][0] == "'=cmd|' /C calc'!A0"


# -- json ----------------------------------------------------------------------


def test_json_with_names_is_the_full_record(session: Session, greenfield: SessionTemplate) -> None:
    data = json.loads(render(session, greenfield, "json", with_names=True))
    assert Session.model_validate(data) == session


def test_json_without_names_is_pseudonymised_and_still_valid(
    session: Session, greenfield: SessionTemplate
) -> None:
    text = render(session, greenfield, "json").decode("utf-8")
    assert not any(name in text for name in RESIDENT_NAMES)
    assert RESIDENT_PHONE not in text
    record = Session.model_validate(json.loads(text))
    assert [p.display_name for p in record.participants if p.is_resident] == [
        "Bewoner 1",
        "Bewoner 2",
        "Bewoner 3",
    ]


# -- files ---------------------------------------------------------------------


def test_default_export_path(session: Session, data_dir: Path) -> None:
    path = default_export_path(data_dir, session, "md")
    assert path == data_dir / "exports" / "2026-03-12-molenbuurt-sess0001.md"


def test_default_export_path_makes_a_safe_name(greenfield: SessionTemplate, data_dir: Path) -> None:
    session = build_session(
        text=lambda s, _: "../Wijk \u00e9\u00e9n/<x>" if s == "Molenbuurt" else s
    )
    path = default_export_path(data_dir, session, "html")
    assert path.parent == data_dir / "exports"
    assert path.name == "2026-03-12-wijk-een-x-sess0001.html"


def test_export_to_file_writes_the_rendered_bytes_privately(
    session: Session, greenfield: SessionTemplate, data_dir: Path
) -> None:
    target = default_export_path(data_dir, session, "md")
    written = export_to_file(session, greenfield, "md", target)
    assert written == target
    assert target.read_bytes() == render(session, greenfield, "md")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    # Exporting twice without changes: identical bytes, no leftovers.
    export_to_file(session, greenfield, "md", target)
    assert target.read_bytes() == render(session, greenfield, "md")
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_a_failed_export_leaves_the_old_file(
    session: Session, greenfield: SessionTemplate, data_dir: Path
) -> None:
    target = data_dir / "plan.md"
    target.write_bytes(b"oud")
    with pytest.raises(UnknownFormatError):
        export_to_file(session, greenfield, "docx", target)
    assert target.read_bytes() == b"oud"
    assert sorted(p.name for p in data_dir.iterdir()) == ["plan.md"]


# -- control characters that got past the model ---------------------------------


def test_control_characters_that_bypassed_the_model_are_stripped_everywhere(
    greenfield: SessionTemplate,
) -> None:
    session = build_session()
    # Simulate an old or hand-made record: set fields without validation.
    object.__setattr__(session.meta, "title", "\x1b[31mRood\x1b[0m plan\x07")
    object.__setattr__(session.actions[0], "title", "Drempels\x1b]0;hack\x07 \x9b2Jnu\x85")
    object.__setattr__(session.wishes[0], "text", "Wens\x00 met\x08 rommel\r\nen CR")
    for fmt in ("md", "html", "csv", "json"):
        text = render(session, greenfield, fmt, with_names=True).decode("utf-8")
        assert not CONTROL.search(text), fmt
        assert "\x1b" not in text and "\x9b" not in text
        if fmt != "json":
            assert "[31m" not in text and "0;hack" not in text, fmt
    md = render(session, greenfield, "md").decode("utf-8")
    assert md.startswith("# Actieplan: Rood plan\n")
    assert "| Drempels nu |" in md
