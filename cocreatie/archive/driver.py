"""Connecting to the archive with psycopg 3, imported only here and only
when needed: without the ``archive`` extra the rest of the program works,
and an archive command says in one line how to install it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cocreatie.archive.errors import (
    ArchiveError,
    ArchiveRefusedError,
    ArchiveSchemaError,
    ArchiveUnavailableError,
    BadUrlError,
    MissingDriverError,
)
from cocreatie.archive.urls import mask, scrub
from cocreatie.i18n import t

if TYPE_CHECKING:
    import psycopg

# An offline laptop must not hang on an unreachable server: libpq waits
# without limit unless told otherwise. An address may set its own.
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "cocreatie"
INSTALL_HINT = "pip install 'cocreatie[archive]'"


def load_driver() -> Any:
    """The psycopg module, or ``MissingDriverError`` with the install line."""
    try:
        import psycopg
    except ImportError:
        raise MissingDriverError(t("archive.error.no_driver", command=INSTALL_HINT)) from None
    return psycopg


def connect(url: str) -> psycopg.Connection[Any]:
    """An autocommit connection; transactions are explicit (``conn.transaction()``)."""
    driver = load_driver()
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(url)
    except driver.ProgrammingError as exc:
        raise BadUrlError(
            t("archive.error.bad_url", url=mask(url), reason=scrub(_first_line(exc), url))
        ) from None
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    params.setdefault("application_name", APPLICATION_NAME)
    try:
        connection: psycopg.Connection[Any] = driver.connect(**params, autocommit=True)
    except driver.Error as exc:
        raise unavailable(exc, url) from None
    return connection


def unavailable(exc: BaseException, url: str) -> ArchiveUnavailableError:
    reason = scrub(_first_line(exc), url)
    # A refused login is not fixed by waiting for the network: say what is.
    sqlstate = str(getattr(exc, "sqlstate", None) or "")
    if sqlstate.startswith("28") or "password" in reason or "authentication" in reason:
        return ArchiveUnavailableError(
            t("archive.error.login_refused", url=mask(url), reason=reason)
        )
    return ArchiveUnavailableError(t("archive.error.unavailable", url=mask(url), reason=reason))


def translate(exc: BaseException, url: str) -> ArchiveError:
    """The archive error for a driver error raised while working."""
    import psycopg
    from psycopg import errors

    reason = scrub(_first_line(exc), url)
    if isinstance(exc, errors.UndefinedTable | errors.InvalidSchemaName | errors.UndefinedFunction):
        return ArchiveSchemaError(t("archive.error.no_archive", url=mask(url)))
    if isinstance(exc, errors.InsufficientPrivilege):
        return ArchiveRefusedError(t("archive.error.no_rights", url=mask(url), reason=reason))
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return unavailable(exc, url)
    return ArchiveRefusedError(t("archive.error.refused", url=mask(url), reason=reason))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
