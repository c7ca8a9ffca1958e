"""Hostile input to every command: one line on stderr, status 2, nothing written.

Damaged session files never hide the good ones; files built to break a
parser (nesting 100,000 deep, a 5,000-digit number), empty and binary files,
folders where files belong and unreadable files all get a sentence.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from clihelpers import Run, files_in

from cocreatie.demo import DEMO_ID
from cocreatie.store.repository import SessionRepository

REPO = Path(__file__).resolve().parents[2]
DEEP = '{"session": {"1": ' + "[" * 100_000 + "]" * 100_000 + "}}"
LONG_NUMBER = '{"session": {"1": {"id": "getal1", "x": ' + "9" * 5000 + "}}}"


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    (line,) = err.splitlines()
    assert line.startswith("cocreatie: ")
    return line


@pytest.fixture
def hostile_folder(data_dir: Path, with_demo: str) -> Path:
    (data_dir / "diep1.json").write_text(DEEP, encoding="utf-8")
    (data_dir / "getal1.json").write_text(LONG_NUMBER, encoding="utf-8")
    return data_dir


# -- damaged session files in the data folder ----------------------------------


def test_list_shows_every_good_session_beside_hostile_files(run: Run, hostile_folder: Path) -> None:
    result = run("list", "--json")
    assert result.code == 0, result.err
    rows = {row["id"]: row for row in json.loads(result.out)}
    assert set(rows) == {DEMO_ID, "diep1", "getal1"}
    assert not rows[DEMO_ID]["damaged"]
    assert rows["diep1"]["damaged"] and rows["diep1"]["problem"].startswith("too-deep")
    assert rows["getal1"]["damaged"] and rows["getal1"]["problem"].startswith("number-too-long")


def test_export_of_a_good_session_works_beside_hostile_files(
    run: Run, hostile_folder: Path
) -> None:
    result = run("export", DEMO_ID)
    assert result.code == 0, result.err
    assert result.out.startswith("# Actieplan: ")


def test_export_of_a_hostile_file_is_one_line_and_moves_nothing(
    run: Run, hostile_folder: Path
) -> None:
    before = files_in(hostile_folder)
    result = run("export", "diep1")
    assert result.code == 2
    line = _one_line(result.err)
    assert str(hostile_folder / "diep1.json") in line
    assert "is beschadigd (too-deep" in line
    assert files_in(hostile_folder) == before


def test_erase_in_a_hostile_file_quarantines_it_and_names_where(
    run: Run, hostile_folder: Path
) -> None:
    result = run("erase", "getal1", "Anja")
    assert result.code == 2
    line = _one_line(result.err)
    (moved,) = (hostile_folder / ".damaged").iterdir()
    assert str(moved) in line
    assert moved.read_text(encoding="utf-8") == LONG_NUMBER  # never deleted
    assert not (hostile_folder / "getal1.json").exists()


def test_actions_skips_hostile_files_and_names_them(run: Run, hostile_folder: Path) -> None:
    result = run("actions")
    assert result.code == 0, result.err
    assert "diep1" in result.out and "getal1" in result.out
    assert "Proef met een maandelijks spreekuur" in result.out


# -- import --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (DEEP.encode(), "veel dieper genest dan een sessie ooit is"),
        (("[" * 500 + "]" * 500).encode(), "veel dieper genest dan een sessie ooit is"),
        (LONG_NUMBER.encode(), "er staat een getal in van duizenden cijfers"),
        (b"", "is leeg"),
        (b"  \n", "is leeg"),
        (bytes(range(256)) * 4, "is geen tekstbestand (geen UTF-8)"),
        (b'"alleen tekst"', "bevat geen sessie"),
    ],
    ids=["deep-100000", "deep-500", "number-5000", "empty", "blank", "binary", "not-object"],
)
def test_import_of_a_hostile_file_is_one_line(
    run: Run, data_dir: Path, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    before = files_in(data_dir)
    result = run("import", str(path))
    assert result.code == 2
    assert expected in _one_line(result.err)
    assert files_in(data_dir) == before


def test_import_of_a_folder_is_one_line(run: Run, tmp_path: Path) -> None:
    (tmp_path / "map.json").mkdir()
    result = run("import", str(tmp_path / "map.json"))
    assert result.code == 2
    assert "is een map, geen bestand" in _one_line(result.err)


def test_import_of_an_unreadable_file_is_one_line(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, for whom chmod 000 changes nothing: deny in Python.
    path = tmp_path / "geheim.json"
    path.write_text("{}", encoding="utf-8")
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    result = run("import", str(path))
    assert result.code == 2
    line = _one_line(result.err)
    assert str(path) in line and "Permission denied" in line


def test_import_of_a_file_too_big_for_memory_is_one_line(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "enorm.json"
    path.write_text("{}", encoding="utf-8")

    def too_big(self: Path) -> bytes:
        raise MemoryError

    monkeypatch.setattr(Path, "read_bytes", too_big)
    result = run("import", str(path))
    assert result.code == 2
    assert "Te weinig geheugen" in _one_line(result.err)


def _demo_record(repo: SessionRepository) -> dict:
    with repo.open(DEMO_ID, read_only=True) as opened:
        record = opened.session.model_dump(mode="json")
    record["id"] = "kopie-1"
    return record


def test_import_refuses_two_wishes_with_one_id(
    run: Run, repo: SessionRepository, with_demo: str, data_dir: Path, tmp_path: Path
) -> None:
    record = _demo_record(repo)
    record["wishes"].append({**record["wishes"][0], "text": "Nog een wens"})
    path = tmp_path / "dubbel.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    before = files_in(data_dir)
    result = run("import", str(path))
    assert result.code == 2
    line = _one_line(result.err)
    assert f"Wensen: hetzelfde id komt meer dan eens voor ({record['wishes'][0]['id']})" in line
    assert files_in(data_dir) == before


def test_import_refuses_twin_ids_in_notes_too(
    run: Run, repo: SessionRepository, with_demo: str, tmp_path: Path
) -> None:
    record = _demo_record(repo)
    notes = record["veiligheid"]["agreements"]
    notes.append({**notes[0], "text": "Nog een afspraak"})
    path = tmp_path / "dubbel.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    result = run("import", str(path))
    assert result.code == 2
    assert "Hier zijn we het over eens: hetzelfde id" in _one_line(result.err)


def test_import_refuses_direction_overrides_and_drops_zero_width(
    run: Run, repo: SessionRepository, with_demo: str, tmp_path: Path
) -> None:
    record = _demo_record(repo)
    record["wishes"][0]["text"] = "Drempels \u202eloohcs ed ij\u202c"
    path = tmp_path / "bidi.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    result = run("import", str(path))
    assert result.code == 2
    assert "leesrichting" in _one_line(result.err)

    record["wishes"][0]["text"] = "Drempels\u200b bij de\ufeff school"
    path.write_text(json.dumps(record), encoding="utf-8")
    result = run("import", str(path))
    assert result.code == 0, result.err
    with repo.open("kopie-1", read_only=True) as opened:
        assert opened.session.wishes[0].text == "Drempels bij de school"


# -- templates --check ------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"a = " + b"[" * 100_000 + b"]" * 100_000, "veel dieper genest"),
        (b"a = " + b"9" * 5000, "getal in van duizenden cijfers"),
        (bytes(range(256)) * 4, "geen UTF-8-tekst"),
    ],
    ids=["deep", "number", "binary"],
)
def test_templates_check_of_an_absurd_file_is_one_line(
    run: Run, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "raar.toml"
    path.write_bytes(content)
    result = run("templates", "--check", str(path))
    assert result.code == 2
    assert "Traceback" not in result.err
    (line,) = result.err.splitlines()  # compiler style: file: what
    assert line.startswith(f"{path}: ") and expected in line


def test_templates_check_refuses_an_escape_sequence_in_a_title(run: Run, tmp_path: Path) -> None:
    text = (REPO / "templates" / "greenfield-buurt.toml").read_text(encoding="utf-8")
    text = text.replace('title = "Wensen"', 'title = "\\u001b]0;GEHACKT\\u0007Wensen"')
    path = tmp_path / "eigen.toml"
    path.write_text(text, encoding="utf-8")
    result = run("templates", "--check", str(path))
    assert result.code == 2
    line = result.err.strip()
    assert line.startswith(f"{path}:") and ": stap 4: title: bevat een stuurteken" in line
    assert "\x1b" not in result.err + result.out


def test_templates_check_of_a_folder_and_of_nothing(run: Run, tmp_path: Path) -> None:
    result = run("templates", "--check", str(tmp_path), str(tmp_path / "weg.toml"))
    assert result.code == 2
    assert "Traceback" not in result.err
    assert len(result.err.splitlines()) == 2


# -- export -o ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["plan.odt", "plan.docx", "plan.txt"])
def test_export_refuses_an_extension_it_cannot_write(
    run: Run, with_demo: str, tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    result = run("export", DEMO_ID, "-o", str(target))
    assert result.code == 2
    suffix = name.rsplit(".", 1)[1]
    assert _one_line(result.err) == (
        f"cocreatie: Bestanden met de extensie .{suffix} kan cocreatie niet maken."
        " Kies een van: md, html, pdf, csv, ics, json."
    )
    assert not target.exists()


def test_export_refuses_a_format_that_contradicts_the_extension(
    run: Run, with_demo: str, tmp_path: Path
) -> None:
    result = run("export", DEMO_ID, "--format", "md", "-o", str(tmp_path / "plan.html"))
    assert result.code == 2
    assert "past niet bij --format md" in _one_line(result.err)


def test_export_extension_list_comes_from_the_export_package(
    run: Run, with_demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cocreatie.export import formats

    shipped = formats.all_formats()
    odt = formats.ExportFormat(name="odt", extension="odt", render=lambda job: b"PK", order=99)
    monkeypatch.setattr(formats, "all_formats", lambda: (*shipped, odt))
    result = run("export", DEMO_ID, "-o", str(tmp_path / "plan.rtf"))
    assert "md, html, pdf, csv, ics, json, odt" in _one_line(result.err)
    assert run("export", DEMO_ID, "-o", str(tmp_path / "plan.odt")).code == 0
    assert (tmp_path / "plan.odt").read_bytes() == b"PK"


def test_export_onto_a_full_disk_names_the_target(
    run: Run, with_demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cocreatie.store import atomic

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", full)
    target = tmp_path / "plan.md"
    result = run("export", DEMO_ID, "-o", str(target))
    assert result.code == 2
    assert _one_line(result.err) == (
        f"cocreatie: De schijf is vol; {target} kon niet worden opgeslagen."
        " Maak ruimte en probeer het opnieuw."
    )
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]  # no temporary file left


def test_export_into_a_folder_name_is_one_line(run: Run, with_demo: str, tmp_path: Path) -> None:
    (tmp_path / "uit.md").mkdir()
    result = run("export", DEMO_ID, "-o", str(tmp_path / "uit.md"))
    assert result.code == 2
    assert f"{tmp_path / 'uit.md'} is een map" in _one_line(result.err)


def test_export_into_an_unwritable_folder_names_the_target(
    run: Run, with_demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cocreatie.store import atomic

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", "/ergens/.plan.md.123.tmp")

    monkeypatch.setattr(atomic.os, "open", denied)
    target = tmp_path / "plan.md"
    result = run("export", DEMO_ID, "-o", str(target))
    assert result.code == 2
    line = _one_line(result.err)
    assert line == f"cocreatie: Opslaan van {target} is mislukt: Permission denied"


# -- --lang en --------------------------------------------------------------------


def test_export_lang_en_writes_the_english_plan(
    run: Run, with_demo: str, frozen_clock: object
) -> None:
    # Frozen on 12 March 2026, so which action is late does not depend on today.
    result = run("--lang", "en", "export", DEMO_ID)
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith("# Action plan: Greenfield Molenbuurt")
    assert "- **Date:** 12 February 2026" in out
    assert "## Who took part" in out and "## Action plan" in out
    assert "| busy |" in out and "| dropped |" in out and "| open, ⚠ late |" in out
    assert "- **Made on:** 12 March 2026" in out
    for dutch in ("Actieplan", "Wie deden er mee", "februari", "| bezig |", "vervallen"):
        assert dutch not in out
    html = run("--lang", "en", "export", DEMO_ID, "--format", "html").out
    assert '<html lang="en">' in html
    csv = run("--lang", "en", "export", DEMO_ID, "--format", "csv").out
    assert csv.lstrip("\ufeff").startswith("Action;Wish;")


def test_export_without_lang_keeps_the_sessions_language(run: Run, with_demo: str) -> None:
    out = run("export", DEMO_ID).out
    assert out.startswith("# Actieplan: ") and "12 februari 2026" in out


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("word", "count"), [("bezig", 2), ("busy", 2), ("Vervallen", 1)])
def test_actions_status_takes_words_of_both_languages(
    run: Run, with_demo: str, lang: str, word: str, count: int
) -> None:
    result = run("--lang", lang, "actions", "--status", word, "--format", "csv")
    assert result.code == 0, result.err
    rows = result.out.lstrip("\ufeff").strip().splitlines()[1:]
    assert len(rows) == count


# -- lock files ---------------------------------------------------------------------


def test_demo_no_ui_leaves_no_lock_file(run: Run, data_dir: Path) -> None:
    assert run("demo", "--no-ui").code == 0
    assert run("demo", "--no-ui").code == 0
    assert sorted(p.name for p in data_dir.iterdir() if p.is_file()) == [f"{DEMO_ID}.json"]


def test_erase_leaves_no_lock_file(run: Run, with_demo: str, data_dir: Path) -> None:
    with SessionRepository(data_dir).open(DEMO_ID, read_only=True) as opened:
        resident = next(p for p in opened.session.participants if p.is_resident)
    assert run("erase", DEMO_ID, resident.id).code == 0
    assert not list(data_dir.glob("*.lock"))
