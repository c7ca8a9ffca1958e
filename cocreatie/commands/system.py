"""The palette's fixed commands, depending on where the facilitator is.

Yielded by ``CocreatieApp.get_system_commands(screen)``: the screen's own
declared commands first (``COMMANDS_DECLARED``, see
``cocreatie.widgets.command``), then the app's (theme, help, quit).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from textual.app import App, SystemCommand
from textual.widget import Widget

from cocreatie.i18n import t
from cocreatie.widgets.command import Command


def declared_commands(node: App | Widget) -> Iterable[SystemCommand]:
    """A palette line for each of ``node``'s declared commands that has one."""
    commands: Iterable[Command] = getattr(node, "COMMANDS_DECLARED", ())
    for command in commands:
        if command.palette is not None:
            yield SystemCommand(
                t(command.palette, **{name: t(key) for name, key in command.palette_args}),
                t(command.palette_help) if command.palette_help else "",
                # Scheduled, not awaited: a palette callback may be called plainly.
                partial(node.call_later, node.run_action, command.action),
            )


def system_commands(app: App, screen: Widget) -> Iterable[SystemCommand]:
    yield from declared_commands(screen)
    yield from declared_commands(app)
