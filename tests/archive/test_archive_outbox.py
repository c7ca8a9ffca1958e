"""Offline first: without the archive a publish waits in the outbox, safely
on disk, and ``publish --pending`` sends it later."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from archivehelpers import Archive
from pgserver import free_port

from cocreatie.archive import outbox
from cocreatie.archive.publish import publish_session, send_pending
from cocreatie.cli.main import main
from cocreatie.models import Session
from cocreatie.store.repository import SessionRepository

PASSWORD = "anna-wachtwoord"


def _down_url() -> str:
    # Nothing listens on a port just found free: the server is "down".
    return f"postgresql://anna:{PASSWORD}@127.0.0.1:{free_port()}/archief"


def test_publish_without_server_waits_then_is_sent(
    archive: Archive, demo: Session, laptop: Path
) -> None:
    waiting = publish_session(demo, laptop, _down_url())
    assert waiting.kind == "queued"
    assert "niet bereikbaar" in waiting.reason
    assert PASSWORD not in waiting.reason and "anna:***@" in waiting.reason
    assert outbox.count(laptop) == 1
    [entry_file] = outbox.folder(laptop).iterdir()
    stored = json.loads(entry_file.read_text(encoding="utf-8"))
    assert stored["record"]["id"] == demo.id
    assert PASSWORD not in entry_file.read_text(encoding="utf-8")
    assert stored["url"].startswith("postgresql://anna@127.0.0.1:")
    if sys.platform != "win32":
        assert stat.S_IMODE(entry_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(outbox.folder(laptop).stat().st_mode) == 0o700
    assert archive.sql("SELECT count(*) FROM cocreatie.session_versions") == [(0,)]

    report = send_pending(laptop, archive.login("anna"))
    assert [(o.kind, o.version) for o in report.outcomes] == [("new", 1)]
    assert report.waiting == 0 and outbox.count(laptop) == 0
    assert archive.sql("SELECT session_id, version FROM cocreatie.session_versions") == [
        (demo.id, 1)
    ]


def test_a_second_offline_publish_replaces_the_waiting_copy(demo: Session, laptop: Path) -> None:
    publish_session(demo, laptop, _down_url())
    demo.meta = demo.meta.model_copy(update={"title": "Nieuwe titel"})
    publish_session(demo, laptop, _down_url())
    entries, broken = outbox.entries(laptop)
    assert broken == [] and len(entries) == 1
    assert entries[0].record["meta"]["title"] == "Nieuwe titel"


def test_pending_uses_the_queued_address_with_the_password_from_pgpass(
    archive: Archive,
    demo: Session,
    laptop: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    bare = archive.server.url("anna", None, archive.db)  # no password anywhere yet
    refused = publish_session(demo, laptop, bare)
    assert refused.kind == "queued" and "weigerde de aanmelding" in refused.reason

    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{archive.server.port}:{archive.db}:anna:{PASSWORD}\n")
    os.chmod(pgpass, 0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    report = send_pending(laptop)  # no address given: the entry's own
    assert [(o.kind, o.version) for o in report.outcomes] == [("new", 1)]
    assert archive.sql("SELECT publisher FROM cocreatie.session_versions") == [("anna",)]


def test_command_line_says_it_waits_and_sends_later(
    archive: Archive,
    demo: Session,
    laptop: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    SessionRepository(laptop).create(demo).close()
    code = main(["publish", "molen", "--to", _down_url(), "--data-dir", str(laptop)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "wacht in de outbox" in out and "cocreatie publish --pending" in out
    assert PASSWORD not in out + err

    code = main(["publish", "--pending", "--to", archive.login("anna"), "--data-dir", str(laptop)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "als versie 1" in out and "1 verstuurd, 0 wacht(en) nog" in out
    assert PASSWORD not in out + err


def test_a_broken_waiting_copy_stays_and_is_named(
    archive: Archive, demo: Session, laptop: Path
) -> None:
    record = demo.model_dump(mode="json")
    record["meta"]["title"] = ""  # hand-edited: no longer a valid session
    outbox.put(laptop, demo.id, record, None, with_names=False)
    (outbox.folder(laptop) / "other.json").write_text("{not json", encoding="utf-8")
    report = send_pending(laptop, archive.login("anna"))
    assert [(o.kind, o.session_id) for o in report.outcomes] == [("queued", demo.id)]
    assert "geen geldige sessie" in report.outcomes[0].reason
    assert [p.name for p in report.unreadable] == ["other.json"]
    assert report.waiting == 2 and outbox.count(laptop) == 2
    assert archive.sql("SELECT count(*) FROM cocreatie.session_versions") == [(0,)]
