"""The archive's side of ``actions --from`` and ``review --from``.

Kept here so the folder commands gain one branch each, not a second copy.
"""

from __future__ import annotations

from collections.abc import Sequence

from cocreatie.archive import query
from cocreatie.archive.driver import connect
from cocreatie.export.overview import OverviewFilter, OverviewRow


def archive_overview(url: str, flt: OverviewFilter) -> tuple[list[OverviewRow], int]:
    """The actions matching ``flt`` and the number of actions in scope."""
    with connect(url) as conn:
        return query.overview(conn, url, flt)


def resolve_all(url: str, refs: Sequence[str]) -> list[str]:
    with connect(url) as conn:
        return list(dict.fromkeys(query.resolve(conn, url, ref) for ref in refs))
