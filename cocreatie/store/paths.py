"""Where session data lives, and the layout of the data folder.

    <data_dir>/<id>.json              the session (TinyDB file)
    <data_dir>/<id>.lock              one writer per session
    <data_dir>/.backups/<id>/         rolling backups
    <data_dir>/.damaged/<id>-<ts>.json  unreadable files, moved aside, never deleted
    <data_dir>/.trash/<id>-<ts>.json  deleted sessions, recoverable
    <data_dir>/.drafts/<id>.json      forms typed into but not saved
    <data_dir>/logs/
    <data_dir>/templates/             the facilitator's own templates

Only ``ensure_*`` functions touch the disk; the rest is path arithmetic.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cocreatie.models.ids import ID_PATTERN
from cocreatie.store.errors import AmbiguousSessionError, LoadError, SessionNotFoundError

ENV_VAR = "COCREATIE_DATA_DIR"
DEFAULT_DIR_NAME = "sessions"
PRIVATE_DIR_MODE = 0o700

SESSION_SUFFIX = ".json"
LOCK_SUFFIX = ".lock"
_ID_RE = re.compile(ID_PATTERN)
# Sortable as text, so "newest first" is a plain reverse sort; no colons,
# which Windows does not allow in file names.
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


def resolve_data_dir(cli_value: str | None) -> Path:
    """``--data-dir`` beats ``$COCREATIE_DATA_DIR`` beats ``./sessions``."""
    chosen = cli_value or os.environ.get(ENV_VAR) or DEFAULT_DIR_NAME
    return Path(chosen).expanduser().absolute()


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder (0o700) if needed; return it."""
    return ensure_private_dir(path)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and missing parents; folders we create get 0o700.

    An existing folder keeps its permissions: it may be the user's own
    (``--data-dir ~/Documenten``) and changing those would surprise them.
    """
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    for created in missing:
        # mkdir's mode is filtered by the umask.
        os.chmod(created, PRIVATE_DIR_MODE)
    return path


def is_valid_session_id(session_id: str) -> bool:
    """Ids become file names: only the model's id alphabet is allowed."""
    return bool(_ID_RE.fullmatch(session_id))


def utc_stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now(UTC)).astimezone(UTC).strftime(_STAMP_FORMAT)


def parse_stamp(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass(frozen=True)
class DataLayout:
    root: Path

    def session_file(self, session_id: str) -> Path:
        return self.root / f"{checked_id(session_id)}{SESSION_SUFFIX}"

    def lock_file(self, session_id: str) -> Path:
        return self.root / f"{checked_id(session_id)}{LOCK_SUFFIX}"

    @property
    def backups_dir(self) -> Path:
        return self.root / ".backups"

    def backup_dir(self, session_id: str) -> Path:
        return self.backups_dir / checked_id(session_id)

    @property
    def damaged_dir(self) -> Path:
        return self.root / ".damaged"

    @property
    def trash_dir(self) -> Path:
        return self.root / ".trash"

    @property
    def drafts_dir(self) -> Path:
        return self.root / ".drafts"

    def draft_file(self, session_id: str) -> Path:
        return self.drafts_dir / f"{checked_id(session_id)}{SESSION_SUFFIX}"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    def session_ids(self) -> list[str]:
        """Ids of the session files present (reads the folder)."""
        try:
            names = os.listdir(self.root)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise LoadError(self.root, exc.errno, exc.strerror) from exc
        stems = (n[: -len(SESSION_SUFFIX)] for n in names if n.endswith(SESSION_SUFFIX))
        return sorted(s for s in stems if is_valid_session_id(s))

    def has_session(self, session_id: str) -> bool:
        return is_valid_session_id(session_id) and self.session_file(session_id).exists()

    def resolve(self, ref: str) -> str:
        """The id ``ref`` names: an exact id, or the start of exactly one id.

        File names suffice, so start-up can find a session without reading
        or validating any record.
        """
        ref = ref.strip()
        if self.has_session(ref):
            return ref
        needle = ref.lower()
        matches = [i for i in self.session_ids() if i.startswith(needle)] if needle else []
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise AmbiguousSessionError(ref, matches)
        raise SessionNotFoundError(ref)


def stamped_name(session_id: str, moment: datetime | None = None) -> str:
    """``<id>-<UTC timestamp>.json`` for moved-aside and trashed files."""
    return f"{checked_id(session_id)}-{utc_stamp(moment)}{SESSION_SUFFIX}"


def split_stamped_name(name: str) -> tuple[str, datetime] | None:
    """Inverse of ``stamped_name``; ``None`` for names we did not make."""
    if not name.endswith(SESSION_SUFFIX):
        return None
    session_id, _, stamp = name[: -len(SESSION_SUFFIX)].rpartition("-")
    moment = parse_stamp(stamp.partition("_")[0])  # "_<n>" from unique_path
    if moment is None or not is_valid_session_id(session_id):
        return None
    return session_id, moment


def unique_path(path: Path) -> Path:
    """``path``, or ``path`` with ``_1``, ``_2``... before the suffix if taken."""
    candidate, counter = path, 0
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}_{counter}{path.suffix}")
    return candidate


def checked_id(session_id: str) -> str:
    # A guard against path tricks ("../x"): callers validate ids earlier and
    # turn failures into user errors; reaching this is a programming error.
    if not is_valid_session_id(session_id):
        raise ValueError(f"not a session id: {session_id!r}")
    return session_id
