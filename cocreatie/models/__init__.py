"""The session record: pydantic models, no Textual, no IO."""

from cocreatie.models.action import Action, StatusChange
from cocreatie.models.actor import Actor, RoleAssignment
from cocreatie.models.closing import Closing, NextMeeting
from cocreatie.models.contact import ContactPerson
from cocreatie.models.meta import Progress, SessionMeta
from cocreatie.models.participant import Consent, ContactDetails, Participant
from cocreatie.models.privacy import Erasure, Privacy
from cocreatie.models.session import Session, UnknownItemError
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
    "Congruence",
    "Consent",
    "ContactDetails",
    "ContactPerson",
    "ContactSubject",
    "Contribution",
    "Erasure",
    "FactorVerdict",
    "Location",
    "NextMeeting",
    "Note",
    "Participant",
    "ParticipantKind",
    "PolicyDomain",
    "Privacy",
    "Progress",
    "Quadrant",
    "RoleAssignment",
    "SafetyDefinition",
    "Scale",
    "Session",
    "SessionMeta",
    "StatusChange",
    "TimeOfDay",
    "UnknownItemError",
    "Wish",
    "Worry",
]
