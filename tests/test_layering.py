"""The layers of docs/architecture.md hold: the import contracts in
pyproject.toml are kept, and every part of the package has its place."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cocreatie"
DOMAIN = [
    "analysis",
    "crashlog",
    "demo",
    "export",
    "followup",
    "archive",
    "i18n",
    "lazy",
    "live",
    "models",
    "privacy",
    "store",
    "templating",
]


def _contracts() -> list[dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def test_the_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken" in result.stdout


def test_every_part_of_the_package_sits_in_a_layer() -> None:
    (layers,) = [c for c in _contracts() if c["type"] == "layers"]
    named = {
        name.strip("() ")
        for layer in layers["layers"]  # type: ignore[union-attr]
        for name in re.split(r"[|:]", layer)
    }
    parts = {p.stem for p in PACKAGE.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert parts - {"__init__", "__main__"} <= named


def test_the_domain_may_not_import_the_terminal() -> None:
    forbidden = next(c for c in _contracts() if "textual" in c.get("forbidden_modules", []))
    assert {f"cocreatie.{name}" for name in DOMAIN} <= set(forbidden["source_modules"])  # type: ignore[arg-type]
    assert {"textual", "rich", "cocreatie.screens", "cocreatie.widgets", "cocreatie.app"} <= set(
        forbidden["forbidden_modules"]  # type: ignore[arg-type]
    )


def test_importing_the_domain_does_not_load_textual() -> None:
    # The static contracts see import statements; this sees what really loads.
    modules = [f"cocreatie.{n}" for n in DOMAIN]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + ("assert 'textual' not in sys.modules, [m for m in sys.modules if 'textual' in m]")
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
