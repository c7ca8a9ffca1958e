"""``cocreatie erase``: after it, no file in the data folder knows the person."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from cocreatie.crashlog import CrashLog
from cocreatie.export.formats import format_names
from cocreatie.models import Session
from cocreatie.store import SessionRepository
from cocreatie.store.paths import stamped_name
from tests.export.pdfcheck import pages_text
from tests.privacy.conftest import (
    ACTION_TITLE,
    CONTRIBUTION_TEXT,
    EMAIL,
    NAME,
    PHONE,
    WISH_TEXT,
    RunCli,
    files_holding,
)

SECRETS = (NAME, PHONE, EMAIL, "06 1234 5678")


@pytest.fixture
def logged(data_dir: Path, stored: Session) -> Path:
    """A log that mentions the person by name (say, in a crash report)."""
    crash = CrashLog(data_dir)
    crash.start()
    logging.getLogger("cocreatie.test").error("could not save wish of %s", NAME)
    crash.stop()  # writes what is queued
    assert NAME.encode() in crash.path.read_bytes()
    return crash.path


def _copy_into(folder: Path, session: Session, source: Path) -> Path:
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / stamped_name(session.id)
    target.write_bytes(source.read_bytes())
    return target


def test_erase_leaves_no_byte_of_the_person_in_the_data_folder(
    cli: RunCli, data_dir: Path, repo: SessionRepository, stored: Session, logged: Path
) -> None:
    live = repo.layout.session_file(stored.id)
    trashed = _copy_into(repo.layout.trash_dir, stored, live)
    damaged = _copy_into(repo.layout.damaged_dir, stored, live)
    for secret in SECRETS:
        assert files_holding(data_dir, secret), secret

    status, out, err = cli("erase", stored.id, NAME)

    assert (status, err) == (0, "")
    assert "Bewoner 1" in out and NAME not in out
    for secret in SECRETS:
        assert files_holding(data_dir, secret) == [], secret
    assert not trashed.exists() and not damaged.exists()
    # A fresh backup of the clean file is there again at once.
    backups = repo.backups.list_backups(stored.id)
    assert len(backups) == 1 and backups[0].read_bytes() == live.read_bytes()


def test_erase_keeps_the_anonymous_content(
    cli: RunCli, repo: SessionRepository, stored: Session
) -> None:
    assert cli("erase", stored.id, stored.participants[0].id)[0] == 0
    after = repo.open(stored.id, read_only=True).session
    assert CONTRIBUTION_TEXT in [c.text for c in after.veiligheid.contributions]
    assert [(w.text, w.votes) for w in after.wishes] == [(WISH_TEXT, 9)]
    assert [e.kind for e in after.privacy.erasures] == ["participant"]
    assert len(after.participants) == len(stored.participants)


# Every registered format, and at least these: one that disappears fails here.
@pytest.mark.parametrize("fmt", sorted({"json", "md", "html", "csv", *format_names()}))
def test_a_fresh_export_holds_no_trace(
    cli: RunCli, tmp_path: Path, stored: Session, fmt: str
) -> None:
    assert cli("erase", stored.id, NAME)[0] == 0
    target = tmp_path / f"plan.{fmt}"
    # --names: the export that would show the most.
    status, _, err = cli("export", stored.id, "--format", fmt, "--names", "-o", str(target))
    assert status == 0, err
    raw = target.read_bytes()
    if fmt == "pdf":
        # A PDF's text sits in compressed streams: read it as a person would.
        raw = " ".join(pages_text(raw)).encode()
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    # The anonymous plan is in it (the agenda holds dated actions, not wishes).
    assert (ACTION_TITLE if fmt == "ics" else WISH_TEXT).encode() in raw
    assert os.stat(target).st_mode & 0o777 == 0o600


def test_an_ambiguous_id_prefix_lists_the_candidates(
    cli: RunCli, repo: SessionRepository, session: Session
) -> None:
    from cocreatie.models import Participant

    for suffix in ("abc", "xyz"):
        session.add(Participant(id=f"pq{suffix}", display_name=f"Gast {suffix}"))
    repo.create(session).close()
    before = repo.layout.session_file(session.id).read_bytes()
    status, out, err = cli("erase", session.id, "pq")
    assert (status, out) == (2, "")
    assert err.startswith("cocreatie: 'pq' past bij meerdere deelnemers: ")
    assert "pqabc (Gast abc)" in err and "pqxyz (Gast xyz)" in err and err.count("\n") == 1
    assert repo.layout.session_file(session.id).read_bytes() == before


def test_two_people_with_the_same_name_need_the_id(
    cli: RunCli, data_dir: Path, repo: SessionRepository, session: Session
) -> None:
    from cocreatie.models import Participant

    twin = session.add(Participant(display_name=NAME))
    repo.create(session).close()
    status, out, err = cli("erase", session.id, NAME)
    assert status == 2 and out == ""
    assert session.participants[0].id in err and twin.id in err
    assert files_holding(data_dir, NAME)  # nothing was erased


def test_an_unknown_participant_is_one_line_exit_2(cli: RunCli, stored: Session) -> None:
    status, out, err = cli("erase", stored.id, "Piet Puk")
    assert (status, out) == (2, "")
    assert err == f"cocreatie: Geen deelnemer 'Piet Puk' in sessie {stored.id}.\n"


def test_an_open_session_is_not_erased_behind_the_app(
    cli: RunCli, repo: SessionRepository, stored: Session
) -> None:
    with repo.open(stored.id):
        status, _, err = cli("erase", stored.id, NAME)
    assert status == 2 and err.startswith("cocreatie: ")
