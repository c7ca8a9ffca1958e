"""A session moved to another laptop with ``export --format json`` and
``import`` keeps the archive version it derives from: its next publish
there is a new version, not a false conflict; a real one is still seen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from archivehelpers import Archive

from cocreatie.archive import bases, travel
from cocreatie.cli.main import main
from cocreatie.export.record import dump_record, render_json
from cocreatie.models import ActionStatus, Session
from cocreatie.store.repository import SessionRepository

ARCHIVE_ID = "0b5e3c4e-8f1d-4c1e-9a57-2f0f7d0c2a11"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _edit(folder: Path, session_id: str, status: ActionStatus) -> None:
    with SessionRepository(folder).open(session_id) as opened:
        session = opened.session
        session.set_action_status(session.actions[0].id, status, "op de nieuwe laptop")
        opened.save(session)


@pytest.fixture
def moved(
    archive: Archive,
    demo: Session,
    laptop: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    """Laptop A published the demo as version 1 and exported it; laptop B
    imported the file. Returns B's data folder."""
    SessionRepository(laptop).create(demo).close()
    a = ["--data-dir", str(laptop)]
    assert _run(capsys, "publish", demo.id, "--to", archive.login("anna"), *a)[0] == 0
    moved_file = tmp_path / "molenbuurt.json"
    code, _, _ = _run(
        capsys, "export", demo.id, "--format", "json", "--names", "-o", str(moved_file), *a
    )
    assert code == 0
    other = tmp_path / "laptop-b"
    assert _run(capsys, "import", str(moved_file), "--data-dir", str(other))[0] == 0
    return other


def test_the_first_publish_after_a_move_is_a_new_version(
    archive: Archive, demo: Session, moved: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _edit(moved, demo.id, ActionStatus.DONE)
    code, out, _ = _run(
        capsys, "publish", demo.id, "--to", archive.login("ben"), "--data-dir", str(moved)
    )
    assert code == 0 and "conflict" not in out and "versie 2" in out
    rows = archive.sql(
        "SELECT version, parent_version, publisher, conflicts_with"
        " FROM cocreatie.session_versions ORDER BY version"
    )
    assert rows == [(1, None, "anna", None), (2, 1, "ben", None)]


def test_an_edit_on_both_laptops_is_still_a_conflict(
    archive: Archive,
    demo: Session,
    laptop: Path,
    moved: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _edit(laptop, demo.id, ActionStatus.DROPPED)
    a = ["--data-dir", str(laptop)]
    assert _run(capsys, "publish", demo.id, "--to", archive.login("anna"), *a)[0] == 0
    _edit(moved, demo.id, ActionStatus.DONE)
    code, out, _ = _run(
        capsys, "publish", demo.id, "--to", archive.login("ben"), "--data-dir", str(moved)
    )
    assert code == 1 and "conflict" in out
    assert "Uw versie 3 gaat uit van versie 1, maar de nieuwste was toen al versie 2" in out


def test_the_export_carries_the_versions_and_the_archive_does_not(
    archive: Archive,
    demo: Session,
    laptop: Path,
    moved: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    [(archive_id,)] = archive.sql("SELECT archive_id::text FROM cocreatie.archive_info")
    a = ["--data-dir", str(laptop)]
    code, exported, _ = _run(capsys, "export", demo.id, "--format", "json", *a)
    assert code == 0
    record = json.loads(exported)
    assert record.pop(travel.KEY) == {archive_id: 1}
    # Without it, byte for byte what the archive holds (published as
    # exported: pseudonymised).
    code, stored, _ = _run(capsys, "archive", "get", archive.login("anna"), demo.id)
    assert code == 0 and stored == dump_record(record)
    assert bases.known_versions(moved, demo.id) == {archive_id: 1}


def test_a_session_never_published_exports_as_before(
    demo: Session, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    SessionRepository(data_dir).create(demo).close()
    code, out, _ = _run(capsys, "export", demo.id, "--format", "json", "--data-dir", str(data_dir))
    assert code == 0 and out == render_json(demo)


@pytest.mark.parametrize(
    "versions",
    [
        ["1"],
        {"not-an-archive": 1},
        {ARCHIVE_ID: 0},
        {ARCHIVE_ID: "1"},
        {ARCHIVE_ID: True},
    ],
    ids=["list", "id", "zero", "text", "bool"],
)
def test_import_refuses_versions_an_export_would_not_write(
    demo: Session,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    versions: object,
) -> None:
    record = json.loads(render_json(demo, with_names=True))
    record[travel.KEY] = versions
    path = tmp_path / "hand-edited.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    code, out, err = _run(capsys, "import", str(path), "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and travel.KEY in err and "niets opgeslagen" in err
    assert not SessionRepository(data_dir).exists(demo.id)
    assert not bases.path_of(data_dir, demo.id).exists()


def test_import_keeps_exactly_the_versions_the_file_carries(
    demo: Session, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Left by an earlier session of this id that was deleted here: it must
    # not lend the imported copy a parent.
    bases.remember(data_dir, demo.id, ARCHIVE_ID, 7)
    path = tmp_path / "plain.json"
    path.write_text(render_json(demo, with_names=True), encoding="utf-8")
    assert _run(capsys, "import", str(path), "--data-dir", str(data_dir))[0] == 0
    assert not bases.path_of(data_dir, demo.id).exists()

    record = json.loads(render_json(demo, with_names=True))
    record[travel.KEY] = {ARCHIVE_ID: 3}
    path.write_text(json.dumps(record), encoding="utf-8")
    assert _run(capsys, "import", str(path), "--new-id", "--data-dir", str(data_dir))[0] == 0
    copies = [p.stem for p in data_dir.glob("*.json") if p.stem != demo.id]
    assert len(copies) == 1
    # A copy under a new id is another session for the archive.
    assert bases.known_versions(data_dir, copies[0]) == {}
