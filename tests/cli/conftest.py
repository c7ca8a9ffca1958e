"""Fixtures for the command-line tests: run ``main`` in-process, fake the UI."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from clihelpers import FakeTui, Result, Run

from cocreatie.cli.main import main
from cocreatie.demo import DEMO_ID, build_demo_session
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import SessionTemplate


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Run:
    """``run("list", "--json")``: main() against the test's data folder."""

    def invoke(*args: str, data: Path | None = data_dir) -> Result:
        argv = [*args, "--data-dir", str(data)] if data is not None and args else list(args)
        code = main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def fake_tui(monkeypatch: pytest.MonkeyPatch) -> FakeTui:
    """Stand in for cocreatie.app so no terminal UI starts during tests."""
    fake = FakeTui()
    module = types.ModuleType("cocreatie.app")
    module.run_tui = fake.run_tui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cocreatie.app", module)
    return fake


@pytest.fixture
def repo(data_dir: Path) -> SessionRepository:
    return SessionRepository(data_dir)


@pytest.fixture
def with_demo(run: Run) -> str:
    result = run("demo", "--no-ui")
    assert result.code == 0, result.err
    return result.out.strip()


@pytest.fixture
def second_molen(repo: SessionRepository, greenfield: SessionTemplate, with_demo: str) -> str:
    """Another session whose id also starts with "molen", for ambiguous prefixes."""
    other = build_demo_session(greenfield).model_copy(update={"id": "molenwijk-2"})
    repo.create(other).close()
    assert with_demo == DEMO_ID
    return other.id
