"""Privacy by default: consent, erasure, retention, private files, no cloud.

Pure functions on the record (``erase``, ``purge``, ``retention``) and
file-level helpers (``scrub``, ``log_filter``, ``cloud``). No Textual here;
screens call these from workers.
"""

from cocreatie.privacy.cloud import cloud_sync_hint
from cocreatie.privacy.erase import (
    AmbiguousParticipantError,
    Erased,
    ParticipantNotFoundError,
    erase_person,
    resolve_participant,
    withdraw_consent,
)
from cocreatie.privacy.purge import has_personal_data, personal_terms, purge_personal_data
from cocreatie.privacy.redact import redact_contact_text
from cocreatie.privacy.retention import (
    apply_default_retention,
    default_retention,
    effective_retention,
    expired_sessions,
    is_expired,
    purge_due,
    set_retention,
)

__all__ = [
    "AmbiguousParticipantError",
    "Erased",
    "ParticipantNotFoundError",
    "apply_default_retention",
    "cloud_sync_hint",
    "default_retention",
    "effective_retention",
    "erase_person",
    "expired_sessions",
    "has_personal_data",
    "is_expired",
    "personal_terms",
    "purge_due",
    "purge_personal_data",
    "redact_contact_text",
    "resolve_participant",
    "set_retention",
    "withdraw_consent",
]
