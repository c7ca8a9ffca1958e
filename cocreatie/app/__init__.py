"""The Textual app and how it is started; see ``cocreatie_app`` and ``run``."""

from cocreatie.analysis.preview import SessionPreview, read_preview
from cocreatie.app.cocreatie_app import CocreatieApp
from cocreatie.app.run import run_tui

__all__ = ["CocreatieApp", "SessionPreview", "read_preview", "run_tui"]
