"""The archive's side of ``actions --from`` and ``review --from``.

Kept here so the folder commands gain one branch each, not a second copy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from cocreatie.archive import query
from cocreatie.archive.driver import connect, load_driver, translate
from cocreatie.archive.schema import require_current
from cocreatie.export.overview import OverviewFilter, OverviewRow

if TYPE_CHECKING:
    import psycopg


@contextmanager
def reading(url: str) -> Iterator[psycopg.Connection[Any]]:
    """A connection to an archive at this program's schema version; another
    version is one sentence naming the command that fixes it, not an error
    about a missing column."""
    with connect(url) as conn:
        try:
            require_current(conn)
        except load_driver().Error as exc:
            raise translate(exc, url) from None
        yield conn


def archive_overview(url: str, flt: OverviewFilter) -> tuple[list[OverviewRow], int]:
    """The actions matching ``flt`` and the number of actions in scope."""
    with reading(url) as conn:
        return query.overview(conn, url, flt)


def resolve_all(url: str, refs: Sequence[str]) -> list[str]:
    with reading(url) as conn:
        return list(dict.fromkeys(query.resolve(conn, url, ref) for ref in refs))
