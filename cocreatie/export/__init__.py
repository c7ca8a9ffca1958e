"""Exports of a session: the action plan (md, html), its actions (csv), the
record (json), and the actions overview across sessions. No Textual here.

Formats are registered in ``cocreatie.export.formats``, one module each.
"""

from cocreatie.export.formats import (
    ExportFormat,
    UnknownFormatError,
    all_formats,
    by_extension,
    by_name,
    format_names,
    menu_formats,
)
from cocreatie.export.render import default_export_path, export_to_file, render

__all__ = [
    "ExportFormat",
    "UnknownFormatError",
    "all_formats",
    "by_extension",
    "by_name",
    "default_export_path",
    "export_to_file",
    "format_names",
    "menu_formats",
    "render",
]
