"""Start-up stays light: the command line and the first screen need no pydantic.

Speed itself is measured by ``benchmarks/startup.py``; these tests pin down
the structure it depends on, so a stray eager import shows up as a failure.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import cocreatie.cli.commands.demo as demo_command
from cocreatie.cli.parser import build_parser, command_modules, quick_parse
from cocreatie.demo import DEMO_ID

HEAVY = ("pydantic", "tinydb", "filelock", "cocreatie.models.session", "cocreatie.screens.session")


def test_the_demo_command_knows_the_demo_id() -> None:
    assert demo_command.DEMO_ID == DEMO_ID


def _loaded_after(code: str) -> list[str]:
    check = f"import sys\n{code}\nprint(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return [m for m in result.stdout.strip().split(",") if m]


def test_parsing_a_command_line_imports_no_pydantic() -> None:
    code = (
        "from cocreatie.cli.parser import build_parser\n"
        "build_parser('0').parse_args(['demo', '--no-ui'])"
    )
    assert _loaded_after(code) == []


def test_the_first_screen_of_a_session_needs_no_pydantic(data_dir: Path) -> None:
    # The demo is made here, in this process: the child only reads it.
    from cocreatie.demo import ensure_demo
    from cocreatie.store.repository import SessionRepository

    ensure_demo(SessionRepository(data_dir))
    code = (
        "from pathlib import Path\n"
        "import cocreatie.app as app\n"
        f"preview = app.read_preview(Path({str(data_dir)!r}), 'molenbuurt')\n"
        "assert preview is not None and preview.step.title == 'Afsluiting', preview\n"
        "app.CocreatieApp(Path('.'), 'molenbuurt', preview=preview).get_default_screen()"
    )
    assert _loaded_after(code) == []


@pytest.mark.parametrize(
    "package",
    [
        "cocreatie.analysis",
        "cocreatie.demo",
        "cocreatie.models",
        "cocreatie.store",
        "cocreatie.templating",
        "cocreatie.privacy",
    ],
)
def test_every_lazily_exported_name_resolves(package: str) -> None:
    module = importlib.import_module(package)
    missing = [name for name in module.__all__ if getattr(module, name, None) is None]
    assert missing == []


def test_every_command_is_named_like_its_module() -> None:
    # quick_parse imports only the module whose file name starts with the command.
    for module in command_modules():
        expected = module.__name__.rpartition(".")[2].partition("_")[0]  # type: ignore[attr-defined]
        assert [m.__name__ for m in command_modules(expected)] == [module.__name__]  # type: ignore[attr-defined]
        parser = build_parser("0", expected)
        (commands,) = [a for a in parser._actions if a.nargs == argparse.PARSER]
        assert expected in commands.choices


@pytest.mark.parametrize(
    "argv",
    [
        ["demo"],
        ["demo", "--no-ui", "--data-dir", "/tmp/x"],
        ["--data-dir", "demo", "open", "ab12", "--read-only"],
        ["--lang", "en", "open", "ab12"],
        ["open", "--lang=en", "ab12"],
    ],
)
def test_the_quick_parse_gives_what_the_full_parser_gives(argv: list[str]) -> None:
    quick = quick_parse("0", argv)
    assert quick is not None
    full = vars(build_parser("0").parse_args(argv))
    assert vars(quick) == full


@pytest.mark.parametrize(
    "argv",
    [[], ["--help"], ["demo", "-h"], ["--version"], ["nonsense"], ["demo", "--bogus"], ["open"]],
)
def test_the_full_parser_handles_help_and_mistakes(argv: list[str]) -> None:
    assert quick_parse("0", argv) is None


def test_starting_the_demo_imports_only_its_own_command() -> None:
    code = (
        "import sys\n"
        "from cocreatie.cli.parser import quick_parse\n"
        "assert quick_parse('0', ['demo']).command == 'demo'\n"
        "print(sorted(m for m in sys.modules if m.startswith('cocreatie.cli.commands.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['cocreatie.cli.commands.demo']"
