"""The app's path: change the record, save it, then scrub the older copies."""

from __future__ import annotations

from pathlib import Path

from cocreatie.models import Session
from cocreatie.privacy import withdraw_consent
from cocreatie.privacy.scrub import scrub_session_copies, terms_of_contact
from cocreatie.store import SessionRepository
from tests.privacy.conftest import EMAIL, NAME, PHONE, files_holding


def test_withdrawn_consent_leaves_no_contact_detail_on_disk(
    data_dir: Path, repo: SessionRepository, stored: Session
) -> None:
    assert files_holding(data_dir, PHONE) and files_holding(data_dir, EMAIL)
    with repo.open(stored.id) as opened:
        session = opened.session.model_copy(deep=True)
        jan = session.participants[0]
        terms = terms_of_contact(jan)  # read before the change
        withdraw_consent(session, jan.id)
        opened.save(session)
        report = scrub_session_copies(repo, session.id, terms)
    assert report.backups_removed >= 2 and report.fresh_backup is not None
    assert files_holding(data_dir, PHONE) == files_holding(data_dir, EMAIL) == []
    assert files_holding(data_dir, "1234 5678") == []
    # Withdrawing consent is not erasure: the name stays in the record.
    assert sorted(files_holding(data_dir, NAME)) == sorted(
        [repo.layout.session_file(stored.id), report.fresh_backup]
    )


def test_scrubbing_a_session_leaves_other_sessions_alone(
    data_dir: Path, repo: SessionRepository, stored: Session
) -> None:
    from tests.privacy.conftest import build_session

    other = build_session()
    repo.create(other).close()
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if other.id in str(p)}
    scrub_session_copies(repo, stored.id, [])
    after = {p: p.read_bytes() for p in data_dir.rglob("*") if other.id in str(p)}
    assert after == before
