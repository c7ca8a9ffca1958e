"""The session record: pydantic models, no Textual, no IO.

The names below load on first use (see ``cocreatie.lazy``): light modules
such as ``cocreatie.models.ids`` or ``.vocab`` can be imported without
pydantic, which keeps the command line and the first screen quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreatie.lazy import lazy_exports

_WHERE = {
    "Action": "action",
    "StatusChange": "action",
    "Actor": "actor",
    "RoleAssignment": "actor",
    "Closing": "closing",
    "ClosingResponse": "closing",
    "Dot": "dots",
    "DotVoting": "dots",
    "PhoneOrigin": "phone",
    "StatementAnswer": "statements",
    "NextMeeting": "closing",
    "ContactPerson": "contact",
    "Progress": "meta",
    "SessionMeta": "meta",
    "Consent": "participant",
    "ContactDetails": "participant",
    "Participant": "participant",
    "Erasure": "privacy",
    "Privacy": "privacy",
    "Session": "session",
    "UnknownItemError": "base",
    "Contribution": "veiligheid",
    "FactorVerdict": "veiligheid",
    "Note": "veiligheid",
    "SafetyDefinition": "veiligheid",
    "SCHEMA_VERSION": "version",
    "ActionStatus": "vocab",
    "Congruence": "vocab",
    "ContactSubject": "vocab",
    "ParticipantKind": "vocab",
    "PolicyDomain": "vocab",
    "Quadrant": "vocab",
    "Scale": "vocab",
    "TimeOfDay": "vocab",
    "Worry": "vocab",
    "Location": "wish",
    "Wish": "wish",
}

__getattr__ = lazy_exports(__name__, _WHERE)

if TYPE_CHECKING:
    from cocreatie.models.action import Action, StatusChange
    from cocreatie.models.actor import Actor, RoleAssignment
    from cocreatie.models.base import UnknownItemError
    from cocreatie.models.closing import Closing, ClosingResponse, NextMeeting
    from cocreatie.models.contact import ContactPerson
    from cocreatie.models.dots import Dot, DotVoting
    from cocreatie.models.meta import Progress, SessionMeta
    from cocreatie.models.participant import Consent, ContactDetails, Participant
    from cocreatie.models.phone import PhoneOrigin
    from cocreatie.models.privacy import Erasure, Privacy
    from cocreatie.models.session import Session
    from cocreatie.models.statements import StatementAnswer
    from cocreatie.models.veiligheid import Contribution, FactorVerdict, Note, SafetyDefinition
    from cocreatie.models.version import SCHEMA_VERSION
    from cocreatie.models.vocab import (
        ActionStatus,
        Congruence,
        ContactSubject,
        ParticipantKind,
        PolicyDomain,
        Quadrant,
        Scale,
        TimeOfDay,
        Worry,
    )
    from cocreatie.models.wish import Location, Wish

__all__ = [
    "SCHEMA_VERSION",
    "Action",
    "ActionStatus",
    "Actor",
    "Closing",
    "ClosingResponse",
    "Congruence",
    "Consent",
    "ContactDetails",
    "ContactPerson",
    "ContactSubject",
    "Contribution",
    "Dot",
    "DotVoting",
    "Erasure",
    "FactorVerdict",
    "Location",
    "NextMeeting",
    "Note",
    "Participant",
    "ParticipantKind",
    "PhoneOrigin",
    "PolicyDomain",
    "Privacy",
    "Progress",
    "Quadrant",
    "RoleAssignment",
    "SafetyDefinition",
    "Scale",
    "Session",
    "SessionMeta",
    "StatementAnswer",
    "StatusChange",
    "TimeOfDay",
    "UnknownItemError",
    "Wish",
    "Worry",
]
