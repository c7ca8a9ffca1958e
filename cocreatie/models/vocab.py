"""Closed vocabularies of the record. Dutch labels live in the catalogue
(``models.vocab.<enum>.<value>``), never in these identifiers."""

from __future__ import annotations

from enum import StrEnum


class PolicyDomain(StrEnum):
    OOV = "oov"
    VERKEER = "verkeer"
    PUBLIC_SPACE = "beheer_openbare_ruimte"
    SOCIAL = "sociaal_domein"
    POLICE = "politie"
    HOUSING = "corporatie"
    WELFARE = "welzijn"
    RESIDENTS = "bewoners"
    OTHER = "overig"


class Congruence(StrEnum):
    """Do residents and professionals share the same sense of the problem?"""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


class TimeOfDay(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    NIGHT = "night"
    ALL_DAY = "all_day"


class Scale(StrEnum):
    SMALL_NORM = "small_norm"  # "kleine norm": daily irritations
    STRUCTURAL = "structural"


class Worry(StrEnum):
    HIGH = "high"
    LOW = "low"


class Quadrant(StrEnum):
    """The four cells of the worry × visible-action ("buikpijn") matrix."""

    ACT_AND_TELL = "act_and_tell"  # high worry, visible action
    ACT_OR_EXPLAIN = "act_or_explain"  # high worry, no visible action: the trust gap
    ACT_QUIETLY = "act_quietly"  # low worry, visible action
    LEAVE = "leave"  # low worry, no visible action

    @classmethod
    def of(cls, worry: Worry | None, visible_action: bool | None) -> Quadrant | None:
        if worry is None or visible_action is None:
            return None
        if worry is Worry.HIGH:
            return cls.ACT_AND_TELL if visible_action else cls.ACT_OR_EXPLAIN
        return cls.ACT_QUIETLY if visible_action else cls.LEAVE


class ActionStatus(StrEnum):
    OPEN = "open"
    BUSY = "busy"
    DONE = "done"
    DROPPED = "dropped"


class ContactSubject(StrEnum):
    THEME = "theme"
    WISH = "wish"
    GROUP = "group"  # a group of like-minded residents ("gelijkgestemden")


class ParticipantKind(StrEnum):
    """The two kinds every template knows; templates may add others."""

    RESIDENT = "resident"
    PROFESSIONAL = "professional"
