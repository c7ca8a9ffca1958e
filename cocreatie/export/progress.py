"""The hook for follow-up sessions: progress since the earlier session.

The numbers come from ``cocreatie.analysis.progress`` (owned by the
templates work). The plan only asks it for a ``progress_section(session,
template)`` and shows the result in the layout's ``progress`` block; the
contract the Markdown template relies on:

* ``summary``: pairs ``(label, value)`` of display strings, e.g.
  ``("Klaar", "3 van 8")``, shown as a two-column table;
* ``headers`` and ``rows``: an optional detail table of display strings,
  every row as long as ``headers``.

Until that module exists, or for a session without an earlier one, the
value is ``None`` and the block renders nothing.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from cocreatie.models import Session
from cocreatie.templating import SessionTemplate

PROVIDER = "cocreatie.analysis.progress"


def progress_section(
    session: Session, template: SessionTemplate, today: dt.date, lang: str | None = None
) -> Any:
    if session.previous_session_id is None:
        return None
    try:
        module = importlib.import_module(PROVIDER)
    except ModuleNotFoundError as exc:
        if exc.name != PROVIDER:
            raise  # a bug inside the provider must not pass silently
        return None
    provider = getattr(module, "progress_section", None)
    return provider(session, template, today, lang) if callable(provider) else None
