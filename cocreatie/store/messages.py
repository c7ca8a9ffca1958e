"""Failures in the facilitator's words: the one mapping from error to sentence.

The store, the models and the operating system raise errors that carry data
(a path, an id, pydantic's error list), never sentences. ``explain`` words
them in the user's language (catalogue area ``errors``), for the command
line and the TUI alike. Each caller adds only what belongs to where it is
shown: the command line a hint such as ``--read-only``, the TUI that the
typed text is kept and will be saved again.
"""

from __future__ import annotations

from pydantic import ValidationError

from cocreatie.i18n import t
from cocreatie.models.errors import describe
from cocreatie.store import errors as store

# A validation error may list dozens of problems; one line must stay readable.
MAX_REASONS = 4


def join_reasons(reasons: list[str]) -> str:
    shown = "; ".join(reasons[:MAX_REASONS])
    rest = len(reasons) - MAX_REASONS
    return shown + (t("errors.more_reasons", count=rest) if rest > 0 else "")


def explain(error: BaseException) -> str | None:
    """The sentence for an expected failure; ``None`` for a programming error."""
    if isinstance(error, store.StoreError):
        return _store_sentence(error)
    if isinstance(error, ValidationError):
        return t("errors.invalid", reasons=join_reasons(describe(error)))
    if isinstance(error, OSError):
        return t("errors.os", path=error.filename or "", reason=error.strerror or str(error))
    if isinstance(error, MemoryError):
        # A file far too big for this computer: say so, instead of a traceback.
        return t("errors.memory")
    return None


def describe_failure(error: BaseException) -> str:
    """``explain``, or for anything unexpected a sentence naming only the
    error's type (its message may quote what somebody typed)."""
    return explain(error) or t("errors.unexpected", kind=type(error).__name__)


def restored_notice(notice: store.DamagedSessionError) -> str:
    """Opened anyway: the damaged file was moved aside and a backup put back."""
    return t(
        "errors.restored", path=notice.path, moved_to=notice.moved_to, backup=notice.restored_from
    )


def _store_sentence(error: store.StoreError) -> str:
    match error:
        case store.SessionNotFoundError():
            return t("errors.not_found", ref=error.ref)
        case store.AmbiguousSessionError():
            return t("errors.ambiguous", ref=error.ref, ids=", ".join(error.candidates))
        case store.SessionExistsError():
            return t("errors.exists", id=error.session_id)
        case store.SessionLockedError():
            return t("errors.locked", id=error.session_id)
        case store.ReadOnlySessionError():
            return t("errors.read_only", id=error.session_id)
        case store.SessionClosedError():
            return t("errors.closed", id=error.session_id)
        case store.DamagedSessionError():
            return t("errors.damaged", path=error.path, moved_to=error.moved_to)
        case store.CorruptFileError():
            return t("errors.corrupt", path=error.path, reason=error.reason)
        case store.NewerSchemaError():
            return t("errors.newer_schema", found=error.found, supported=error.supported)
        case store.InvalidRecordError():
            return t("errors.invalid", reasons=join_reasons(error.errors))
        case store.DiskFullError():
            return t("errors.disk_full", path=error.path)
        case store.SaveError():
            return t("errors.save", path=error.path, reason=error.strerror or "?")
        case store.LoadError():
            return t("errors.load", path=error.path, reason=error.strerror or "?")
    return t("errors.store", detail=str(error))
