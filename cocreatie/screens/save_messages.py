"""Store failures in the facilitator's words, naming the file concerned.

The store raises typed errors with data only; this turns them into one Dutch
(or English) sentence. No Textual here.
"""

from __future__ import annotations

from cocreatie.i18n import t
from cocreatie.store.errors import (
    AmbiguousSessionError,
    CorruptFileError,
    DamagedSessionError,
    DiskFullError,
    InvalidRecordError,
    LoadError,
    NewerSchemaError,
    ReadOnlySessionError,
    SaveError,
    SessionClosedError,
    SessionExistsError,
    SessionLockedError,
    SessionNotFoundError,
)


def save_failed(error: Exception, path: object) -> str:
    """Why the last save did not reach the disk (the record stays in memory)."""
    if isinstance(error, DiskFullError):
        return t("ui.save.disk_full", path=error.path)
    if isinstance(error, SaveError):
        return t("ui.save.failed_os", path=error.path, reason=error.strerror or "?")
    if isinstance(error, InvalidRecordError):
        return t("ui.save.invalid", path=path, reason="; ".join(error.errors[:3]))
    if isinstance(error, ReadOnlySessionError | SessionClosedError):
        return t("ui.save.not_open", path=path)
    return t("ui.save.failed_other", path=path, reason=type(error).__name__)


def open_failed(error: Exception) -> str:
    """Why a session could not be opened."""
    if isinstance(error, SessionNotFoundError):
        return t("ui.open_error.not_found", ref=error.ref)
    if isinstance(error, AmbiguousSessionError):
        return t("ui.open_error.ambiguous", ref=error.ref, ids=", ".join(error.candidates))
    if isinstance(error, SessionLockedError):
        return t("ui.open_error.locked", id=error.session_id)
    if isinstance(error, DamagedSessionError):
        return t("ui.open_error.damaged", path=error.path, moved_to=error.moved_to)
    if isinstance(error, CorruptFileError):
        return t("ui.open_error.corrupt", path=error.path, reason=error.reason)
    if isinstance(error, InvalidRecordError):
        return t("ui.open_error.invalid", reason="; ".join(error.errors[:3]))
    if isinstance(error, NewerSchemaError):
        return t("ui.open_error.newer", found=error.found, supported=error.supported)
    if isinstance(error, LoadError):
        return t("ui.open_error.load", path=error.path, reason=error.strerror or "?")
    if isinstance(error, SessionExistsError):
        return t("ui.open_error.exists", id=error.session_id)
    if isinstance(error, OSError):
        return t("ui.open_error.os", path=error.filename or "?", reason=error.strerror or "?")
    return t("ui.open_error.other", reason=type(error).__name__)


def restored_notice(notice: DamagedSessionError) -> str:
    return t(
        "ui.open_error.restored",
        path=notice.path,
        moved_to=notice.moved_to,
        backup=notice.restored_from,
    )
