"""Who does what: roles per wish, fixed contact persons, and the actions.

Two gaps are left on purpose so the warnings have something to show: the
spreekuur wish has no aanjager yet (police and municipality each wait for
the other), and the wijkagent has not yet agreed to be the contact for
toezicht.
"""

from __future__ import annotations

from datetime import date

from cocreatie.demo.stamps import MEETING_DAY, at, stamp
from cocreatie.models import (
    Action,
    ActionStatus,
    ContactPerson,
    ContactSubject,
    RoleAssignment,
    StatusChange,
)
from cocreatie.templating import SessionTemplate

# wish id -> [(actor id, role id)]; "aanjager" stands for the template's accountable role.
_ROLES: dict[str, list[tuple[str, str]]] = {
    "w-snelheid": [
        ("a-verkeer", "aanjager"),
        ("a-gebiedsmanager", "regisseur"),
        ("a-wijkagent", "deelnemer"),
        ("a-preventie", "toehoorder"),
    ],
    "w-verlichting": [
        ("a-gebiedsmanager", "aanjager"),
        ("a-wijkbeheerder", "deelnemer"),
        ("a-wijkagent", "toehoorder"),
    ],
    "w-terugkoppeling": [
        ("a-wijkregisseur", "aanjager"),
        ("a-gebiedsmanager", "regisseur"),
        ("a-wijkagent", "deelnemer"),
        ("a-jeugdboa", "deelnemer"),
    ],
    "w-tegels": [("a-gebiedsmanager", "aanjager"), ("a-preventie", "deelnemer")],
    # Deliberately without an aanjager: the room could not settle it tonight.
    "w-spreekuur": [
        ("a-wijkregisseur", "regisseur"),
        ("a-wijkagent", "deelnemer"),
        ("a-jeugdboa", "deelnemer"),
    ],
    "w-speelveld": [("a-opbouwwerker", "aanjager"), ("a-jeugdboa", "deelnemer")],
}

_THEME_ROLES = [
    ("Het gesprek", "a-preventie", "aanjager"),
    ("Het gesprek", "a-opbouwwerker", "regisseur"),
]


def roles(template: SessionTemplate) -> list[RoleAssignment]:
    accountable = template.accountable_role.id
    known = {r.id for r in template.roles}

    def role_id(name: str) -> str | None:
        if name == "aanjager":
            return accountable
        return name if name in known else None

    out: list[RoleAssignment] = []
    for wish_id, pairs in _ROLES.items():
        for actor_id, name in pairs:
            chosen = role_id(name)
            if chosen:
                out.append(
                    RoleAssignment(
                        id=f"r-{wish_id[2:]}-{actor_id[2:]}"[:32],
                        wish_id=wish_id,
                        actor_id=actor_id,
                        role=chosen,
                        **stamp(20, 45),
                    )
                )
    for theme, actor_id, name in _THEME_ROLES:
        chosen = role_id(name)
        if chosen:
            out.append(
                RoleAssignment(
                    id=f"r-gesprek-{actor_id[2:]}",
                    theme=theme,
                    actor_id=actor_id,
                    role=chosen,
                    **stamp(20, 47),
                )
            )
    return out


def contacts() -> list[ContactPerson]:
    def theme(
        cid: str, subject: str, actor: str, channel: str, when: str, days: int, agreed: bool = True
    ) -> ContactPerson:
        return ContactPerson(
            id=cid,
            subject_kind=ContactSubject.THEME,
            subject=subject,
            actor_id=actor,
            channel=channel,
            availability=when,
            feedback_days=days,
            agreed=agreed,
            **stamp(20, 55),
        )

    return [
        theme(
            "k-verkeer",
            "Verkeer",
            "a-gebiedsmanager",
            "e-mail en spreekuur in het buurthuis",
            "dinsdagmiddag",
            5,
        ),
        ContactPerson(
            id="k-verlichting",
            subject_kind=ContactSubject.WISH,
            wish_id="w-verlichting",
            actor_id="a-gebiedsmanager",
            channel="e-mail",
            availability="werkdagen",
            feedback_days=5,
            agreed=True,
            **stamp(20, 56),
        ),
        theme(
            "k-melden",
            "Melden en terugkoppelen",
            "a-wijkregisseur",
            "telefoon 14 036 of de meldapp, met 'greenfield Molenbuurt' erbij",
            "werkdagen 9-17 uur",
            5,
        ),
        ContactPerson(
            id="k-onderhoud",
            subject_kind=ContactSubject.WISH,
            wish_id="w-tegels",
            actor_id="a-gebiedsmanager",
            channel="meldapp",
            availability="werkdagen",
            feedback_days=10,
            agreed=True,
            **stamp(20, 57),
        ),
        # Not yet agreed: Marloes first checks the spreekuur with her team leader.
        theme(
            "k-toezicht",
            "Toezicht",
            "a-wijkagent",
            "spreekuur in het buurthuis, of via de politie-app",
            "eerste woensdag van de maand",
            10,
            agreed=False,
        ),
        ContactPerson(
            id="k-jongeren",
            subject_kind=ContactSubject.GROUP,
            subject="Jongeren bij het speelveld",
            actor_id="a-opbouwwerker",
            channel="telefoon en Instagram van De Schoor",
            availability="di t/m za, middag en avond",
            feedback_days=3,
            agreed=True,
            **stamp(20, 58),
        ),
    ]


def _change(day: date, old: ActionStatus, new: ActionStatus, note: str) -> StatusChange:
    return StatusChange(at=at(10, 0, day), old=old, new=new, note=note)


OPEN, BUSY, DONE, DROPPED = (
    ActionStatus.OPEN,
    ActionStatus.BUSY,
    ActionStatus.DONE,
    ActionStatus.DROPPED,
)


def actions() -> list[Action]:
    return [
        Action(
            id="x-snelheid",
            title="Snelheid meten op de Wipmolenweg en een voorstel voor drempels maken",
            wish_ids=["w-snelheid"],
            owner_actor_id="a-verkeer",
            contact_id="k-verkeer",
            deadline=date(2026, 4, 30),
            feedback_date=date(2026, 5, 14),
            visibility=(
                "Meetkastjes langs de weg; de uitkomst komt in het buurtkrantje en de buurtapp."
            ),
            status=BUSY,
            history=[_change(date(2026, 2, 26), OPEN, BUSY, "Meetkastjes geplaatst")],
            agreed=True,
            created=at(21, 0),
            updated=at(10, 0, date(2026, 2, 26)),
        ),
        Action(
            id="x-verlichting",
            title="Donkere plekken langs het fietspad in kaart brengen en als eerste aanpakken",
            wish_ids=["w-verlichting"],
            owner_actor_id="a-gebiedsmanager",
            contact_id="k-verlichting",
            deadline=date(2026, 6, 30),
            feedback_date=date(2026, 3, 5),
            visibility=(
                "Avondschouw waarbij bewoners meelopen; daarna een kaartje in het buurthuis."
            ),
            agreed=True,
            **stamp(21, 3),
        ),
        Action(
            id="x-terugkoppeling",
            title="Elke melding uit het greenfield-gebied krijgt binnen vijf werkdagen antwoord",
            wish_ids=["w-terugkoppeling"],
            owner_actor_id="a-wijkregisseur",
            contact_id="k-melden",
            deadline=date(2026, 3, 31),
            feedback_date=date(2026, 4, 2),
            visibility=(
                "Elke maand een overzicht van meldingen en wat ermee is gedaan, "
                "in het buurthuis en de buurtapp."
            ),
            status=BUSY,
            history=[_change(date(2026, 2, 16), OPEN, BUSY, "Afspraak met het meldpunt gemaakt")],
            agreed=True,
            created=at(21, 6),
            updated=at(10, 0, date(2026, 2, 16)),
        ),
        Action(
            id="x-tegels",
            title=(
                "Tegels en verzakkingen in de Runmolenstraat herstellen; "
                "gepland onderhoud naar voren halen"
            ),
            wish_ids=["w-tegels"],
            owner_actor_id="a-gebiedsmanager",
            contact_id="k-onderhoud",
            deadline=date(2026, 3, 20),
            feedback_date=date(2026, 3, 27),
            visibility="Een bord bij het werk dat zegt dat dit op verzoek van de buurt gebeurt.",
            status=DONE,
            history=[
                _change(date(2026, 2, 19), OPEN, BUSY, "Aannemer ingepland"),
                _change(date(2026, 3, 10), BUSY, DONE, "Stoep hersteld, foto in de buurtapp"),
            ],
            agreed=True,
            created=at(21, 9),
            updated=at(10, 0, date(2026, 3, 10)),
        ),
        Action(
            id="x-spreekuur",
            title="Proef met een maandelijks spreekuur van wijkagent en jeugd-BOA in het buurthuis",
            wish_ids=["w-spreekuur"],
            owner_actor_id="a-wijkagent",
            contact_id="k-toezicht",
            deadline=date(2026, 4, 1),
            feedback_date=date(2026, 4, 8),
            visibility=(
                "Aankondiging met foto's van wie er zit, "
                "op de deur van het buurthuis en in de buurtapp."
            ),
            agreed=False,
            **stamp(21, 12),
        ),
        Action(
            id="x-kennismaken",
            title="Kennismakingsavond met de jongeren bij het speelveld",
            wish_ids=["w-speelveld"],
            owner_actor_id="a-opbouwwerker",
            contact_id="k-jongeren",
            deadline=date(2026, 5, 15),
            feedback_date=date(2026, 5, 29),
            visibility="Uitnodiging via de school en de voetbalvereniging.",
            agreed=True,
            **stamp(21, 14),
        ),
        Action(
            id="x-buurtapp",
            title="Huisregels voor de buurtapp opstellen",
            wish_ids=["w-buurtapp"],
            owner_actor_id="a-preventie",
            status=DROPPED,
            history=[
                _change(
                    MEETING_DAY.replace(day=20), OPEN, DROPPED, "De beheerders regelen dit zelf"
                )
            ],
            created=at(21, 16),
            updated=at(10, 0, date(2026, 2, 20)),
        ),
    ]
