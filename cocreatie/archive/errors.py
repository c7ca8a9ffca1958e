"""Failures of the archive, worded for people (Dutch or English by --lang).

Each carries a finished sentence in ``message``: the command line prints it
as one line, the TUI shows it. Nothing here may hold a password: addresses
are masked before they go into a message (see ``urls.mask``).
"""

from __future__ import annotations


class ArchiveError(Exception):
    """Base of every error the archive raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MissingDriverError(ArchiveError):
    """psycopg is not installed (the ``archive`` extra)."""


class NoArchiveUrlError(ArchiveError):
    """Neither --to/--from nor $COCREATIE_ARCHIVE_URL names an archive."""


class BadUrlError(ArchiveError):
    """The address is not a PostgreSQL address."""


class ArchiveUnavailableError(ArchiveError):
    """The archive could not be reached or refused the login: try later."""


class ArchiveSchemaError(ArchiveError):
    """No archive at the address, or one at another schema version."""


class ArchiveNotFoundError(ArchiveError):
    """No session (or version) by that name that this role may read."""


class ArchiveRefusedError(ArchiveError):
    """The archive refused the request (rights, a broken record)."""
