"""What a step view asks of the session screen, and the answers.

A step view changes the record only; work on files (an export, scrubbing
older copies after an erasure) belongs to the session screen, which holds
the saver and the data folder. Requests bubble up from the view; answers are
posted back to the view that asked.
"""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.message_pump import MessagePump


class ExportRequested(Message):
    """Export the plan in ``fmt`` (a name in ``cocreatie.export.formats``); answer ``reply_to``."""

    def __init__(self, fmt: str, reply_to: MessagePump | None = None) -> None:
        super().__init__()
        self.fmt = fmt
        self.reply_to = reply_to


class ExportFinished(Message):
    """``path`` on success, otherwise ``error`` (ready to show)."""

    def __init__(self, fmt: str, path: Path | None, error: str | None = None) -> None:
        super().__init__()
        self.fmt = fmt
        self.path = path
        self.error = error


class ScrubCopies(Message):
    """A person was erased (or withdrew consent): older copies must lose ``terms``.

    ``terms`` are read before the change; the screen queues the changed
    record and scrubs once it is on disk (``cocreatie.live.scrub``).
    """

    def __init__(self, terms: list[str]) -> None:
        super().__init__()
        self.terms = terms
