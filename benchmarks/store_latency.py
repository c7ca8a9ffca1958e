"""Edit-to-durable latency of the session store, side by side.

Run: ``.venv/bin/python benchmarks/store_latency.py [--edits N] [--dir PATH]``

For sessions of 100, 1,000 and 5,000 wishes, one edit is: change the text of
one random wish, then persist the whole record. The clock runs from the edit
until the write call returns (i.e. until the data is on disk as far as each
backend promises). Three backends:

(a) cocreatie store: ``DurableJSONStorage`` under TinyDB (``Table.update``),
    atomic replace + fsync of file and folder, rolling backups on;
(b) TinyDB's default ``JSONStorage`` (the baseline): re-reads and parses the
    whole file before every update, then overwrites it in place. In TinyDB
    4.9 it does fsync, but it is not atomic (a crash mid-write leaves a
    mixed or cut-off file) and the final truncate is not fsynced;
(c) sqlite3, WAL mode, ``synchronous=FULL``, the record as one JSON blob;
(d) for information, the app's full save path: ``OpenSession.save_snapshot``,
    which validates the snapshot with pydantic once and then stores it as
    handed over, through (a).

Figures depend on the disk and on what else the machine is doing; run it a
few times before drawing conclusions. Nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import JSONStorage

from cocreatie.models import Location, Participant, Session, SessionMeta, Wish
from cocreatie.store import OpenSession, SessionRepository
from cocreatie.store.backups import BackupManager
from cocreatie.store.sessionfile import SessionFile

SIZES = (100, 1_000, 5_000)
ROUNDS = 5
Record = dict[str, Any]

_PHRASES = (
    "meer licht op het fietspad langs de singel",
    "hangjongeren bij de supermarkt aanspreken",
    "drempels: er wordt te hard gereden",
    "scooters op de stoep",
    "bosjes bij de speeltuin snoeien",
    "een camera bij het winkelcentrum",
    "een vaste wijkagent die je kent",
    "terugkoppeling van de gemeente",
    "afval naast de containers",
    "donker bij de bushalte",
)
_STREETS = ("Lindelaan", "Kerkstraat", "Parkweg", "Molenpad", "Schoolplein", "Dorpsstraat")


def make_record(items: int, rng: random.Random) -> Record:
    """A valid session record (``Session.model_dump``) with ``items`` wishes."""
    people = [Participant(display_name=f"Deelnemer {i + 1}") for i in range(20)]
    wishes = [
        Wish(
            text=", ".join(rng.choices(_PHRASES, k=rng.randint(1, 4))).capitalize() + ".",
            participant_ids=[p.id for p in rng.sample(people, 2)],
            location=Location(text=rng.choice(_STREETS)),
            time_of_day=rng.choice(["evening", "night", None]),
            scale=rng.choice(["small_norm", "structural"]),
            votes=rng.randint(0, 12),
            worry=rng.choice(["high", "low", None]),
            visible_action=rng.choice([True, False, None]),
        )
        for _ in range(items)
    ]
    meta = SessionMeta(title="Veilig in de Oosterpark", neighbourhood="Oosterpark")
    session = Session(meta=meta, participants=people, wishes=wishes)
    return session.model_dump(mode="json")


def _edit(record: Record, rng: random.Random, n: int) -> None:
    wish = rng.choice(record["wishes"])
    wish["text"] = f"{wish['text'][:150]} (aanvulling {n}: {rng.choice(_PHRASES)})"


class Backend:
    name: str

    def setup(self, folder: Path, record: Record) -> None: ...

    def persist(self, record: Record) -> None: ...

    def close(self) -> None: ...


class CocreatieStore(Backend):
    name = "cocreatie store"

    def setup(self, folder: Path, record: Record) -> None:
        backups = BackupManager(folder / ".backups")
        self.file = SessionFile(folder / "bench001.json", "bench001", backups)
        self.file.save(record)

    def persist(self, record: Record) -> None:
        self.file.save(record)

    def close(self) -> None:
        self.file.close()


class RepositoryPath(Backend):
    """Informational: what the app's autosave pays, pydantic validation included."""

    name = "store+validation"

    def setup(self, folder: Path, record: Record) -> None:
        repo = SessionRepository(folder)
        self.opened: OpenSession = repo.create(Session.model_validate(record))

    def persist(self, record: Record) -> None:
        self.opened.save_snapshot(record)

    def close(self) -> None:
        self.opened.close()


class TinyDBDefault(Backend):
    name = "TinyDB JSONStorage"

    def setup(self, folder: Path, record: Record) -> None:
        self.db = TinyDB(folder / "tinydb.json", storage=JSONStorage)
        self.table = self.db.table("session", cache_size=0)
        self.table.insert(record)

    def persist(self, record: Record) -> None:
        self.table.update(record, doc_ids=[1])

    def close(self) -> None:
        self.db.close()


class SqliteWal(Backend):
    name = "sqlite3 WAL FULL"

    def setup(self, folder: Path, record: Record) -> None:
        self.db = sqlite3.connect(folder / "sessions.sqlite3", isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("CREATE TABLE session (id TEXT PRIMARY KEY, data TEXT NOT NULL)")
        self.db.execute("INSERT INTO session VALUES (?, ?)", (record["id"], json.dumps(record)))

    def persist(self, record: Record) -> None:
        data = json.dumps(record, ensure_ascii=False)
        self.db.execute("BEGIN")
        self.db.execute("UPDATE session SET data = ? WHERE id = ?", (data, record["id"]))
        self.db.execute("COMMIT")  # WAL + synchronous=FULL: synced at commit

    def close(self) -> None:
        self.db.close()


def measure(
    backend_types: list[Callable[[], Backend]], items: int, edits: int, root: Path
) -> dict[str, list[float]]:
    """Edit-to-durable timings per backend, the backends taking turns.

    Backends take turns in blocks of edits: the turns spread background load
    (other processes) evenly over them, so the ratios stay fair on a busy
    machine; the blocks keep one backend's pending disk work mostly out of
    the next one's fsyncs (ext4 commits the journal for everyone).
    """
    template = make_record(items, random.Random(items))
    block = max(1, edits // ROUNDS)
    with tempfile.TemporaryDirectory(dir=root) as tmp:
        backends, records, rngs = [], [], []
        for index, backend_type in enumerate(backend_types):
            folder = Path(tmp) / str(index)
            folder.mkdir()
            backend = backend_type()
            record = json.loads(json.dumps(template))  # each its own copy
            backend.setup(folder, record)
            backends.append(backend)
            records.append(record)
            rngs.append(random.Random(items))  # the same edits for each
        timings: dict[str, list[float]] = {b.name: [] for b in backends}
        try:
            for first in range(0, edits, block):
                for backend, record, rng in zip(backends, records, rngs, strict=True):
                    # Two untimed edits first: the first save's backup, caches.
                    for n in range(first - 2, min(first + block, edits)):
                        start = time.perf_counter()
                        _edit(record, rng, n)
                        backend.persist(record)
                        if n >= first:
                            timings[backend.name].append(time.perf_counter() - start)
        finally:
            for backend in backends:
                backend.close()
    return timings


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=200, help="edits per size (5,000: 1/4)")
    parser.add_argument("--dir", type=Path, default=Path.cwd(), help="where to put the files")
    args = parser.parse_args(argv)
    backends: list[Callable[[], Backend]] = [
        CocreatieStore,
        TinyDBDefault,
        SqliteWal,
        RepositoryPath,
    ]

    print(f"Python {sys.version.split()[0]}, files in {args.dir} ({_filesystem(args.dir)})")
    print("latency from edit to durable, milliseconds; ratio = backend / TinyDB JSONStorage\n")
    header = f"{'items':>6}  {'backend':<20} {'median':>8} {'p95':>8} {'×median':>8} {'×p95':>8}"
    print(header)
    print("-" * len(header))
    for items in SIZES:
        edits = args.edits if items < 5_000 else max(20, args.edits // 4)
        results = measure(backends, items, edits, args.dir)
        base = results[TinyDBDefault.name]
        base_median, base_p95 = statistics.median(base), _p95(base)
        for name, timings in results.items():
            median, p95 = statistics.median(timings), _p95(timings)
            print(
                f"{items:>6}  {name:<20} {median * 1e3:8.3f} {p95 * 1e3:8.3f} "
                f"{median / base_median:8.2f} {p95 / base_p95:8.2f}"
            )
        print()
    return 0


def _filesystem(path: Path) -> str:
    # Best effort, Linux only: the mount the files land on matters for fsync.
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "filesystem unknown"
    resolved = os.path.realpath(path)
    best = ("", "unknown")
    for line in mounts:
        parts = line.split()
        if len(parts) > 2 and resolved.startswith(parts[1]) and len(parts[1]) > len(best[0]):
            best = (parts[1], parts[2])
    return f"{best[1]} on {best[0]}"


if __name__ == "__main__":
    raise SystemExit(main())
