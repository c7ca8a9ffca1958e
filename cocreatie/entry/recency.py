"""What the facilitator just used or added comes first in every picker.

An actor added during the evening should not sit eleven presses of Down
below the template's presets. ``RecentChoices`` remembers, per kind of
choice ("actor", "participant", "wish" ...), which values were picked and
which items were added since the session was opened, most recent first;
the rest keep the order of the record.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar


class _Valued(Protocol):
    @property
    def value(self) -> str: ...


C = TypeVar("C", bound=_Valued)


class RecentChoices:
    def __init__(self, since: datetime | None = None) -> None:
        # Items created after this moment count as added this evening.
        self.since = since
        self._touched: dict[str, list[str]] = {}

    def use(self, kind: str, value: str | None) -> None:
        """``value`` was just picked (or added) as a ``kind``."""
        if not value:
            return
        touched = [v for v in self._touched.get(kind, []) if v != value]
        self._touched[kind] = [value, *touched]

    def added(self, kind: str, items: Iterable[tuple[str, datetime]]) -> None:
        """Note items (id, created) made since ``since`` that are not yet known."""
        if self.since is None:
            return
        known = set(self._touched.get(kind, []))
        fresh = sorted(
            (created, item_id)
            for item_id, created in items
            if created > self.since and item_id not in known
        )
        for _, item_id in fresh:
            self.use(kind, item_id)

    def recent(self, kind: str) -> list[str]:
        return list(self._touched.get(kind, []))

    def ordered(self, kind: str, choices: Sequence[C]) -> list[C]:
        """``choices`` with the recently used and added ones first."""
        rank = {value: index for index, value in enumerate(self._touched.get(kind, []))}
        front = sorted((c for c in choices if c.value in rank), key=lambda c: rank[c.value])
        return front + [c for c in choices if c.value not in rank]
