"""The archive as a source for the review screens (``review --from URL``).

Each call opens its own connection: the screens call from worker threads,
and a connection must not be shared between threads at the same time.
"""

from __future__ import annotations

from cocreatie.archive import query
from cocreatie.archive.views import reading
from cocreatie.export.overview import Overview
from cocreatie.models import Session


class ArchiveSource:
    def __init__(self, url: str) -> None:
        self.url = url

    def load_overview(self, session_ids: frozenset[str]) -> Overview:
        with reading(self.url) as conn:
            return query.load_overview(conn, self.url, session_ids)

    def load_session(self, session_id: str) -> Session:
        with reading(self.url) as conn:
            return query.latest_session(conn, self.url, session_id)

    def resolve(self, ref: str) -> str:
        with reading(self.url) as conn:
            return query.resolve(conn, self.url, ref)
