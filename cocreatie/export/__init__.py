"""Exports of a session: the action plan (md, html), its actions (csv), the
record (json), and the actions overview across sessions. No Textual here."""

from cocreatie.export.render import (
    FORMATS,
    UnknownFormatError,
    default_export_path,
    export_to_file,
    render,
)

__all__ = [
    "FORMATS",
    "UnknownFormatError",
    "default_export_path",
    "export_to_file",
    "render",
]
