"""The real program in a child process: status 2, one line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cocreatie.demo import DEMO_ID, build_demo_session
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import SessionTemplate


def cocreatie(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COCREATIE_DATA_DIR": str(data), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "cocreatie", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


@pytest.fixture
def folder(data_dir: Path, greenfield: SessionTemplate, tmp_path: Path) -> Path:
    repo = SessionRepository(data_dir)
    demo = build_demo_session(greenfield)
    repo.create(demo).close()
    repo.create(demo.model_copy(update={"id": "molenwijk-2"})).close()
    bad = demo.model_dump(mode="json")
    bad["closing"]["grades"] = [11]
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    (tmp_path / "notjson.json").write_text("dit is geen json", encoding="utf-8")
    return data_dir


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["open", "zzz"], "Geen sessie gevonden bij 'zzz'"),
        (["export", "molen"], "past bij meer dan één sessie"),
        (["list", "--verkeerd"], "onbekende argumenten: --verkeerd"),
        (["import", "{tmp}/bad.json"], "Rapportcijfer: mag hoogstens 10 zijn"),
        (["import", "{tmp}/weg.json"], "bestaat niet"),
        (["import", "{tmp}/notjson.json"], "is geen geldige JSON"),
    ],
)
def test_user_errors_exit_2_with_one_line(
    folder: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    before = sorted(p.name for p in folder.iterdir())
    result = cocreatie(*(a.format(tmp=tmp_path) for a in args), data=folder)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("cocreatie: ")
    assert expected in line
    assert sorted(p.name for p in folder.iterdir()) == before


def test_demo_then_list_in_a_child_process(tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    made = cocreatie("demo", "--no-ui", data=data)
    assert (made.returncode, made.stdout) == (0, f"{DEMO_ID}\n")
    listed = cocreatie("list", "--json", data=data)
    assert [row["id"] for row in json.loads(listed.stdout)] == [DEMO_ID]


@pytest.mark.parametrize(
    "args",
    [["list"], ["demo", "--no-ui"], ["export", "molenbuurt-demo", "-f", "html"], ["schema"]],
)
def test_commands_without_ui_never_load_textual(folder: Path, args: list[str]) -> None:
    code = (
        "import sys\n"
        "from cocreatie.cli.main import main\n"
        f"assert main({args!r}) == 0\n"
        "assert 'textual' not in sys.modules, 'textual was imported'\n"
    )
    env = {**os.environ, "COCREATIE_DATA_DIR": str(folder)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
