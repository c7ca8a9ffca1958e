"""Keys typed before a screen can take them: kept, then replayed in order.

A session opens in a worker while the first screen already shows the
session's frame, and the session screen builds its first step before that
step can have the focus. A facilitator who starts typing at once must not
lose those keys, nor have them land in whatever happens to be focused
meanwhile. App-wide priority keys (quit, the command palette) never get
here: they act at once.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual.app import App


class HeldKeys:
    """Holds keys until ``release``; after that it lets every key through."""

    def __init__(self, keys: Iterable[events.Key] = ()) -> None:
        self._keys: list[events.Key] | None = list(keys)

    @property
    def holding(self) -> bool:
        return self._keys is not None

    def hold(self, event: events.Key) -> bool:
        """Keep ``event`` (stopping it here) if still holding; whether it was kept."""
        if self._keys is None:
            return False
        event.stop()
        event.prevent_default()
        # A fresh event: the app treats it as new input when it is replayed.
        self._keys.append(events.Key(event.key, event.character))
        return True

    def take(self) -> list[events.Key]:
        """The held keys, for another holder; this one keeps holding nothing."""
        keys, self._keys = self._keys or [], []
        return keys

    def release(self, app: App[object]) -> None:
        """Replay the held keys to ``app`` as if typed now, and stop holding."""
        keys, self._keys = self._keys or [], None
        for key in keys:
            app.post_message(key)
