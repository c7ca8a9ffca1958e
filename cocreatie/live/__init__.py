"""The session being worked on: record, template and background saver.

Between the store and the front ends: a screen (or, later, a web page for
participants' phones) changes ``LiveSession.session`` through the model's
methods and calls ``submit``; the saver writes it in its own thread. No
Textual here.
"""

from cocreatie.live.session import CLOSE_TIMEOUT_S, LiveSession

__all__ = ["CLOSE_TIMEOUT_S", "LiveSession"]
