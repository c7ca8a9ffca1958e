"""How saving went, posted to the session screen from the saver's thread."""

from __future__ import annotations

from datetime import datetime

from textual.message import Message


class SaveSucceeded(Message):
    def __init__(self, moment: datetime) -> None:
        super().__init__()
        self.moment = moment


class SaveFailed(Message):
    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error
