"""Fixtures for the template, follow-up and progress tests."""

from __future__ import annotations

import pytest
from templatehelpers import SHIPPED


@pytest.fixture
def greenfield_text() -> str:
    return (SHIPPED / "greenfield-buurt.toml").read_text(encoding="utf-8")
