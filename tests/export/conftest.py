"""Fixtures of the export tests."""

from __future__ import annotations

import datetime as dt

import pytest

from cocreatie.models import Session, SessionMeta

from .sessions import build_session


@pytest.fixture
def session() -> Session:
    return build_session()


@pytest.fixture
def empty_session() -> Session:
    return Session(
        id="leeg0001",
        created=dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC),
        updated=dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC),
        meta=SessionMeta(title="Lege sessie"),
    )
