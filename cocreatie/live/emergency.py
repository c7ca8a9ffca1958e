"""The emergency copy: what could not be saved, written somewhere else.

When the data folder refuses every save (full disk, folder made read-only,
USB stick pulled) and the facilitator quits, or the terminal is closed, the
record in memory is the only copy of the evening's latest work. It goes to
another folder as the full record in JSON, the file ``cocreatie import``
reads back, with names: it is the facilitator's own data, written private
(0600) like the session file itself.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from cocreatie.export.record import render_json
from cocreatie.models import Session
from cocreatie.store.atomic import atomic_write_bytes
from cocreatie.store.errors import save_error

log = logging.getLogger(__name__)


def emergency_name(session: Session, moment: datetime | None = None) -> str:
    stamp = (moment or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"cocreatie-noodkopie-{session.id}-{stamp}.json"


def default_folder() -> Path:
    """The home folder: there on every platform, and rarely the full one."""
    return Path.home()


def write_emergency_copy(session: Session, folder: Path) -> Path:
    """Write the whole record to ``folder`` (blocking; never on the event loop).

    Raises ``SaveError`` when it cannot be written; a partly written file is
    never left behind (the write is atomic).
    """
    folder = folder.expanduser()
    path = folder / emergency_name(session)
    try:
        if not folder.is_dir():
            raise FileNotFoundError(2, "No such folder", str(folder))
        atomic_write_bytes(path, render_json(session, with_names=True).encode("utf-8"))
    except OSError as error:
        raise save_error(folder, error) from error
    log.warning("emergency copy of session %s written to %s", session.id, path)
    return path
