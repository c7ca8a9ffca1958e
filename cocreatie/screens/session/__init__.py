"""The session screen: the step list, the current step, its timer and saving."""

from cocreatie.screens.session.screen import SaveFailed, SaveSucceeded, SessionScreen

__all__ = ["SaveFailed", "SaveSucceeded", "SessionScreen"]
