"""A TinyDB storage for one session file that cannot half-write or forget.

Differences from TinyDB's ``JSONStorage``, each closing a way to lose words:

* writes go through ``atomic_write_bytes`` (temp file, fsync, rename, fsync
  folder), so a crash or kill leaves the old or the new file, never a mix;
* an existing file that is empty, cut off or not JSON raises
  ``CorruptFileError`` instead of reading as "no data" (TinyDB would then
  write an empty database over it);
* a failed write (full disk) raises ``SaveError``/``DiskFullError`` and keeps
  the last successfully written state as the state, so a retry writes all.

Speed (see ``benchmarks/store_latency.py``): with 1,000 wishes (~400 kB)
parsing the file and encoding it take 7-10 ms each on the development
machine, while the atomic write with both fsyncs takes about 1 ms. Plain
TinyDB does both on every edit. This storage:

* parses the file once and then serves reads from memory (handing out fresh
  dicts, because TinyDB mutates what ``read`` returns before it calls
  ``write``);
* encodes incrementally (``jsonenc``): only items that changed since the
  last write are encoded again, the rest is a comparison and a join;
* does not rewrite an unchanged database at all.

The data passed to ``write`` becomes the storage's state without a copy, as
with TinyDB's own storages: callers hand over fresh dicts (the repository
stores a new ``model_dump`` each time) and should not change them afterwards
(the encoder copes, but the "last written state" would drift from the file).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from tinydb.storages import Storage

from cocreatie.store.atomic import PRIVATE_FILE_MODE, atomic_write_bytes
from cocreatie.store.backups import BackupManager
from cocreatie.store.errors import LoadError, save_error
from cocreatie.store.fileformat import Tables, decode_tables
from cocreatie.store.jsonenc import IncrementalEncoder, encode_plain

log = logging.getLogger(__name__)

# A lone surrogate (possible from odd pastes) cannot be encoded as UTF-8;
# \u-escapes can, and read back to the same string.
_ASCII_ENCODER = json.JSONEncoder(ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def encode_tables(data: Tables, encoder: IncrementalEncoder | None = None) -> bytes:
    """File bytes for ``data``: sorted keys (stable diffs), compact, UTF-8
    left readable for someone opening the file in an editor."""
    text = encoder.encode(data) if encoder is not None else encode_plain(data)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _ASCII_ENCODER.encode(data).encode("ascii")


class DurableJSONStorage(Storage):
    """TinyDB storage for one session file; see the module docstring."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        backups: BackupManager | None = None,
        session_id: str | None = None,
        mode: int = PRIVATE_FILE_MODE,
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self.session_id = session_id or self.path.stem
        self._backups = backups
        self._mode = mode
        self._loaded = False
        self._data: Tables | None = None
        self._written: bytes | None = None
        self._encoder = IncrementalEncoder()

    def read(self) -> Tables | None:
        if not self._loaded:
            self._load()
        if self._data is None:
            return None
        # TinyDB edits the returned tables and documents in place before it
        # writes; fresh dicts keep the last written state intact if that
        # write then fails.
        return {name: {k: dict(doc) for k, doc in t.items()} for name, t in self._data.items()}

    def write(self, data: Tables) -> None:
        raw = encode_tables(data, self._encoder)
        if raw == self._written:
            return
        backup = self._routine_backup()
        try:
            atomic_write_bytes(self.path, raw, self._mode)
        except OSError as exc:
            # The file is unchanged, so the backup only duplicates it; keeping
            # it would rotate an older version out on every failed retry.
            self._settle_backup(backup, written=False)
            raise save_error(self.path, exc) from exc
        self._settle_backup(backup, written=True)
        self._data, self._written, self._loaded = data, raw, True

    def backup_now(self) -> Path | None:
        """Back up the file as it is on disk now (before a migration).

        Unlike routine backups this one must succeed: a failure raises
        ``SaveError`` so the caller does not rewrite the file without it.
        """
        if self._backups is None:
            return None
        try:
            return self._backups.before_replace(self.session_id, self.path, force=True)
        except OSError as exc:
            raise save_error(self._backups.folder(self.session_id), exc) from exc

    def close(self) -> None:
        # No handle is kept open between writes; nothing to release.
        pass

    def _load(self) -> None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._data, self._written = None, None
        except OSError as exc:
            raise LoadError(self.path, exc.errno, exc.strerror) from exc
        else:
            self._data, self._written = decode_tables(self.path, raw), raw
        self._loaded = True

    def _routine_backup(self) -> Path | None:
        if self._backups is None:
            return None
        try:
            return self._backups.pending(self.session_id, self.path)
        except OSError as exc:
            # A backup is a second line of defence; failing to make one must
            # not stop the session itself from being saved.
            log.warning("backup of %s failed: %s", self.path, exc)
            return None

    def _settle_backup(self, made: Path | None, *, written: bool) -> None:
        if self._backups is None or made is None:
            return
        try:
            if written:
                self._backups.confirm(self.session_id, made)
            else:
                self._backups.drop(made)
        except OSError as exc:
            log.warning("tidying the backups of %s failed: %s", self.path, exc)
