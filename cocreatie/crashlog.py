"""The log file for errors the facilitator should not have to read on screen.

The program's one logging set-up and its one log path: ``<data dir>/logs/
cocreatie.log`` receives what went wrong, written by a background thread
(the event loop never waits for the disk). Session records
hold names and phone numbers, and exception messages can quote a field's
value, so only the exception's type, the stack and the messages of known-safe
error types are logged: never a record, never a message that may echo input.
No Textual here.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import queue
import traceback
from pathlib import Path

from cocreatie.privacy.log_filter import PrivateRotatingFileHandler, RedactingFilter
from cocreatie.store.errors import StoreError
from cocreatie.store.paths import DataLayout

LOG_NAME = "cocreatie.log"
LOGGER = "cocreatie"
_MAX_BYTES = 1_000_000

# Messages of these types carry paths and error numbers, never field input.
_SAFE_MESSAGE_TYPES: tuple[type[BaseException], ...] = (OSError, StoreError)


def log_path(data_dir: Path) -> Path:
    return DataLayout(data_dir).logs_dir / LOG_NAME


def describe_exception(error: BaseException) -> str:
    """Type, stack and (if known to be safe) message of ``error``."""
    lines: list[str] = []
    current: BaseException | None = error
    while current is not None:
        name = type(current).__qualname__
        message = str(current) if isinstance(current, _SAFE_MESSAGE_TYPES) else ""
        lines.append(f"{name}: {message}" if message else name)
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
        current = current.__cause__ or current.__context__
        if current is not None:
            lines.append("caused by / during:")
    return "\n".join(lines)


class CrashLog:
    """Route the ``cocreatie`` logger to the log file through a queue."""

    def __init__(self, data_dir: Path) -> None:
        self.path = log_path(data_dir)
        self._queue: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
        self._handler = logging.handlers.QueueHandler(self._queue)
        self._listener: logging.handlers.QueueListener | None = None

    def start(self) -> None:
        if self._listener is not None:
            return
        # The folder (0o700) and file (0o600) are created on the first write,
        # on the listener thread.
        file_handler = PrivateRotatingFileHandler(
            self.path, maxBytes=_MAX_BYTES, backupCount=2, encoding="utf-8", delay=True
        )
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        # Second line of defence: no phone number or e-mail address in the file.
        file_handler.addFilter(RedactingFilter())
        self._listener = logging.handlers.QueueListener(self._queue, file_handler)
        self._listener.start()
        logger = logging.getLogger(LOGGER)
        logger.addHandler(self._handler)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)

    def stop(self) -> None:
        logging.getLogger(LOGGER).removeHandler(self._handler)
        if self._listener is not None:
            self._listener.stop()  # writes what is still queued
            for handler in self._listener.handlers:
                # Closing flushes: on a full disk that fails, and the program
                # must still end with its own last words, not this error.
                with contextlib.suppress(OSError):
                    handler.close()
            self._listener = None
