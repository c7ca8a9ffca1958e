"""Fixtures for the privacy tests: a session with people worth protecting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cocreatie.cli.main import main
from cocreatie.models import (
    Action,
    Actor,
    ContactDetails,
    ContactPerson,
    Participant,
    Session,
    SessionMeta,
    Wish,
)
from cocreatie.store import SessionRepository

# What must vanish on erasure of the resident, and on purge.
NAME = "Jan de Vries"
PHONE = "06-12345678"
EMAIL = "jan.devries@voorbeeld.nl"
# What must vanish on purge only.
PROFESSIONAL = "Marloes Visser"
FACILITATOR = "Ilse Bakker"
# What must stay: the anonymous plan.
WISH_TEXT = "Drempels in de Molenweg tegen hardrijders"
CONTRIBUTION_TEXT = "'s Avonds is het pad langs de vijver donker"
ACTION_TITLE = "Extra lantaarnpalen bij de vijver"


def build_session() -> Session:
    session = Session(
        meta=SessionMeta(
            title="Greenfield Molenbuurt",
            neighbourhood="Molenbuurt",
            date=dt.date(2026, 2, 12),
            facilitators=[FACILITATOR, "Tom Hendriks"],
        )
    )
    jan = session.add(Participant(display_name=NAME, area="Molenweg", function="buurtpreventie"))
    session.add(Participant(display_name="Jan Bakker", area="Vijverlaan"))
    pro = session.add(
        Participant(
            display_name=PROFESSIONAL,
            kind="professional",
            organisation="Politie",
            function="wijkagent",
            domain="politie",
        ),
    )
    session.record_consent(jan.id, "contact over dit plan", by=FACILITATOR)
    session.set_contact(jan.id, ContactDetails(phone=PHONE, email=EMAIL))
    session.add_contribution(CONTRIBUTION_TEXT, jan.id, ["verloedering"])
    session.add_contribution(
        f"{NAME} vertelt dat hij vaak wordt gebeld; bel hem op 06 1234 5678", jan.id
    )
    session.add_contribution("Meer toezicht in het park", pro.id)
    wish = session.add(Wish(text=WISH_TEXT, participant_ids=[jan.id], votes=7, prioritised=True))
    actor = session.add(
        Actor(function="wijkagent", organisation="Politie", person_name=PROFESSIONAL),
    )
    contact = session.add(
        ContactPerson(
            subject="verkeer",
            actor_id=actor.id,
            person_name=PROFESSIONAL,
            channel=f"mail {EMAIL.replace('jan.devries', 'wijkagent')}",
        ),
    )
    session.add(
        Action(
            title=ACTION_TITLE,
            wish_ids=[wish.id],
            owner_actor_id=actor.id,
            contact_id=contact.id,
            visibility=f"{NAME} hoort het als eerste",
            # Dated, so the agenda export carries this action (and its text) too.
            deadline=dt.date(2026, 4, 1),
            feedback_date=dt.date(2026, 4, 8),
        ),
    )
    return session


@pytest.fixture
def session(frozen_clock: dt.datetime) -> Session:
    return build_session()


@pytest.fixture
def repo(data_dir: Path) -> SessionRepository:
    # Interval 0: every save makes a backup, the worst case for erasure.
    return SessionRepository(data_dir, backup_interval=0)


@pytest.fixture
def stored(repo: SessionRepository, session: Session) -> Iterator[Session]:
    """The session saved a few times, so it has backups holding the name."""
    with repo.create(session) as opened:
        for votes in (8, 9):
            changed = opened.session.model_copy(deep=True)
            changed.vote(changed.wishes[0].id, votes - changed.wishes[0].votes)
            opened.save(changed)
    assert repo.backups.list_backups(session.id), "the test needs backups with the name"
    yield repo.open(session.id, read_only=True).session


RunCli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], data_dir: Path) -> RunCli:
    """Run ``cocreatie`` in-process against ``data_dir``: (status, out, err)."""

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return status, out, err

    return run


def file_bytes(root: Path) -> dict[Path, bytes]:
    """Every file below ``root`` with its bytes (hidden folders included)."""
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def files_holding(root: Path, needle: str) -> list[Path]:
    data = needle.encode("utf-8")
    return [p for p, raw in file_bytes(root).items() if data in raw]
