"""DurableJSONStorage under TinyDB: damage is never "empty", failures keep state."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from tinydb import TinyDB

from cocreatie.store import atomic
from cocreatie.store.backups import BackupManager
from cocreatie.store.errors import CorruptFileError, DiskFullError, SaveError
from cocreatie.store.storage import DurableJSONStorage

GOOD = b'{"session":{"1":{"title":"Avondwandeling","wishes":["licht"]}}}'


def _db(path: Path, backups: BackupManager | None = None) -> TinyDB:
    return TinyDB(path, storage=DurableJSONStorage, backups=backups)


def test_missing_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.json"
    db = _db(path)
    assert db.table("session").all() == []
    assert not path.exists()  # reading creates nothing
    db.table("session").insert({"title": "Eerste"})
    assert json.loads(path.read_bytes()) == {"session": {"1": {"title": "Eerste"}}}
    assert _db(path).table("session").all() == [{"title": "Eerste"}]


@pytest.mark.parametrize(
    "damaged, code",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (GOOD[: len(GOOD) // 2], "truncated"),
        (GOOD[:-3], "truncated"),
        (GOOD.replace(b'"wishes"', b"wishes"), "invalid-json"),
        (b"\xff\xfe" + GOOD, "not-utf8"),
        (b'["not", "tables"]', "bad-structure"),
        (b'{"session": {"1": "tekst"}}', "bad-structure"),
    ],
)
def test_damaged_file_raises_and_is_left_alone(tmp_path: Path, damaged: bytes, code: str) -> None:
    path = tmp_path / "sessie.json"
    path.write_bytes(damaged)
    db = _db(path)
    with pytest.raises(CorruptFileError) as info:
        db.table("session").all()
    assert info.value.path == path
    assert info.value.reason.startswith(f"{code}:")
    # The dangerous TinyDB path: a write after a failed read must not wipe it.
    with pytest.raises(CorruptFileError):
        db.table("session").insert({"title": "overschrijven?"})
    assert path.read_bytes() == damaged


def test_byte_order_mark_from_an_editor_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "sessie.json"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD)
    assert _db(path).table("session").get(doc_id=1)["title"] == "Avondwandeling"


def test_reads_disk_once_then_serves_from_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sessie.json"
    path.write_bytes(GOOD)
    reads: list[Path] = []
    real_read_bytes = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self)
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    table = _db(path).table("session")
    for i in range(5):
        table.update({"step": i}, doc_ids=[1])
        assert table.get(doc_id=1)["step"] == i
    assert reads == [path]


def test_stable_compact_utf8_serialisation(tmp_path: Path) -> None:
    path = tmp_path / "sessie.json"
    _db(path).table("session").insert({"zeta": 1, "alfa": "café – straat"})
    assert path.read_bytes() == '{"session":{"1":{"alfa":"café – straat","zeta":1}}}'.encode()


def test_lone_surrogate_still_saves_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "sessie.json"
    odd = "geplakt \udc80 uit een chat"
    _db(path).table("session").insert({"text": odd})
    assert _db(path).table("session").get(doc_id=1)["text"] == odd


def test_unchanged_database_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "sessie.json"
    table = _db(path).table("session")
    table.insert({"title": "Zelfde"})
    inode = path.stat().st_ino
    table.update({"title": "Zelfde"}, doc_ids=[1])
    assert path.stat().st_ino == inode  # an atomic replace would change it


def test_disk_full_keeps_last_written_state_and_retry_writes_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sessie.json"
    table = _db(path).table("session")
    table.insert({"title": "v1", "wishes": ["licht"]})
    before = path.read_bytes()

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", full)
    with pytest.raises(DiskFullError) as info:
        table.update({"title": "v2", "wishes": ["licht", "drempels"]}, doc_ids=[1])
    assert info.value.path == path
    assert isinstance(info.value, SaveError)
    assert path.read_bytes() == before
    assert table.get(doc_id=1) == {"title": "v1", "wishes": ["licht"]}
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]

    monkeypatch.undo()  # space frees
    table.update({"title": "v2", "wishes": ["licht", "drempels"]}, doc_ids=[1])
    assert json.loads(path.read_bytes())["session"]["1"]["wishes"] == ["licht", "drempels"]


def test_other_write_errors_are_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sessie.json"
    table = _db(path).table("session")

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.os, "open", denied)
    with pytest.raises(SaveError) as info:
        table.insert({"title": "x"})
    assert not isinstance(info.value, DiskFullError)
    assert info.value.errno == errno.EROFS


def test_backup_is_taken_before_replacing(tmp_path: Path) -> None:
    path = tmp_path / "abc123.json"
    backups = BackupManager(tmp_path / ".backups", interval=0)
    table = _db(path, backups).table("session")
    table.insert({"title": "v1"})
    assert backups.list_backups("abc123") == []  # nothing existed to back up
    table.update({"title": "v2"}, doc_ids=[1])
    (backup,) = backups.list_backups("abc123")
    assert json.loads(backup.read_bytes())["session"]["1"]["title"] == "v1"


def test_failed_routine_backup_does_not_stop_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "abc123.json"
    backups = BackupManager(tmp_path / ".backups", interval=0)
    table = _db(path, backups).table("session")
    table.insert({"title": "v1"})

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backups, "backup", broken)
    table.update({"title": "v2"}, doc_ids=[1])
    assert json.loads(path.read_bytes())["session"]["1"]["title"] == "v2"


def test_files_are_private(tmp_path: Path) -> None:
    path = tmp_path / "sessie.json"
    old = os.umask(0o022)
    try:
        _db(path).table("session").insert({"title": "x"})
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600


def test_file_is_the_reference_encoding_after_many_edits(tmp_path: Path) -> None:
    """The incremental encoder is invisible on disk."""
    path = tmp_path / "sessie.json"
    table = _db(path).table("session")
    record = {"wishes": [{"id": f"w{i}", "text": f"wens {i}"} for i in range(20)], "n": 0}
    table.insert(record)
    for n in range(1, 30):
        record["n"] = n
        record["wishes"][n % 20]["text"] = f"gewijzigd {n} – één"
        if n % 7 == 0:
            record["wishes"].insert(0, {"id": f"x{n}", "text": "nieuw"})
        if n % 11 == 0:
            del record["wishes"][5]
        table.update(record, doc_ids=[1])
        expected = json.dumps(
            {"session": {"1": record}}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )
        assert path.read_bytes() == expected.encode()
