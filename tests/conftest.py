"""Fixtures every test folder may use. Folder-specific fixtures live in that
folder's own conftest.py."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from cocreatie.i18n import set_language
from cocreatie.models import clock
from cocreatie.templating import SessionTemplate, load_template

# A CI run must give the same verdict on the same code: property tests use a
# fixed sequence of examples there. `HYPOTHESIS_PROFILE=explore` searches
# freshly (and longer) when hunting for new failures on a workstation.
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

FROZEN_NOW = datetime(2026, 3, 12, 19, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    # No test may touch the real ./sessions folder or leak a language choice.
    monkeypatch.setenv("COCREATIE_DATA_DIR", str(tmp_path / "data"))
    set_language("nl")
    yield
    set_language("nl")
    clock.freeze(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


@pytest.fixture
def frozen_clock() -> Iterator[datetime]:
    clock.freeze(FROZEN_NOW)
    yield FROZEN_NOW
    clock.freeze(None)


@pytest.fixture
def greenfield() -> SessionTemplate:
    return load_template("greenfield-buurt")
