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
- A terminal that goes away (window closed, ``tmux kill-session``, SSH
  dropped) must not hang the app: ``HangupSafeDriver`` changes how Textual's
  Linux driver reacts to SIGCONT and to a dead terminal (see there).
- The command palette writes "No matches found" itself, in English
  (``CommandPalette._start_no_matches_countdown``); ``Palette`` says it
  from the catalogue.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import os
import signal
import sys
from collections.abc import Iterator
from typing import IO, Any, Protocol, runtime_checkable

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
from textual.worker import Worker, WorkerState

from cocreatie.i18n import has, t

__all__ = [
    "DRIVER_CLASS",
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
    def recover_from_error(
        self, error: Exception, where: str, message: str | None = None
    ) -> None: ...


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
        else:
            self._report_failed_worker(message)

    def _report_failed_worker(self, message: Message) -> None:
        # Textual drops the error of a worker started with
        # ``exit_on_error=False`` without a word: only its state says it
        # failed. Every such worker handles the errors it expects itself, so
        # one that got here is a bug, and it must be as loud as a failing
        # handler (logged, told), never a screen that waits for ever. A
        # screen that tells a worker's failure itself calls ``prevent_default``.
        if not isinstance(message, Worker.StateChanged) or message.state != WorkerState.ERROR:
            return
        if message._no_default_action:  # a handler told it (``prevent_default``)
            return
        worker = message.worker
        error = worker.error
        app: Any = getattr(self, "app", None)
        if worker.exit_on_error or not isinstance(error, Exception):
            return
        if isinstance(app, ErrorRecovery):
            app.recover_from_error(error, f"{type(self).__name__} worker {worker.name}")


class GuardedApp(GuardedDispatch):
    """Mixin for the App (first in the bases). Subclasses implement
    ``recover_from_error``, ``save_before_exit`` and ``fatal_message``."""

    def recover_from_error(self, error: Exception, where: str, message: str | None = None) -> None:
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


# -- the terminal going away ----------------------------------------------------------------

# Errors that mean the terminal is gone for good: the window was closed, the
# pseudo-terminal hung up, the descriptor was closed under us.
_TERMINAL_GONE = frozenset({errno.EIO, errno.EBADF, errno.ENXIO, errno.EPIPE})


class TerminalOutput:
    """The terminal as Textual's writer thread sees it, minus the crash.

    Textual writes from one thread that reads a bounded queue (30 writes).
    If a write raises, that thread dies, the queue fills, and the 31st write
    of the main thread blocks for ever. Once the terminal is gone, output
    goes nowhere, quietly: there is nobody left to read it.
    """

    def __init__(self, file: IO[str]) -> None:
        self._file = file
        self.gone = False

    def write(self, text: str) -> None:
        if not self.gone:
            with self._when_gone():
                self._file.write(text)

    def flush(self) -> None:
        if not self.gone:
            with self._when_gone():
                self._file.flush()

    def fileno(self) -> int:
        return self._file.fileno()

    def isatty(self) -> bool:
        return True

    @contextlib.contextmanager
    def _when_gone(self) -> Iterator[None]:
        try:
            yield
        except OSError as error:
            if error.errno not in _TERMINAL_GONE:
                raise
            self.gone = True
        except ValueError:  # the file object was closed
            self.gone = True


if sys.platform != "win32":
    from textual.drivers.linux_driver import LinuxDriver

    class HangupSafeDriver(LinuxDriver):
        """Textual's Linux driver, made safe for a terminal that disappears.

        When a terminal hangs up, the kernel sends SIGHUP and then SIGCONT.
        Textual resumes application mode on every SIGCONT (it expects one
        only after its own Ctrl+Z suspend), so a hangup starts a second
        writer and input thread on the dead terminal. That writer dies at
        its first write (EIO); the app's shutdown then writes into its
        queue until it is full, and the main thread blocks for ever: the
        process never saves its last words to disk nor exits. A bare
        Textual app dies of the SIGHUP before any of this matters; ours
        catches SIGHUP to save.

        Here SIGCONT resumes only after a suspend of our own, output to a
        dead terminal is dropped (``TerminalOutput``), and when reading the
        terminal fails because it is gone the app gets a SIGHUP (saving and
        exiting) instead of a traceback.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._file = TerminalOutput(self._file)  # type: ignore[assignment, arg-type]
            self._suspended = False

        def _sigtstp_application(self, *args: Any) -> None:
            self._suspended = True
            super()._sigtstp_application(*args)

        def _sigcont_application(self, *args: Any) -> None:
            if self._suspended:
                self._suspended = False
                super()._sigcont_application(*args)

        def run_input_thread(self) -> None:
            try:
                super().run_input_thread()
            except OSError as error:
                # Anything else goes to Textual's handler, as before.
                if error.errno not in _TERMINAL_GONE:
                    raise
                if not self.exit_event.is_set():
                    os.kill(os.getpid(), signal.SIGHUP)

    DRIVER_CLASS: type[LinuxDriver] | None = HangupSafeDriver
else:  # Windows: no SIGHUP/SIGCONT, and Textual's own driver there.
    DRIVER_CLASS = None


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
