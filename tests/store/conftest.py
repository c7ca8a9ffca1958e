"""Fixtures for the store tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from cocreatie.store import SessionRepository


@pytest.fixture
def repo(tmp_path: Path) -> SessionRepository:
    # Interval 0: every replacement is backed up, so tests get backups
    # without waiting for the 30-second default.
    return SessionRepository(tmp_path / "data", backup_interval=0)
