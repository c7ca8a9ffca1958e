"""Every use of Textual's private surface, in one place.

Textual offers no public hook for these; each is pinned by
``tests/tui/test_textual_private.py``, which fails loudly when a Textual
release renames or reshapes what is used here. Nothing else in the package
touches a Textual name that starts with an underscore.

- A handler that raises: Textual stops that widget's message loop and then
  closes the app (``MessagePump._dispatch_message`` -> ``App._handle_exception``).
  In a meeting that would throw away what the facilitator is typing, so our
  screens, dialogs and step views catch the error one level lower
  (``GuardedDispatch``) and the app saves, logs and notifies instead. Actions
  run from a key or the palette go through ``App._dispatch_action``.
- The last resort (an error inside Textual itself): ``App._handle_exception``
  saves first; ``App._fatal_error`` leaves a Dutch line instead of a
  traceback full of locals (which may quote the record).
- Key descriptions come from the catalogue after ``--lang`` is read, but
  Textual merges ``BINDINGS`` when a class is created: each instance
  translates its own copy of ``_bindings``.
- The footer is built from Textual's own footer parts, which live in the
  private module ``textual.widgets._footer``.
- The command palette writes "No matches found" itself, in English
  (``CommandPalette._start_no_matches_countdown``); ``Palette`` says it
  from the catalogue.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Protocol, runtime_checkable

from rich.align import Align
from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.command import CommandList, CommandPalette
from textual.dom import DOMNode
from textual.message import Message
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup
from textual.widgets.option_list import Option

from cocreatie.i18n import has, t

__all__ = [
    "ErrorRecovery",
    "FooterKey",
    "FooterLabel",
    "GuardedApp",
    "GuardedDispatch",
    "KeyGroup",
    "Palette",
    "bindings_ready",
    "translate_bindings",
]


@runtime_checkable
class ErrorRecovery(Protocol):
    def recover_from_error(self, error: Exception, where: str) -> None: ...


class GuardedDispatch:
    """Mixin for screens, dialogs and step views (put it first in the bases):
    an error in one of their handlers goes to the app's ``recover_from_error``."""

    async def _dispatch_message(self, message: Message) -> None:
        try:
            await super()._dispatch_message(message)  # type: ignore[misc]
        except Exception as error:
            app: Any = getattr(self, "app", None)
            if not isinstance(app, ErrorRecovery):
                raise
            app.recover_from_error(error, type(self).__name__)


class GuardedApp(GuardedDispatch):
    """Mixin for the App (first in the bases). Subclasses implement
    ``recover_from_error``, ``save_before_exit`` and ``fatal_message``."""

    def recover_from_error(self, error: Exception, where: str) -> None:
        raise NotImplementedError

    def save_before_exit(self, error: Exception) -> None:
        """An error Textual cannot survive: save what can be saved."""

    def fatal_message(self) -> str:
        raise NotImplementedError

    async def _dispatch_action(self, namespace: DOMNode, action_name: str, params: Any) -> bool:
        try:
            return await super()._dispatch_action(namespace, action_name, params)  # type: ignore[misc]
        except Exception as error:
            self.recover_from_error(error, f"{type(namespace).__name__}.{action_name}")
            return True

    def _handle_exception(self, error: Exception) -> None:
        self.save_before_exit(error)
        super()._handle_exception(error)  # type: ignore[misc]

    def _fatal_error(self) -> None:
        app: Any = self
        assert isinstance(app, App)
        app.bell()
        app._exit_renderables.append(Text(self.fatal_message()))
        app._close_messages_no_wait()


def translated(binding: Binding) -> Binding:
    changes: dict[str, Any] = {}
    if binding.description and has(binding.description):
        changes["description"] = t(binding.description)
    if binding.tooltip and has(binding.tooltip):
        changes["tooltip"] = t(binding.tooltip)
    group = binding.group
    if group is not None and group.description and has(group.description):
        changes["group"] = dataclasses.replace(group, description=t(group.description))
    return dataclasses.replace(binding, **changes) if changes else binding


def translate_bindings(node: DOMNode) -> None:
    """Replace ``node``'s own binding descriptions (catalogue keys such as
    "ui.key.next_step") by their translations; call it from ``__init__``."""
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [translated(b) for b in bindings]


def bindings_ready(footer: Footer) -> bool:
    """Whether the footer has seen the screen's bindings yet."""
    return bool(footer._bindings_ready)


class Palette(CommandPalette):
    """The command palette, saying "nothing found" in the chosen language."""

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # As Textual's own, with the line from the catalogue.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                line = Align.center(Text(t("ui.palette.no_match"), style="not bold"))
                self.query_one(CommandList).add_option(
                    Option(line, disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
