"""Sessions for the export tests, built here so they do not depend on the demo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cocreatie.models import (
    Action,
    ActionStatus,
    Actor,
    Closing,
    Consent,
    ContactDetails,
    ContactPerson,
    ContactSubject,
    Contribution,
    FactorVerdict,
    Location,
    NextMeeting,
    Note,
    Participant,
    RoleAssignment,
    SafetyDefinition,
    Scale,
    Session,
    SessionMeta,
    TimeOfDay,
    Wish,
    Worry,
)
from cocreatie.models.text import LONG_MAX, SHORT_MAX, TEXT_MAX
from cocreatie.models.vocab import Congruence, PolicyDomain

# Distinctive resident names: if any of these shows up in a pseudonymised
# export, pseudonymisation leaked.
RESIDENT_NAMES = ("Zwaantje Quirijnsen", "Brecht Xanthopoulos", "Okke Wijdevelt")
RESIDENT_PHONE = "06-98765432"
PROFESSIONAL_NAME = "Ingrid Vermeulen-Obbink"


def build_session(
    *,
    text: Callable[[str, int], str] = lambda s, limit: s,
    dual: bool = False,
    previous: str | None = None,
) -> Session:
    """A full session; ``text(default, limit)`` may replace every free text
    (hostile tests); ``limit`` is the field's maximum length."""
    t = text
    residents = [
        Participant(
            id=f"res{i}",
            display_name=name,
            kind="resident",
            area=t(["Molenweg", "Molenweg", ""][i], SHORT_MAX),
            years_in_neighbourhood=5 + i,
        )
        for i, name in enumerate(RESIDENT_NAMES)
    ]
    residents[0] = residents[0].revised(
        consent=Consent(given=True, date=dt.date(2026, 3, 12), scope=t("terugbellen", SHORT_MAX)),
        contact=ContactDetails(phone=RESIDENT_PHONE),
    )
    professionals = [
        Participant(
            id="prof1",
            display_name=PROFESSIONAL_NAME,
            kind="professional",
            function=t("Wijkagent", SHORT_MAX),
            organisation=t("Politie", SHORT_MAX),
            domain=PolicyDomain.POLICE,
        ),
        Participant(
            id="prof2",
            display_name="Hasan Demir",
            kind="ondernemer",
            function=t("Eigenaar bakkerij", SHORT_MAX),
            organisation=t("Bakkerij Demir", SHORT_MAX),
        ),
    ]
    actors = [
        Actor(
            id="act1",
            function=t("Wijkagent", SHORT_MAX),
            organisation=t("Politie", SHORT_MAX),
            domain=PolicyDomain.POLICE,
            person_name=t("Ingrid", SHORT_MAX),
        ),
        Actor(
            id="act2",
            function=t("Verkeerskundige", SHORT_MAX),
            organisation=t("Gemeente", SHORT_MAX),
            domain=PolicyDomain.VERKEER,
        ),
        Actor(
            id="act3",
            function=t("Buurtpreventieteam", SHORT_MAX),
            organisation=t("Bewoners", SHORT_MAX),
            domain=PolicyDomain.RESIDENTS,
            person_name=RESIDENT_NAMES[1],
        ),
    ]
    wishes = [
        Wish(
            id="wish1",
            text=t("Drempels op de Molenweg tegen hard rijden", TEXT_MAX),
            participant_ids=["res0"],
            factor_ids=["inrichting", "signaalcriminaliteit"],
            location=Location(text=t("Molenweg bij de school", SHORT_MAX), type="oversteek"),
            time_of_day=TimeOfDay.MORNING,
            scale=Scale.SMALL_NORM,
            votes=7,
            worry=Worry.HIGH,
            visible_action=False,
            prioritised=True,
        ),
        Wish(
            id="wish2",
            text=t("Betere verlichting op het fietspad langs het park", TEXT_MAX),
            factor_ids=["inrichting"],
            location=Location(text=t("Parkpad", SHORT_MAX), type="slecht-verlicht"),
            time_of_day=TimeOfDay.EVENING,
            scale=Scale.STRUCTURAL,
            votes=4,
            worry=Worry.LOW,
            visible_action=True,
        ),
        Wish(
            id="wish3",
            text=t("Weten wie je moet bellen", TEXT_MAX),
            votes=0,
            theme=t("Communicatie", SHORT_MAX),
        ),
    ]
    contacts = [
        ContactPerson(
            id="con1",
            subject_kind=ContactSubject.WISH,
            wish_id="wish1",
            actor_id="act2",
            channel=t("verkeer@almere.example", SHORT_MAX),
            availability=t("werkdagen", SHORT_MAX),
            feedback_days=5,
            agreed=True,
        ),
        ContactPerson(
            id="con2",
            subject_kind=ContactSubject.GROUP,
            subject=t("Jongeren", SHORT_MAX),
            person_name=RESIDENT_NAMES[2],
            channel=t("buurtapp", SHORT_MAX),
            agreed=False,
        ),
    ]
    owner2 = "act1" if dual else None
    actions = [
        Action(
            id="act-a1",
            title=t("Drempels plaatsen", SHORT_MAX),
            wish_ids=["wish1"],
            owner_actor_id="act2",
            co_owner_actor_id=owner2,
            contact_id="con1",
            deadline=dt.date(2026, 6, 1),
            visibility=t("Bord bij de school", TEXT_MAX),
            feedback_date=dt.date(2026, 5, 1),
            status=ActionStatus.BUSY,
            agreed=True,
        ),
        Action(
            id="act-a2",
            title=t("Lantaarns vervangen", SHORT_MAX),
            wish_ids=["wish2"],
            feedback_date=dt.date(2026, 4, 2),
        ),
        Action(
            id="act-a3",
            title=t("Spreekuur wijkagent", SHORT_MAX),
            owner_actor_id="act1",
            co_owner_actor_id=owner2,
            status=ActionStatus.DONE,
        ),
    ]
    return Session(
        id="sess0001",
        created=dt.datetime(2026, 3, 12, 18, 0, tzinfo=dt.UTC),
        updated=dt.datetime(2026, 3, 12, 21, 45, tzinfo=dt.UTC),
        meta=SessionMeta(
            title=t("Greenfield Molenbuurt-noord", SHORT_MAX),
            neighbourhood=t("Molenbuurt", SHORT_MAX),
            greenfield_area=[t("Molenweg", SHORT_MAX), t("Zaagmolenstraat", SHORT_MAX)],
            date=dt.date(2026, 3, 12),
            place=t("Buurthuis De Molen", SHORT_MAX),
            facilitators=[t("Gespreksleider A", SHORT_MAX), t("Notulist B", SHORT_MAX)],
            purpose=t(
                "Een buurt waar iedereen zich thuis voelt.\n\nSamen bepalen wat nodig is.", LONG_MAX
            ),
        ),
        participants=[*residents, *professionals],
        veiligheid=SafetyDefinition(
            contributions=[
                Contribution(
                    id="con-c1",
                    text=t("Er wordt te hard gereden", TEXT_MAX),
                    participant_id="res0",
                    factor_ids=["inrichting"],
                ),
                Contribution(
                    id="con-c2",
                    text=t("Cijfers laten weinig ongevallen zien", TEXT_MAX),
                    participant_id="prof1",
                    factor_ids=["inrichting"],
                ),
                Contribution(
                    id="con-c3",
                    text=t("Ik weet niet wie ik moet bellen", TEXT_MAX),
                    participant_id="res1",
                    factor_ids=[],
                ),
                Contribution(
                    id="con-c4", text=t("Iemand riep iets", TEXT_MAX), factor_ids=["het-gesprek"]
                ),
            ],
            shared_definition=t("Veilig is: je durft 's avonds over straat.", LONG_MAX),
            agreements=[Note(id="note1", text=t("Hard rijden is een probleem", TEXT_MAX))],
            differences=[Note(id="note2", text=t("Hoe groot het probleem is", TEXT_MAX))],
            verdicts=[
                FactorVerdict(
                    id="ver1",
                    factor_id="inrichting",
                    verdict=Congruence.PARTLY,
                    note=t("Bewoners zien meer gevaar", TEXT_MAX),
                )
            ],
        ),
        wishes=wishes,
        actors=actors,
        roles=[
            RoleAssignment(id="role1", wish_id="wish1", actor_id="act2", role="aanjager"),
            RoleAssignment(id="role2", wish_id="wish1", actor_id="act1", role="deelnemer"),
            RoleAssignment(
                id="role3", theme=t("Communicatie", SHORT_MAX), actor_id="act3", role="regisseur"
            ),
        ],
        contacts=contacts,
        actions=actions,
        closing=Closing(
            grades=[6, 7],
            next_meeting=NextMeeting(
                date=dt.date(2026, 6, 18),
                time=t("19:30", SHORT_MAX),
                place=t("Buurthuis De Molen", SHORT_MAX),
            ),
            open_questions=[Note(id="ques1", text=t("Wie betaalt de drempels?", TEXT_MAX))],
        ),
        previous_session_id=previous,
    )
