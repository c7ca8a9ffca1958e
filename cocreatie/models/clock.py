"""One place for "now", so tests and snapshots can freeze time."""

from __future__ import annotations

from datetime import UTC, date, datetime

_frozen: datetime | None = None


def now() -> datetime:
    # Whole seconds: sub-second precision adds diff noise to exported plans
    # and nothing in a meeting needs it.
    moment = _frozen or datetime.now(UTC)
    return moment.replace(microsecond=0)


def today() -> date:
    return now().astimezone().date() if _frozen is None else _frozen.date()


def freeze(moment: datetime | None) -> None:
    """Freeze the clock (tests, snapshots); ``None`` unfreezes."""
    global _frozen
    _frozen = moment
