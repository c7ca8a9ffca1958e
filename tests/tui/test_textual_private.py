"""Pins what ``cocreatie/widgets/textual_private.py`` uses of Textual's
private surface. A Textual release that renames or reshapes any of it fails
here, by name, before a facilitator loses a meeting's work to it."""

from __future__ import annotations

import errno
import inspect
import os

import pytest
import textual.widgets._footer as footer_parts
from textual.app import App
from textual.binding import BindingsMap
from textual.command import CommandPalette
from textual.message_pump import MessagePump
from textual.widgets import Footer

from cocreatie.app import CocreatieApp
from cocreatie.widgets.textual_private import (
    GuardedApp,
    GuardedDispatch,
    Palette,
    TerminalOutput,
)


def _parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


def test_the_message_loop_still_dispatches_through_dispatch_message() -> None:
    assert _parameters(MessagePump._dispatch_message) == ["self", "message"]
    assert inspect.iscoroutinefunction(MessagePump._dispatch_message)
    loop = inspect.getsource(MessagePump._process_messages_loop)
    assert "await self._dispatch_message(message)" in loop
    assert "self.app._handle_exception(error)" in loop


def test_actions_still_run_through_dispatch_action() -> None:
    assert _parameters(App._dispatch_action) == ["self", "namespace", "action_name", "params"]
    assert inspect.iscoroutinefunction(App._dispatch_action)
    assert "self._dispatch_action(" in inspect.getsource(App.run_action)


def test_the_last_resort_hooks_are_still_there() -> None:
    assert _parameters(App._handle_exception) == ["self", "error"]
    assert "self._fatal_error()" in inspect.getsource(App._handle_exception)
    assert _parameters(App._fatal_error) == ["self"]
    assert _parameters(App._close_messages_no_wait) == ["self"]


def test_our_overrides_are_the_ones_in_use() -> None:
    assert CocreatieApp._dispatch_action is GuardedApp._dispatch_action
    assert CocreatieApp._handle_exception is GuardedApp._handle_exception
    assert CocreatieApp._fatal_error is GuardedApp._fatal_error
    assert CocreatieApp._dispatch_message is GuardedDispatch._dispatch_message


def test_bindings_and_exit_renderables_keep_their_shape(tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = CocreatieApp(tmp_path)
    assert isinstance(app._bindings, BindingsMap)
    assert isinstance(app._bindings.key_to_bindings, dict)
    assert isinstance(app._exit_renderables, list)
    # Translated on the instance: a catalogue key never reaches the footer.
    descriptions = [b.description for bs in app._bindings.key_to_bindings.values() for b in bs]
    assert "Hulp" in descriptions and "ui.key.help" not in descriptions


def test_the_footer_parts_are_still_in_their_private_module() -> None:
    for name in ("FooterKey", "FooterLabel", "KeyGroup"):
        assert inspect.isclass(getattr(footer_parts, name)), name
    assert "_bindings_ready" in inspect.getsource(Footer)


class _DeadTerminal:
    """A terminal that hung up: every write fails as a pty's does."""

    def __init__(self, error: int) -> None:
        self.error = error
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        raise OSError(self.error, os.strerror(self.error))

    def flush(self) -> None:
        raise OSError(self.error, os.strerror(self.error))

    def fileno(self) -> int:
        return 2


def test_output_to_a_terminal_that_is_gone_goes_nowhere_quietly() -> None:
    """A write that raised used to kill Textual's writer thread; the app's
    shutdown then blocked for ever on the writer's full queue."""
    dead = _DeadTerminal(errno.EIO)
    output = TerminalOutput(dead)  # type: ignore[arg-type]
    output.write("\x1b[?1049l")
    output.flush()
    output.write("more")
    assert output.gone and dead.writes == 1


def test_other_output_errors_still_surface() -> None:
    output = TerminalOutput(_DeadTerminal(errno.EACCES))  # type: ignore[arg-type]
    with pytest.raises(PermissionError):
        output.write("x")
    assert not output.gone


def test_the_palettes_no_match_line_is_still_made_where_we_replace_it() -> None:
    for name in ("_start_no_matches_countdown", "_stop_no_matches_countdown"):
        assert callable(getattr(CommandPalette, name))
    assert isinstance(CommandPalette._NO_MATCHES, str)
    assert isinstance(CommandPalette._NO_MATCHES_COUNTDOWN, float)
    assert hasattr(CommandPalette, "_list_visible")
    assert Palette._start_no_matches_countdown is not CommandPalette._start_no_matches_countdown
