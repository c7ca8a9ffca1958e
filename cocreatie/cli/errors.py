"""Failures the command line reports as one line on stderr (exit status 2).

Commands raise ``CliError`` with a finished Dutch sentence. Errors from the
store, the templates and the record carry data rather than sentences;
``message_for`` words them here, so every command reports them alike.
"""

from __future__ import annotations

from cocreatie.i18n import t
from cocreatie.store import errors as store

# A validation error may list dozens of problems; one line must stay readable.
MAX_REASONS = 4

# pydantic, the models and the templates are imported where an error is
# worded, not here: every command imports this module, and most of them
# (and the start of the UI) never need those.


class CliError(Exception):
    """A user error with a ready-to-print message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def join_reasons(reasons: list[str]) -> str:
    shown = "; ".join(reasons[:MAX_REASONS])
    rest = len(reasons) - MAX_REASONS
    return shown + (t("cli.error.more_reasons", count=rest) if rest > 0 else "")


def one_line(text: str) -> str:
    """Collapse to a single printable line (paths and pastes may hold anything)."""
    from cocreatie.models.chars import strip_unsafe

    return " ".join(strip_unsafe(text).split())


def message_for(exc: BaseException) -> str | None:
    """The sentence for an expected failure; ``None`` for a programming error."""
    if isinstance(exc, CliError):
        return exc.message
    if isinstance(exc, store.StoreError):
        return _store_message(exc)
    from cocreatie.archive.errors import ArchiveError

    if isinstance(exc, ArchiveError):
        return exc.message  # worded, and any password already masked
    from pydantic import ValidationError

    from cocreatie.templating.loader import TemplateError

    if isinstance(exc, ValidationError):
        from cocreatie.models.errors import describe

        return t("cli.error.invalid", reasons=join_reasons(describe(exc)))
    if isinstance(exc, TemplateError):
        return t("cli.error.template", reasons=join_reasons(list(exc.messages)))
    if isinstance(exc, OSError):
        where = exc.filename or ""
        return t("cli.error.os", path=where, reason=exc.strerror or str(exc))
    if isinstance(exc, MemoryError):
        # A file far too big for this computer: say so, instead of a traceback.
        return t("cli.error.memory")
    return None


def _store_message(exc: store.StoreError) -> str:
    from pydantic import ValidationError

    from cocreatie.models.errors import describe

    match exc:
        case store.SessionNotFoundError():
            return t("cli.error.not_found", ref=exc.ref)
        case store.AmbiguousSessionError():
            return t("cli.error.ambiguous", ref=exc.ref, ids=", ".join(exc.candidates))
        case store.SessionExistsError():
            return t("cli.error.exists", id=exc.session_id)
        case store.SessionLockedError():
            return t("cli.error.locked", id=exc.session_id)
        case store.ReadOnlySessionError():
            return t("cli.error.read_only", id=exc.session_id)
        case store.DamagedSessionError():
            return t("cli.error.damaged", path=exc.path, moved_to=exc.moved_to)
        case store.CorruptFileError():
            return t("cli.error.corrupt", path=exc.path, reason=exc.reason)
        case store.NewerSchemaError():
            return t("cli.error.newer_schema", found=exc.found, supported=exc.supported)
        case store.InvalidRecordError():
            # The store keeps pydantic's error as the cause: word it in Dutch.
            cause = exc.__cause__
            reasons = describe(cause) if isinstance(cause, ValidationError) else exc.errors
            return t("cli.error.invalid", reasons=join_reasons(reasons))
        case store.DiskFullError():
            return t("cli.error.disk_full", path=exc.path)
        case store.SaveError():
            return t("cli.error.save", path=exc.path, reason=exc.strerror or "")
        case store.LoadError():
            return t("cli.error.load", path=exc.path, reason=exc.strerror or "")
    return t("cli.error.store", detail=str(exc))
