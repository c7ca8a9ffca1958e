"""The archive's schema, created and brought up to date by numbered migrations.

Each migration is a SQL file in ``sql/`` (``001_versions.sql``, ...). All
pending migrations run in one transaction together with their rows in
``cocreatie.schema_migrations``: a failure anywhere leaves the archive as it
was. An advisory lock keeps two ``migrate`` runs from interleaving.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from cocreatie.archive.errors import ArchiveSchemaError
from cocreatie.i18n import t

if TYPE_CHECKING:
    import psycopg

SCHEMA = "cocreatie"
_LOCK_KEY = 0x636F6372  # "cocr": one migrator at a time, per database


@dataclass(frozen=True)
class Migration:
    version: int
    name: str

    @property
    def sql(self) -> bytes:
        return sql_file(f"{self.version:03d}_{self.name}.sql")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "versions"),
    Migration(2, "search"),
    Migration(3, "identity"),
)
LATEST = MIGRATIONS[-1].version


def sql_file(name: str) -> bytes:
    """One of the SQL files shipped beside this module."""
    return files("cocreatie.archive").joinpath("sql", name).read_bytes()


def current_version(conn: psycopg.Connection[Any]) -> int:
    """The archive's schema version; 0 when there is no archive at all."""
    row = conn.execute("SELECT to_regclass('cocreatie.schema_migrations') IS NOT NULL").fetchone()
    if not row or not row[0]:
        return 0
    found = conn.execute("SELECT coalesce(max(version), 0) FROM cocreatie.schema_migrations")
    value = found.fetchone()
    return int(value[0]) if value else 0


def migrate(conn: psycopg.Connection[Any], target: int = LATEST) -> list[int]:
    """Apply the migrations above the archive's version up to ``target``.

    Returns the versions applied (empty: already there). Raises
    ``ArchiveSchemaError`` for an archive newer than this program.
    """
    applied: list[int] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        # The extension and the opclass names are looked up in the schema.
        conn.execute("SET LOCAL search_path = cocreatie, public")
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS cocreatie.schema_migrations ("
            " version integer PRIMARY KEY,"
            " name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())"
        )
        found = current_version(conn)
        if found > LATEST:
            raise ArchiveSchemaError(t("archive.error.newer_schema", found=found, known=LATEST))
        for migration in MIGRATIONS:
            if found < migration.version <= target:
                conn.execute(migration.sql)
                conn.execute(
                    "INSERT INTO cocreatie.schema_migrations (version, name) VALUES (%s, %s)",
                    (migration.version, migration.name),
                )
                applied.append(migration.version)
        if roles_exist(conn):
            conn.execute(sql_file("grants.sql"))
    return applied


def create_roles(conn: psycopg.Connection[Any]) -> None:
    """Create the facilitator and coordinator roles (needs CREATEROLE) and
    give them their rights, in one transaction."""
    with conn.transaction():
        conn.execute(sql_file("roles.sql"))
        conn.execute(sql_file("grants.sql"))


def roles_exist(conn: psycopg.Connection[Any]) -> bool:
    row = conn.execute(
        "SELECT count(*) FROM pg_roles"
        " WHERE rolname IN ('cocreatie_facilitator', 'cocreatie_coordinator')"
    ).fetchone()
    return bool(row and row[0] == 2)


def roles_sql() -> str:
    """The SQL that creates both roles and their rights, to show a DBA."""
    return (sql_file("roles.sql") + b"\n" + sql_file("grants.sql")).decode("utf-8")


def require_current(conn: psycopg.Connection[Any]) -> None:
    """Refuse to work on an archive at another schema version."""
    found = current_version(conn)
    if found == LATEST:
        return
    if found == 0:
        raise ArchiveSchemaError(t("archive.error.not_initialised"))
    if found < LATEST:
        raise ArchiveSchemaError(t("archive.error.older_schema", found=found, known=LATEST))
    raise ArchiveSchemaError(t("archive.error.newer_schema", found=found, known=LATEST))
