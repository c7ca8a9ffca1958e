"""Keys typed before a screen can take them: kept, then replayed in order.

A session opens in a worker while the first screen already shows the
session's frame, and the session screen builds a step before that step can
have the focus (the first one, and every one the facilitator moves to). A
facilitator who starts typing at once must not lose those keys, nor have
them land in whatever happens to be focused meanwhile. App-wide priority
keys (quit, the command palette, next/previous step) never get here: they
act at once.

A replayed key is sent as the terminal sends one, from the app. Textual
stops a key from bubbling past the node that sent it, and a key made while
a screen handles it counts as sent by that screen: replayed as such, it
would never reach the app's and the screen's key bindings (Ctrl+G, F1, F4
...), only the focused widget's own keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual.app import App


class HeldKeys:
    """Holds keys until ``release``; after that it lets every key through
    until ``hold_again``."""

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

    def hold_again(self) -> None:
        """Start holding (again) until the next ``release``."""
        if self._keys is None:
            self._keys = []

    def take(self) -> list[events.Key]:
        """The held keys, for another holder; this one keeps holding nothing."""
        keys, self._keys = self._keys or [], []
        return keys

    def release(self, app: App[object]) -> None:
        """Replay the held keys to ``app`` as if typed now, and stop holding."""
        keys, self._keys = self._keys or [], None
        for key in keys:
            app.post_message(key.set_sender(app))
