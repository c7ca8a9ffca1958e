"""A Footer that rebuilds only when what it shows changes.

Textual's Footer recomposes all its keys whenever the bindings *might* have
changed, which is on every focus change. Moving through a form's fields
keeps the same keys, so the rebuild (and restyling every key) is wasted
work on each Tab, and it adds up at start-up.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

Signature = tuple[tuple[str, str, str, bool, str | None], ...]


def footer_signature(screen: Screen) -> Signature:
    return tuple(
        (
            key,
            active.binding.action,
            active.binding.description,
            active.enabled,
            active.binding.key_display,
        )
        for key, active in screen.active_bindings.items()
        if active.binding.show
    )


class QuietFooter(Footer):
    _shown: Signature | None = None

    def bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen and self.is_attached:
            signature = footer_signature(screen)
            if signature == self._shown and self._bindings_ready:
                return
            self._shown = signature
        super().bindings_changed(screen)
