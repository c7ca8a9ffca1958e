"""Logging that never writes contact details, into a file only the owner reads.

The building blocks of the one log file (``cocreatie.crashlog`` sets it up).
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
from cocreatie.store.paths import ensure_private_dir


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
    """A rotating log whose files are created 0o600 whatever the umask, in a
    folder created 0o700 on the first write."""

    # RotatingFileHandler has no public hook for how its file is opened;
    # ``_open`` is the documented-by-source one (logging.FileHandler).
    def _open(self):  # type: ignore[no-untyped-def]
        ensure_private_dir(Path(self.baseFilename).parent)
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE_FILE_MODE)
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)
