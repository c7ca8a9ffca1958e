"""The wheel must carry the templates, and they must load from it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cocreatie.web.pages import PAGES, STATIC

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("cocreatie-*.whl")
    return built


def test_wheel_contains_every_shipped_template(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = [
        p.relative_to(ROOT / "templates") for p in (ROOT / "templates").rglob("*") if p.is_file()
    ]
    assert shipped, "no templates in the repository"
    for path in shipped:
        assert f"cocreatie/_templates/{path.as_posix()}" in names


def test_wheel_contains_the_archive_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = sorted(p.name for p in (ROOT / "cocreatie" / "archive" / "sql").glob("*.sql"))
    assert len(shipped) >= 4  # two migrations, the roles and their rights
    for name in shipped:
        assert f"cocreatie/archive/sql/{name}" in names


def test_wheel_contains_the_phone_pages(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in PAGES:
        assert f"cocreatie/web/templates/{name}" in names
    for name in STATIC:
        assert f"cocreatie/web/static/{name}" in names


def test_templates_load_through_importlib_resources_from_the_wheel(
    wheel: Path, tmp_path: Path
) -> None:
    # Unpack the wheel and import from it alone: no checkout on sys.path.
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from cocreatie.templating.loader import shipped_folder, available_templates;"
        "folder = shipped_folder(); assert '_templates' in str(folder), folder;"
        "print(sorted(available_templates()))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", code, str(target)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "greenfield-buurt" in result.stdout
