"""After an erasure: remove the older copies that still hold the person.

Saving the erased record replaces the session file, but earlier versions
live on: rolling backups, a damaged copy moved aside, a trashed copy of the
same session, and possibly a log line. Call ``scrub_session_copies`` after
the change is saved (in a worker: it does file IO). It then keeps one fresh
backup of the clean file, so the safety net is there again at once.

Unlinking frees the data for the filesystem; the disk blocks themselves are
only unreadable on an encrypted disk (see the README's privacy section).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cocreatie.models import Participant
from cocreatie.privacy.redact import TermReplacer
from cocreatie.store.atomic import fsync_dir
from cocreatie.store.drafts import drop_drafts
from cocreatie.store.repository import SessionRepository
from cocreatie.store.trash import list_stamped

log = logging.getLogger(__name__)

ERASED_MARK = "[gewist]"


@dataclass(frozen=True)
class ScrubReport:
    backups_removed: int
    copies_removed: int  # from .trash/ and .damaged/
    drafts_removed: int  # unsaved forms that mention the terms
    logs_cleaned: int
    fresh_backup: Path | None


def terms_of_participant(person: Participant) -> list[str]:
    """What to look for after erasing ``person`` (read it before erasing)."""
    terms = [person.display_name]
    if person.contact is not None:
        terms += [person.contact.phone, person.contact.email, person.contact.other]
    return [term for term in terms if term]


def terms_of_contact(person: Participant) -> list[str]:
    """What to look for after consent is withdrawn (read it before withdrawing)."""
    return [term for term in terms_of_participant(person)[1:] if term]


def scrub_session_copies(
    repository: SessionRepository, session_id: str, terms: Iterable[str] = ()
) -> ScrubReport:
    """Remove every older copy of the session and ``terms`` from the logs.

    The caller has saved the clean record already. Backups, and copies in
    ``.trash/`` and ``.damaged/`` are removed; a trashed or damaged copy of
    this session still holds what was erased, and erasure outranks recovery.
    """
    backups = repository.backups
    removed = len(backups.list_backups(session_id))
    backups.purge(session_id)
    layout = repository.layout
    copies = 0
    for folder in (layout.trash_dir, layout.damaged_dir):
        for entry in list_stamped(folder):
            if entry.session_id == session_id:
                with contextlib.suppress(FileNotFoundError):
                    entry.path.unlink()
                    copies += 1
        if folder.exists():
            fsync_dir(folder)
    wanted = list(terms)
    # A draft holds what was typed and never saved: one that mentions the
    # person goes whole (a damaged drafts file, which nobody can check, too).
    drafts = drop_drafts(layout, session_id, lambda draft: draft.mentions(wanted))
    cleaned = scrub_logs(layout.logs_dir, wanted)
    fresh = backups.backup(session_id, layout.session_file(session_id))
    log.info(
        "privacy: scrubbed session %s (%d backups, %d copies, %d drafts, %d logs)",
        session_id,
        removed,
        copies,
        drafts,
        cleaned,
    )
    return ScrubReport(removed, copies, drafts, cleaned, fresh)


def scrub_logs(logs_dir: Path, terms: Iterable[str]) -> int:
    """Replace ``terms`` in every log file; returns how many files changed.

    Rewritten in place, not replaced: the running program's log handler
    keeps its file open and must go on writing to the same file.
    """
    replacer = TermReplacer(dict.fromkeys(terms, ERASED_MARK))
    if not replacer:
        return 0
    try:
        names = sorted(os.listdir(logs_dir))
    except FileNotFoundError:
        return 0
    changed = 0
    for name in names:
        path = logs_dir / name
        if not path.is_file():
            continue
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        clean = replacer.in_text(text)
        if clean == text:
            continue
        with open(path, "r+b") as handle:
            handle.write(clean.encode("utf-8"))
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
        changed += 1
    return changed
