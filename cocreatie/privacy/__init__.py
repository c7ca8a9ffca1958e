"""Privacy by default: consent, erasure, retention, private files, no cloud.

Pure functions on the record (``erase``, ``purge``, ``retention``) and
file-level helpers (``scrub``, ``log_filter``, ``cloud``). No Textual here;
screens call these from workers.

The names load on first use (see ``cocreatie.lazy``): start-up needs the
cloud check and the log filter, not the record functions (which need pydantic).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreatie.lazy import lazy_exports

_WHERE = {
    "cloud_sync_hint": "cloud",
    "AmbiguousParticipantError": "erase",
    "Erased": "erase",
    "ParticipantNotFoundError": "erase",
    "erase_person": "erase",
    "resolve_participant": "erase",
    "withdraw_consent": "erase",
    "has_personal_data": "purge",
    "personal_terms": "purge",
    "purge_personal_data": "purge",
    "redact_contact_text": "redact",
    "apply_default_retention": "retention",
    "default_retention": "retention",
    "effective_retention": "retention",
    "expired_sessions": "retention",
    "is_expired": "retention",
    "purge_due": "retention",
    "set_retention": "retention",
}

__getattr__ = lazy_exports(__name__, _WHERE)

if TYPE_CHECKING:
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
