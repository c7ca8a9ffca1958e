"""A command declared once: its key, footer text and palette entry together.

A screen lists its ``Command``s in ``COMMANDS_DECLARED`` and takes its
``BINDINGS`` from them (``bindings_of``); the command palette offers the
same list (``cocreatie.commands.system``). So a key, what the footer and
the help say about it, and the palette line cannot drift apart. Texts are
catalogue keys, translated per instance (``translate_bindings``) and when
the palette is opened.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True)
class Command:
    action: str  # as in a binding: "next_step", "export('md')"
    description: str  # catalogue key: the footer's and the help's words
    key: str | None = None  # None: only in the palette
    id: str | None = None  # binding id, for remapping keys
    palette: str | None = None  # catalogue key of the palette line; None: key only
    palette_help: str | None = None
    # Placeholders of the palette line, each filled with the text of a
    # catalogue key: (("format", "export.format.md"),) for "... als {format}".
    palette_args: tuple[tuple[str, str], ...] = ()
    show: bool = True
    key_display: str | None = None
    group: Binding.Group | None = None
    priority: bool = False

    def binding(self) -> Binding:
        assert self.key is not None, self
        return Binding(
            self.key,
            self.action,
            self.description,
            show=self.show,
            key_display=self.key_display,
            priority=self.priority,
            id=self.id,
            group=self.group,
        )


def bindings_of(commands: Iterable[Command]) -> list[BindingType]:
    """The key bindings of ``commands`` (those that have a key)."""
    return [command.binding() for command in commands if command.key is not None]
