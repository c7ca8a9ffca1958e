"""Keep the app alive when one of our handlers raises.

Textual stops a widget's message loop after an exception and then closes the
app; in a live meeting that would throw away whatever the facilitator was
typing. Our screens, step views and the app route such errors to
``CocreatieApp.recover_from_error`` instead: the record is saved, the details
go to the log file, and the facilitator sees a notification.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from textual.message import Message


@runtime_checkable
class ErrorRecovery(Protocol):
    def recover_from_error(self, error: Exception, where: str) -> None: ...


class GuardedDispatch:
    """Mixin for MessagePump subclasses (put it first in the bases)."""

    async def _dispatch_message(self, message: Message) -> None:
        try:
            await super()._dispatch_message(message)  # type: ignore[misc]
        except Exception as error:
            app: Any = getattr(self, "app", None)
            if not isinstance(app, ErrorRecovery):
                raise
            app.recover_from_error(error, type(self).__name__)
