"""Bring stored session records up to the current schema version.

Each step is a pure function from version N's dict to version N+1's dict,
registered under N. Steps never drop text: what no longer has a field of its
own moves to one that keeps it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from cocreatie.models.version import SCHEMA_VERSION
from cocreatie.store.errors import InvalidRecordError, NewerSchemaError

Record = dict[str, Any]
Step = Callable[[Record], Record]

# Version 1 files predate the field; a record without it is version 1.
_IMPLICIT_VERSION = 1
_MAX_VERSION = 10_000

V1_CONSENT_SCOPE = "contact over dit plan"
V1_CONSENT_RECORDED_BY = "migratie v1"


def schema_version_of(record: Record) -> int:
    version = record.get("schema_version", _IMPLICIT_VERSION)
    # bool is an int subclass; "true" as a version is a hand-editing slip.
    # A version in the millions is damage, not a newer program.
    if (
        not isinstance(version, int)
        or isinstance(version, bool)
        or not 1 <= version <= _MAX_VERSION
    ):
        shown = repr(version)
        shown = shown if len(shown) <= 20 else shown[:19] + "…"
        raise InvalidRecordError([f"schema_version: not a version number: {shown}"])
    return version


def migrate(record: Record) -> tuple[Record, bool]:
    """Return ``(record at SCHEMA_VERSION, whether anything changed)``.

    The input is not modified. Raises ``NewerSchemaError`` for a record
    written by a newer program: guessing at its meaning could lose data.
    """
    version = schema_version_of(record)
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(version, SCHEMA_VERSION)
    if version == SCHEMA_VERSION:
        return record, False
    current = copy.deepcopy(record)
    while version < SCHEMA_VERSION:
        current = MIGRATIONS[version](current)
        version += 1
        current["schema_version"] = version
    return current, True


def _v1_to_v2(record: Record) -> Record:
    """v1 kept contact as free text; v2 splits it and records consent.

    Contact text in a v1 file was given in the room for this plan, which is
    what the consent records. The model requires a date on given consent, so
    when the session has no date the record's creation date stands in.
    """
    found = record.get("meta")
    meta: dict[str, Any] = found if isinstance(found, dict) else {}
    consent_date = meta.get("date") or _date_part(record.get("created"))
    for person in record.get("participants") or []:
        if not isinstance(person, dict):
            continue  # validation will name it; migration must not crash on it
        contact = person.get("contact")
        if isinstance(contact, str) and contact.strip():
            person["contact"] = {"phone": "", "email": "", "other": contact}
            if not person.get("consent"):
                person["consent"] = {
                    "given": True,
                    "date": consent_date,
                    "scope": V1_CONSENT_SCOPE,
                    "recorded_by": V1_CONSENT_RECORDED_BY,
                }
        elif isinstance(contact, str) or contact is None:
            # Empty text held no words; v2 says "no contact" with null.
            person["contact"] = None
    return record


def _date_part(value: object) -> str | None:
    # ISO datetimes start with the ISO date.
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


def _v2_to_v3(record: Record) -> Record:
    """v3 adds the earlier session's title and date to a follow-up.

    Both have defaults, so a v2 record reads as it is; the version number
    changes so that an older program refuses a v3 file instead of taking
    the new keys for damage.
    """
    return record


def _v3_to_v4(record: Record) -> Record:
    """v4 adds participation from phones: device ids, items marked as sent
    from a phone, hidden and merged items, dots, statement answers and
    closing responses.

    Every new field has a default that means "as before" (nothing from a
    phone, nothing hidden, voting open with no dots placed), so a v3
    record reads as it is; the number changes so an older program refuses
    a v4 file rather than taking the new keys for damage.
    """
    return record


MIGRATIONS: dict[int, Step] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}
