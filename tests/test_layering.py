"""The domain, store and exports never import Textual (style guide rule)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "cocreatie"
UI_FREE = [
    "models",
    "store",
    "templating",
    "analysis",
    "export",
    "privacy",
    "followup",
    "archive",
    "i18n",
    "demo",
]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_no_textual_import_in_domain_packages() -> None:
    offenders = []
    for name in UI_FREE:
        for path in (PACKAGE / name).rglob("*.py") if (PACKAGE / name).exists() else []:
            if "textual" in _imports(path) or "rich" in _imports(path):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_importing_the_domain_does_not_load_textual() -> None:
    modules = [f"cocreatie.{n}" for n in UI_FREE if (PACKAGE / n).exists()]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + ("assert 'textual' not in sys.modules, [m for m in sys.modules if 'textual' in m]")
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
