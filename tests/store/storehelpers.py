"""Builders shared by the store tests (a module, not fixtures, so forked
writer processes can use them too)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from cocreatie.models import Participant, Session, SessionMeta, Wish

WISH_TEXTS = [
    "Meer licht op het pad achter de sporthal",
    "Hangjongeren bij het winkelcentrum aanspreken, niet wegjagen",
    "Drempels in de Lindelaan: er wordt te hard gereden",
    "Een vast aanspreekpunt bij de gemeente dat ook terugbelt",
    "Bosjes bij de speeltuin snoeien zodat je erdoor kunt kijken",
    "Buurtpreventie-app voor de straten rond het park",
]


def make_session(title: str = "Veilig in Oosterpark", wishes: int = 3) -> Session:
    session = Session(
        meta=SessionMeta(title=title, neighbourhood="Oosterpark", date=dt.date(2026, 3, 12))
    )
    person = session.add(Participant(display_name="Fatima"))
    for i in range(wishes):
        text = f"{WISH_TEXTS[i % len(WISH_TEXTS)]} ({i})"
        session.add(Wish(text=text, participant_ids=[person.id]))
    return session


def edited(session: Session, step: int) -> Session:
    """A new version of ``session`` whose step and first wish text encode ``step``."""
    record = session.model_dump(mode="json")
    record["progress"]["current_step"] = step
    if record["wishes"]:
        record["wishes"][0]["text"] = f"versie {step}: {WISH_TEXTS[step % len(WISH_TEXTS)]}"
    return Session.model_validate(record)


def stored_record(path: Path) -> dict[str, Any]:
    """The session record in a file, read without the store."""
    tables = json.loads(path.read_bytes())
    (record,) = tables["session"].values()
    return record


def write_tables(path: Path, record: dict[str, Any]) -> None:
    """Write a record in the on-disk TinyDB shape, bypassing the store."""
    path.write_text(json.dumps({"session": {"1": record}}), encoding="utf-8")
    path.chmod(0o600)
