"""Helpers shared by the archive tests (fixtures live in conftest.py).

A module of its own, with a unique name: test folders are not packages, so
``from conftest import ...`` could find another folder's conftest.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import psycopg
from pgserver import PgServer

# Login roles, members of the two group roles the archive defines.
FACILITATORS = {"anna": "anna-wachtwoord", "ben": "ben-wachtwoord"}
COORDINATORS = {"karim": "karim-wachtwoord"}
DATABASES = itertools.count(1)


@dataclass(frozen=True)
class Archive:
    """One test's database: addresses for the administrator and each login."""

    server: PgServer
    db: str

    @property
    def admin(self) -> str:
        return self.server.admin_url(self.db)

    def login(self, user: str) -> str:
        password = {**FACILITATORS, **COORDINATORS}[user]
        return self.server.url(user, password, self.db)

    def sql(self, query: str, *params: object) -> list[tuple[object, ...]]:
        """Run ``query`` as the administrator and return its rows."""
        with psycopg.connect(self.admin, autocommit=True) as conn:
            cursor = conn.execute(query, params or None)
            return cursor.fetchall() if cursor.description else []
