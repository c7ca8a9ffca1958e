"""The session record as JSON (the format ``cocreatie import`` reads).

With names it is the full record, byte for byte what the model holds, plus
the average report-card grade (``closing.average_grade``) for a reader;
reading the file back ignores that one derived value.
Without names, residents appear under their pseudonym and their contact
details are left out, also where a resident's name was typed in as an
actor or contact person, and free text is masked (``privacy.mask``):
privacy by default, and still a valid record.
"""

from __future__ import annotations

import json
import re
from typing import Any

from cocreatie.export.names import Namer
from cocreatie.models import Session
from cocreatie.models.closing import AVERAGE_KEY
from cocreatie.privacy.mask import masked_copy

# JSON may spell any character as \\uXXXX; raw C1 controls (which the JSON
# encoder leaves as they are) and DEL are spelled that way, so the file
# holds no control bytes yet reads back to exactly the same record.
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def render_json(
    session: Session, *, with_names: bool = False, named: frozenset[str] = frozenset()
) -> str:
    """The record as JSON text; ``named`` residents (ids) keep their names
    even without ``with_names`` (the archive: residents who consented)."""
    return dump_record(record_data(session, with_names=with_names, named=named))


def record_data(
    session: Session, *, with_names: bool = False, named: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The record as JSON-ready data, pseudonymised as ``render_json`` does."""
    if not with_names:
        # Names and phone numbers typed into free text go too, not only the
        # name fields (privacy by default; ``privacy.mask``).
        stand_ins = Namer(session, with_names=False, named=named).stand_ins(session)
        session = masked_copy(session, stand_ins)
    record = session.model_dump(mode="json")
    # For a reader of the file; import ignores it (it follows from the grades).
    record["closing"][AVERAGE_KEY] = session.closing.average_grade
    if not with_names:
        _pseudonymise(record, session, named)
    return record


def dump_record(record: dict[str, Any]) -> str:
    # ensure_ascii=False keeps Dutch text readable; a lone surrogate (odd
    # paste) cannot be UTF-8, so such a record falls back to \\u escapes.
    try:
        text = json.dumps(record, indent=2, ensure_ascii=False)
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(record, indent=2, ensure_ascii=True)
    return _RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def _pseudonymise(record: dict[str, Any], session: Session, named: frozenset[str]) -> None:
    namer = Namer(session, with_names=False, named=named)
    people = {p.id: p for p in session.participants}
    for person in record["participants"]:
        participant = people[person["id"]]
        if participant.is_resident and participant.id not in named:
            person["display_name"] = namer.participant(participant)
            person["pseudonym"] = person["display_name"]
            person["contact"] = None
    for actor in record["actors"]:
        actor["person_name"] = namer.person(actor["person_name"]) if actor["person_name"] else ""
    for contact in record["contacts"]:
        if contact["person_name"]:
            contact["person_name"] = namer.person(contact["person_name"])
