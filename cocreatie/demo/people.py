"""Who came to the Molenbuurt evening: eight residents, six professionals.

Residents are first names or nicknames only; one of them gave consent to be
contacted about the plan, the rest left no details (as the template asks).
All people are invented.
"""

from __future__ import annotations

from cocreatie.demo.stamps import MEETING_DAY, at, stamp
from cocreatie.models import Consent, ContactDetails, Participant, ParticipantKind, PolicyDomain

RESIDENT = ParticipantKind.RESIDENT.value
PROFESSIONAL = ParticipantKind.PROFESSIONAL.value

# (id, name, street, years in the neighbourhood)
_RESIDENTS: list[tuple[str, str, str, int]] = [
    ("p-anja", "Anja", "Wipmolenweg", 27),
    ("p-henk", "Henk", "Poldermolenweg", 31),
    ("p-samira", "Samira", "Rosmolenstraat", 4),
    ("p-ruud", "Ruud", "Walmolenstraat", 19),
    ("p-tiny", "Oma Tiny", "Runmolenstraat", 35),
    ("p-kevin", "Kevin", "Poortmolenstraat", 2),
    ("p-fatma", "Fatma", "Wipmolenweg", 11),
    ("p-jeroen", "Jeroen", "Poldermolenweg", 8),
]

# (id, name, function, organisation, domain)
_PROFESSIONALS: list[tuple[str, str, str, str, PolicyDomain]] = [
    ("p-marloes", "Marloes Visser", "Wijkagent", "Politie", PolicyDomain.POLICE),
    ("p-dennis", "Dennis Kok", "Jeugd-BOA", "Gemeente Almere", PolicyDomain.OOV),
    ("p-karin", "Karin de Boer", "Gebiedsmanager", "Gemeente Almere", PolicyDomain.PUBLIC_SPACE),
    ("p-youssef", "Youssef El Amrani", "Wijkregisseur", "Gemeente Almere", PolicyDomain.SOCIAL),
    ("p-petra", "Petra Smit", "Wijkbeheerder", "De Alliantie", PolicyDomain.HOUSING),
    ("p-bas", "Bas Mulder", "Opbouwwerker", "De Schoor", PolicyDomain.WELFARE),
]

CONSENTING_RESIDENT = "p-anja"


def residents() -> list[Participant]:
    people = [
        Participant(
            id=pid,
            display_name=name,
            kind=RESIDENT,
            area=street,
            years_in_neighbourhood=years,
            pseudonym=f"Bewoner {number}",
            **stamp(19, 5 + number),
        )
        for number, (pid, name, street, years) in enumerate(_RESIDENTS, start=1)
    ]
    return [_with_consent(p) if p.id == CONSENTING_RESIDENT else p for p in people]


def _with_consent(person: Participant) -> Participant:
    # Anja joins the buurtpreventieteam and wants to hear how the plan goes.
    return person.validated_copy(
        consent=Consent(
            given=True,
            date=MEETING_DAY,
            scope="contact over de uitvoering van het actieplan",
            recorded_by="Ilse Bakker",
        ),
        contact=ContactDetails(phone="06 1234 5678", email="anja@voorbeeld.nl"),
        updated=at(21, 20),
    )


def professionals() -> list[Participant]:
    return [
        Participant(
            id=pid,
            display_name=name,
            kind=PROFESSIONAL,
            function=function,
            organisation=organisation,
            domain=domain,
            **stamp(19, 15 + index),
        )
        for index, (pid, name, function, organisation, domain) in enumerate(_PROFESSIONALS)
    ]


def participants() -> list[Participant]:
    return [*residents(), *professionals()]
