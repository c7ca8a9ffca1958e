"""``cocreatie templates`` and ``cocreatie templates --check FILE``."""

from __future__ import annotations

from pathlib import Path

import pytest
from templatehelpers import SHIPPED, line_of

from cocreatie.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_id_title_kind_and_file(
    capsys: pytest.CaptureFixture[str], data_dir: Path, greenfield_text: str
) -> None:
    folder = data_dir / "templates"
    folder.mkdir()
    (folder / "eigen.toml").write_text(
        greenfield_text.replace('id = "greenfield-buurt"', 'id = "eigen"'), encoding="utf-8"
    )
    (folder / "greenfield-buurt.toml").write_text(greenfield_text, encoding="utf-8")
    code, out, err = _run(capsys, "templates", "--data-dir", str(data_dir))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split() == ["id", "titel", "soort", "bestand"]
    rows = {line.split()[0]: line for line in lines[1 : 5 + 1]}
    assert rows["eigen"].split()[-2:] == ["eigen", str(folder / "eigen.toml")]
    assert "eigen, vervangt meegeleverd" in rows["greenfield-buurt"]
    assert rows["oov-verkeer"].split()[-2:] == ["meegeleverd", "templates/oov-verkeer.toml"]
    assert "(twee eigenaren per actie)" in rows["oov-verkeer"]
    assert "(vervolg op een eerdere sessie)" in rows["terugkomsessie"]
    assert lines[-1] == f"Eigen sjablonen: {folder}"


def test_list_reports_broken_own_files_and_exits_2(
    capsys: pytest.CaptureFixture[str], data_dir: Path, greenfield_text: str
) -> None:
    folder = data_dir / "templates"
    folder.mkdir()
    broken = folder / "kapot.toml"
    broken.write_text(greenfield_text.replace('type = "wishes"', 'type = "x"'), encoding="utf-8")
    code, out, err = _run(capsys, "templates", "--data-dir", str(data_dir))
    assert code == 2
    assert "oov-verkeer" in out  # the good ones are still listed
    err_lines = err.splitlines()
    assert err_lines[0].startswith(f"{broken}:")
    assert 'stap 4: onbekend staptype "x"' in err_lines[0]
    assert err_lines[-1] == (
        "1 sjabloonbestand(en) ongeldig; controleer met: cocreatie templates --check BESTAND"
    )


def test_check_a_good_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(SHIPPED / "oov-verkeer.toml")
    code, out, err = _run(capsys, "templates", "--check", path)
    assert (code, err) == (0, "")
    assert out == f"{path}: in orde (OOV en Verkeer: samen aan tafel, 8 stappen)\n"


def test_check_a_broken_file_lists_every_error_on_stderr(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, greenfield_text: str
) -> None:
    text = greenfield_text.replace('type = "wishes"', 'type = "wensen2"').replace(
        "accountable = true", "accountable = false"
    )
    path = tmp_path / "oov-verkeer.toml"
    path.write_text(text, encoding="utf-8")
    code, out, err = _run(capsys, "templates", "--check", str(path))
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f'{path}:{line_of(text, "wensen2")}: stap 4: onbekend staptype "wensen2" (kies uit: '
        "preparation, participants, definition, common_ground, wishes, roles, contacts, "
        "actions, follow_up, statements, closing)",
        f"{path}:{line_of(text, '[[roles]]')}: geen enkele rol heeft accountable = true; "
        "precies één rol moet eindverantwoordelijk zijn",
    ]


def test_check_in_english(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, greenfield_text: str
) -> None:
    path = tmp_path / "t.toml"
    path.write_text(greenfield_text.replace("timebox_minutes = 25", "timebox_minutes = 300"))
    code, _, err = _run(capsys, "--lang", "en", "templates", "--check", str(path))
    line = line_of(path.read_text(), "timebox_minutes = 300")
    assert code == 2
    assert err == f"{path}:{line}: step 7: timebox_minutes: may be at most 240 (given: 300)\n"


def test_check_several_files_and_a_missing_one(capsys: pytest.CaptureFixture[str]) -> None:
    good = str(SHIPPED / "terugkomsessie.toml")
    code, out, err = _run(capsys, "templates", "--check", good, "bestaat-niet.toml")
    assert code == 2
    assert out == f"{good}: in orde (Terugkomsessie, 7 stappen)\n"
    assert err == "bestaat-niet.toml: bestand niet gevonden\n"


def test_check_a_toml_syntax_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "kapot.toml"
    path.write_text('id = "x"\ntitle = "Niet afgesloten\n', encoding="utf-8")
    code, _, err = _run(capsys, "templates", "--check", str(path))
    assert code == 2
    assert err == (
        f"{path}:2: geen geldige TOML (kolom 25): "
        "tekst is niet afgesloten met een aanhalingsteken\n"
    )


def test_the_command_is_discovered() -> None:
    from cocreatie.cli.parser import build_parser

    parser = build_parser("0")
    assert parser.parse_args(["templates"]).handler.__module__ == (
        "cocreatie.cli.commands.templates"
    )
