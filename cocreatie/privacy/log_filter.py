"""Logging that never writes contact details, into a file only the owner reads.

The filter sits on the handler, not on a logger: handler filters see every
record that reaches the file, also those propagated from the store's or
Textual's loggers. Exceptions are formatted and redacted here, because a
pydantic error quotes the value it refused, and that may be a phone number.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from cocreatie.privacy.redact import redact_contact_text
from cocreatie.store.atomic import PRIVATE_FILE_MODE
from cocreatie.store.paths import DataLayout, ensure_private_dir

LOG_NAME = "cocreatie.log"
_MAX_BYTES = 1_000_000
_BACKUP_COUNT = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactingFilter(logging.Filter):
    """Replace phone numbers and e-mail addresses in a record by marks."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:
            # A broken format string still must not leak its arguments.
            message = f"{record.msg!s} (unformattable arguments)"
        record.msg, record.args = redact_contact_text(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_contact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_contact_text(record.stack_info)
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created 0o600 whatever the umask."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_path(data_dir: Path) -> Path:
    return DataLayout(data_dir).logs_dir / LOG_NAME


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Send the program's logging to ``<data dir>/logs/cocreatie.log``.

    The folder is 0o700, the files 0o600, and every line passes the
    redacting filter. Calling it again (a second data folder in tests)
    replaces the earlier handler. Returns the log file's path.
    """
    path = log_path(data_dir)
    ensure_private_dir(path.parent)
    handler = PrivateRotatingFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path
