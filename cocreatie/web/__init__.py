"""Participation from phones: a small web server beside the screens.

``ShareHost`` (``web/host.py``) is the service; see docs/architecture.md.
It calls the same model methods as the screens and hands changes to the
same saver; it imports nothing from ``screens`` or ``widgets``.
"""
