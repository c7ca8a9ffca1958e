"""The export formats: one module per format in this package.

Adding a format is adding a module here that defines ``FORMAT``, an
``ExportFormat``, and a label ``export.format.<name>`` in both catalogues.
The command line's ``--format`` values and its ``-o`` extension mapping,
the TUI's export buttons and palette commands all read this registry.

This package stays light (no pydantic, Jinja2 or markdown-it): the command
line reads it while building its parser and the TUI while drawing a menu.
A format's ``render`` loads what it needs when an export is made.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cocreatie.models import Session
    from cocreatie.templating import SessionTemplate


@dataclass(frozen=True)
class Rendering:
    """What an export is made from."""

    session: Session
    template: SessionTemplate
    with_names: bool = False
    # The data folder: its own copies of the layout files win.
    data_dir: Path | None = None
    # The language of the plan's own words; by default the session's.
    lang: str | None = None


@dataclass(frozen=True)
class ExportFormat:
    name: str  # the --format value, and the catalogue key export.format.<name>
    extension: str  # of the file, without the dot
    # The file's bytes (text formats: UTF-8); the same input gives the same bytes.
    render: Callable[[Rendering], bytes]
    order: int = 100  # place in menus and lists
    # Offered in the TUI's export menu and palette; the record itself (json)
    # is for `cocreatie import` and asked for by name on the command line.
    in_menu: bool = True
    # Not text (a PDF): the command line writes it to a file, not to a terminal.
    binary: bool = False

    @property
    def label_key(self) -> str:
        return f"export.format.{self.name}"


class UnknownFormatError(ValueError):
    def __init__(self, fmt: str) -> None:
        super().__init__(fmt)
        self.fmt = fmt


@cache
def all_formats() -> tuple[ExportFormat, ...]:
    """Every format, in menu order."""
    found: list[ExportFormat] = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        fmt = getattr(module, "FORMAT", None)
        if not isinstance(fmt, ExportFormat):
            raise TypeError(f"{module.__name__} defines no FORMAT = ExportFormat(...)")
        found.append(fmt)
    return tuple(sorted(found, key=lambda f: (f.order, f.name)))


def format_names() -> tuple[str, ...]:
    return tuple(f.name for f in all_formats())


def menu_formats() -> tuple[ExportFormat, ...]:
    return tuple(f for f in all_formats() if f.in_menu)


def by_name(name: str) -> ExportFormat:
    """The format called ``name`` (any case); raises ``UnknownFormatError``."""
    wanted = name.lower()
    for fmt in all_formats():
        if fmt.name == wanted:
            return fmt
    raise UnknownFormatError(name)


def by_extension(path: str | Path) -> ExportFormat | None:
    """The format a file name's extension (or a bare extension) asks for;
    ``None`` when no format writes such files."""
    text = str(path)
    suffix = Path(text).suffix if "." in text else f".{text}"
    wanted = suffix.lower().removeprefix(".")
    return next((f for f in all_formats() if f.extension == wanted), None)
