"""export and import: the JSON exchange format, refusals that write nothing."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from clihelpers import Run, files_in

from cocreatie.demo import DEMO_ID, build_demo_session
from cocreatie.models import Session
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import SessionTemplate


def _demo(repo: SessionRepository) -> Session:
    with repo.open(DEMO_ID, read_only=True) as opened:
        return opened.session


def test_export_with_names_is_the_whole_record(
    run: Run, repo: SessionRepository, with_demo: str
) -> None:
    result = run("export", "molenb", "--format", "json", "--names")
    assert result.code == 0
    exported = json.loads(result.out)
    demo = _demo(repo)
    # The record, plus the average grade for whoever reads the file.
    assert exported["closing"].pop("average_grade") == demo.closing.average_grade
    assert exported == demo.model_dump(mode="json")


def test_export_without_names_pseudonymises_residents(run: Run, with_demo: str) -> None:
    record = json.loads(run("export", DEMO_ID, "--format", "json").out)
    residents = [p for p in record["participants"] if p["kind"] == "resident"]
    assert [p["display_name"] for p in residents] == [f"Bewoner {n}" for n in range(1, 9)]
    assert all(p["contact"] is None for p in residents)
    assert "anja@voorbeeld.nl" not in json.dumps(record)
    pros = [p["display_name"] for p in record["participants"] if p["kind"] == "professional"]
    assert "Marloes Visser" in pros  # professionals speak in their role, by name
    # Still a valid record: it can be imported elsewhere.
    Session.model_validate(record)


def test_export_to_a_file(
    run: Run, repo: SessionRepository, with_demo: str, tmp_path: Path
) -> None:
    target = tmp_path / "plan.json"
    target.write_text("oud", encoding="utf-8")
    result = run("export", DEMO_ID, "--names", "-o", str(target))
    assert result.code == 0
    assert result.out == f"Geschreven naar {target}.\n"
    assert Session.model_validate_json(target.read_text(encoding="utf-8")) == _demo(repo)
    # Personal data: readable by the owner only.
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".plan")] == []


def test_export_into_a_missing_folder_is_one_line(run: Run, with_demo: str, tmp_path: Path) -> None:
    target = tmp_path / "nope" / "plan.json"
    result = run("export", DEMO_ID, "-o", str(target))
    assert result.code == 2
    assert result.err == (
        f"cocreatie: De map {target.parent} bestaat niet, dus {target} kan niet worden"
        " geschreven. Maak de map eerst aan of kies een andere plek.\n"
    )
    assert ".tmp" not in result.err


def test_export_unknown_format(run: Run, with_demo: str) -> None:
    result = run("export", DEMO_ID, "--format", "docx")
    assert result.code == 2
    assert (
        result.err
        == "cocreatie: Onbekend formaat 'docx'. Kies uit: md, html, pdf, csv, ics, json.\n"
    )


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_other_formats_come_from_the_export_package(run: Run, with_demo: str, fmt: str) -> None:
    without = run("export", DEMO_ID, "--format", fmt)
    assert without.code == 0, without.err
    assert "Wipmolenweg" in without.out  # a street from the plan
    assert "anja@voorbeeld.nl" not in without.out
    assert "06 1234 5678" not in without.out


def test_markdown_plan_pseudonymises_unless_names_are_asked(run: Run, with_demo: str) -> None:
    plan = run("export", DEMO_ID, "-f", "MD").out
    assert plan.startswith("# ") and "Greenfield Molenbuurt: eerste buurtavond" in plan
    assert "Oma Tiny" not in plan and "Bewoner 5" in plan
    assert "Oma Tiny" in run("export", DEMO_ID, "-f", "md", "--names").out


def test_round_trip_into_another_folder_is_identical(
    run: Run, repo: SessionRepository, with_demo: str, tmp_path: Path
) -> None:
    exported = tmp_path / "demo.json"
    assert run("export", DEMO_ID, "--names", "-o", str(exported)).code == 0
    other = tmp_path / "laptop2"
    result = run("import", str(exported), data=other)
    assert result.code == 0
    assert result.out == f"Sessie {DEMO_ID} toegevoegd: Greenfield Molenbuurt: eerste buurtavond\n"
    with SessionRepository(other).open(DEMO_ID, read_only=True) as opened:
        assert opened.session == _demo(repo)


def test_import_refuses_an_existing_id_and_writes_nothing(
    run: Run, with_demo: str, tmp_path: Path, data_dir: Path
) -> None:
    exported = tmp_path / "demo.json"
    run("export", DEMO_ID, "--names", "-o", str(exported))
    before = files_in(data_dir)
    result = run("import", str(exported))
    assert result.code == 2
    assert result.err == (
        f"cocreatie: Er is al een sessie met id {DEMO_ID}; er is niets opgeslagen. "
        "Gebruik --new-id om haar als kopie toe te voegen.\n"
    )
    assert files_in(data_dir) == before


def test_import_with_new_id_adds_a_copy(
    run: Run, repo: SessionRepository, with_demo: str, tmp_path: Path
) -> None:
    exported = tmp_path / "demo.json"
    run("export", DEMO_ID, "--names", "-o", str(exported))
    result = run("import", str(exported), "--new-id")
    assert result.code == 0
    ids = {s.id for s in repo.list_summaries()}
    (new_id,) = ids - {DEMO_ID}
    with repo.open(new_id, read_only=True) as opened:
        copy = opened.session
    original = _demo(repo)
    assert copy.model_dump(exclude={"id", "created"}) == original.model_dump(
        exclude={"id", "created"}
    )


def test_import_accepts_a_session_file_from_another_data_folder(
    run: Run, with_demo: str, data_dir: Path, tmp_path: Path, repo: SessionRepository
) -> None:
    copied = tmp_path / "usb" / f"{DEMO_ID}.json"
    copied.parent.mkdir()
    copied.write_bytes((data_dir / f"{DEMO_ID}.json").read_bytes())
    other = tmp_path / "laptop2"
    assert run("import", str(copied), data=other).code == 0
    with SessionRepository(other).open(DEMO_ID, read_only=True) as opened:
        assert opened.session == _demo(repo)


def _write(path: Path, record: dict[str, object]) -> Path:
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_invalid_import_names_the_field_and_writes_nothing(
    run: Run, greenfield: SessionTemplate, tmp_path: Path, data_dir: Path
) -> None:
    record = build_demo_session(greenfield).model_dump(mode="json")
    record["closing"]["grades"][0] = 11
    record["wishes"][0]["votes"] = -2
    result = run("import", str(_write(tmp_path / "bad.json", record)))
    assert result.code == 2
    line = result.err.splitlines()
    assert len(line) == 1
    assert "is geen geldige sessie, er is niets opgeslagen" in line[0]
    assert "Stemmen: moet minstens 0 zijn (ingevuld: -2)" in line[0]
    assert "Rapportcijfer: mag hoogstens 10 zijn (ingevuld: 11)" in line[0]
    assert files_in(data_dir) == {}


def test_import_refuses_contact_details_without_consent(
    run: Run, greenfield: SessionTemplate, tmp_path: Path, data_dir: Path
) -> None:
    record = build_demo_session(greenfield).model_dump(mode="json")
    record["participants"][1]["contact"] = {"phone": "06 0000 0000", "email": "", "other": ""}
    result = run("import", str(_write(tmp_path / "bad.json", record)))
    assert result.code == 2
    assert "Contactgegevens: leg eerst toestemming vast" in result.err
    assert files_in(data_dir) == {}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{ dit is geen json", "is geen geldige JSON (regel 1, kolom 3)"),
        (b"[1, 2, 3]", "bevat geen sessie (verwacht een JSON-object)"),
        (b"\xff\xfe\x00kapot", "is geen tekstbestand"),
        (b'{"schema_version": 99, "meta": {"title": "x"}}', "nieuwere versie van cocreatie"),
        (b'{"schema_version": true}', "is geen geldige sessie, er is niets opgeslagen"),
        (b'{"meta": {"title": ""}}', "Titel: mag niet leeg zijn"),
    ],
)
def test_import_refuses_files_that_are_not_sessions(
    run: Run, tmp_path: Path, data_dir: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    result = run("import", str(path))
    assert result.code == 2
    assert expected in result.err
    assert len(result.err.splitlines()) == 1
    assert files_in(data_dir) == {}


def test_import_missing_file_and_folder(run: Run, tmp_path: Path) -> None:
    missing = run("import", str(tmp_path / "weg.json"))
    assert (missing.code, missing.err) == (
        2,
        f"cocreatie: Bestand {tmp_path / 'weg.json'} bestaat niet.\n",
    )
    folder = run("import", str(tmp_path))
    assert (folder.code, folder.err) == (2, f"cocreatie: {tmp_path} is een map, geen bestand.\n")


def test_export_defaults_to_the_markdown_action_plan(run: Run, with_demo: str) -> None:
    result = run("export", DEMO_ID)
    assert result.code == 0
    assert result.out.startswith("# Actieplan")


def test_export_format_follows_the_output_extension(
    run: Run, with_demo: str, tmp_path: Path
) -> None:
    target = tmp_path / "plan.html"
    assert run("export", DEMO_ID, "-o", str(target)).code == 0
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
