"""Two laptops edit copies of one session derived from the same version: the
archive keeps both and the facilitator sees which fields differ."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from archivehelpers import Archive

from cocreatie.archive.publish import publish_session
from cocreatie.cli.main import main
from cocreatie.models import ActionStatus, Session
from cocreatie.store.repository import SessionRepository


@pytest.fixture
def two_laptops(archive: Archive, demo: Session, laptop: Path, tmp_path: Path) -> Path:
    """Laptop A published the session as version 1; laptop B is a copy of A's folder."""
    SessionRepository(laptop).create(demo).close()
    assert publish_session(demo, laptop, archive.login("anna")).version == 1
    other = tmp_path / "laptop-b"
    shutil.copytree(laptop, other)
    return other


def _edit(folder: Path, session_id: str, change: str) -> None:
    with SessionRepository(folder).open(session_id) as opened:
        session = opened.session
        if change == "title":
            session.meta = session.meta.model_copy(update={"title": "Molenbuurt, tweede avond"})
        else:
            session.set_action_status(session.actions[0].id, ActionStatus.DROPPED, "vervalt")
        opened.save(session)


def test_parallel_edits_are_both_kept_and_the_differences_named(
    archive: Archive, demo: Session, laptop: Path, two_laptops: Path
) -> None:
    _edit(laptop, demo.id, "title")
    _edit(two_laptops, demo.id, "status")
    with SessionRepository(laptop).open(demo.id, read_only=True) as opened:
        first = publish_session(opened.session, laptop, archive.login("anna"))
    with SessionRepository(two_laptops).open(demo.id, read_only=True) as opened:
        second = publish_session(opened.session, two_laptops, archive.login("ben"))

    assert (first.kind, first.version) == ("new", 2)
    assert (second.kind, second.version, second.parent) == ("conflict", 3, 1)
    assert second.conflict is not None
    assert (second.conflict.other_version, second.conflict.other_publisher) == (2, "anna")
    changed = {d.where: (d.mine, d.theirs) for d in second.conflict.differences}
    # Long titles are shortened in the label.
    action = next(w for w in changed if w.startswith("Actie «Snelheid meten")).split(" · ")[0]
    assert changed["Sessie · Titel"] == (f"“{demo.meta.title}”", "“Molenbuurt, tweede avond”")
    assert changed[f"{action} · Status"] == ("vervallen", "bezig")
    assert changed[f"{action} · Geschiedenis"] == ("2 regel(s)", "1 regel(s)")
    # Nothing overwritten: every version is there, the conflict is on record.
    rows = archive.sql(
        "SELECT version, parent_version, publisher, conflicts_with"
        " FROM cocreatie.session_versions ORDER BY version"
    )
    assert rows == [(1, None, "anna", None), (2, 1, "anna", None), (3, 1, "ben", 2)]


def test_the_command_line_shows_the_conflict_readably(
    archive: Archive,
    demo: Session,
    laptop: Path,
    two_laptops: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _edit(laptop, demo.id, "title")
    _edit(two_laptops, demo.id, "status")
    assert main(["publish", demo.id, "--to", archive.login("anna"), "--data-dir", str(laptop)]) == 0
    capsys.readouterr()
    code = main(["publish", demo.id, "--to", archive.login("ben"), "--data-dir", str(two_laptops)])
    out = capsys.readouterr().out
    assert code == 1  # kept, but it needs the facilitator's attention
    assert "conflict" in out and "versie 3" in out and "versie 2" in out
    assert "Uw versie 3 gaat uit van versie 1, maar de nieuwste was toen al versie 2" in out
    assert "Sessie · Titel: “Molenbuurt, tweede avond”" not in out  # mine first, theirs second
    assert f"  - Sessie · Titel: “{demo.meta.title}” ↔ “Molenbuurt, tweede avond”" in out
    assert "· Status: vervallen ↔ bezig" in out
    assert "ben-wachtwoord" not in out and "anna-wachtwoord" not in out
