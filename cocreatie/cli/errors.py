"""Failures the command line reports as one line on stderr (exit status 2).

Commands raise ``CliError`` with a finished Dutch sentence. Errors from the
store, the record and the file system are worded by the one mapping in
``cocreatie.store.messages`` (shared with the TUI); this module adds the
command line's hints (``cocreatie list``, ``--read-only``) and words broken
templates, which only the command line reports as an error.
"""

from __future__ import annotations

from cocreatie.i18n import t
from cocreatie.store import errors as store

# Shown after the shared sentence: how to go on from the command line.
_HINTS: dict[type[BaseException], str] = {
    store.SessionNotFoundError: "cli.hint.not_found",
    store.SessionLockedError: "cli.hint.locked",
    store.DiskFullError: "cli.hint.disk_full",
}


class CliError(Exception):
    """A user error with a ready-to-print message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def one_line(text: str) -> str:
    """Collapse to a single printable line (paths and pastes may hold anything)."""
    # Start-up speed: every command imports this module, and most never
    # need pydantic; the imports inside the functions here are for that.
    from cocreatie.models.chars import strip_unsafe

    return " ".join(strip_unsafe(text).split())


def message_for(exc: BaseException) -> str | None:
    """The sentence for an expected failure; ``None`` for a programming error."""
    if isinstance(exc, CliError):
        return exc.message
    from cocreatie.archive.errors import ArchiveError
    from cocreatie.store.messages import explain, join_reasons
    from cocreatie.templating.loader import TemplateError

    if isinstance(exc, ArchiveError):
        return exc.message  # worded, and any password already masked
    if isinstance(exc, TemplateError):
        return t("cli.error.template", reasons=join_reasons(list(exc.messages)))
    sentence = explain(exc)
    hint = _HINTS.get(type(exc))
    return f"{sentence} {t(hint)}" if sentence and hint else sentence
