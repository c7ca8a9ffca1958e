"""Notice when the data folder sits inside a cloud-synced folder.

A sync client copies every session file, backup and log to a server the
municipality may have no processing agreement with, and keeps deleted
versions there: an erasure here would not reach those copies. We can only
guess from the path, so this is a warning, never a refusal.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath
from typing import TextIO

from cocreatie.i18n import t

GENERIC = "cloud"

# Folder-name prefixes (case-insensitive) of the common sync clients, with
# the service name shown to the facilitator. Prefixes, because clients add
# the account: "OneDrive - Gemeente Almere", "Dropbox (Persoonlijk)".
_SERVICES: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),  # macOS: ~/Library/Mobile Documents
    ("com~apple~clouddocs", "iCloud"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("mijn drive", "Google Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud", "pCloud"),
    ("box sync", "Box"),
)


def cloud_service(path: PurePath) -> str | None:
    """The sync service ``path`` seems to live under, or ``None``."""
    names = [part.casefold() for part in path.parts]
    for name in names:
        for prefix, service in _SERVICES:
            if name.startswith(prefix):
                return service
    # macOS puts every File Provider sync folder under this parent, also
    # services not named above.
    return GENERIC if "cloudstorage" in names else None


def cloud_sync_hint(path: str | os.PathLike[str]) -> str | None:
    """One Dutch line warning that ``path`` looks cloud-synced, or ``None``.

    Symbolic links are followed: a "sessions" link into OneDrive is still
    OneDrive.
    """
    target = Path(path).expanduser()
    try:
        target = target.resolve()
    except OSError:
        target = target.absolute()
    service = cloud_service(target)
    if service is None:
        return None
    if service == GENERIC:
        service = t("privacy.cloud.generic")
    return t("privacy.cloud.warning", service=service, path=str(target))


_warned: set[Path] = set()


def warn_if_cloud_synced(path: str | os.PathLike[str], stream: TextIO | None = None) -> bool:
    """Print the warning (one line) once per process and folder; True if printed.

    For commands that write: reading a session from a synced folder adds no
    new copy, so those stay quiet.
    """
    hint = cloud_sync_hint(path)
    key = Path(path).expanduser().absolute()
    if hint is None or key in _warned:
        return False
    _warned.add(key)
    print(" ".join(hint.split()), file=stream or sys.stderr)
    return True


# Commands that write into the data folder and have no warning of their own
# (``erase`` and ``purge`` warn themselves; ``purge --dry-run`` must not).
WRITING_COMMANDS = frozenset({"demo", "import", "new", "duplicate", "delete", "restore"})


def warn_for_command(command: str | None, data_dir: str | os.PathLike[str]) -> bool:
    """The CLI's hook: warn before a writing command runs (once per process)."""
    return command in WRITING_COMMANDS and warn_if_cloud_synced(data_dir)
