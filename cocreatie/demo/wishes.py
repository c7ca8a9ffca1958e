"""The residents' wishes after dot voting (eight residents, three dots each).

Each wish carries where, when, how big, and how worried the room is next to
whether anything visible happens yet, so the "buikpijn" quadrants fill.
The top five are prioritised.
"""

from __future__ import annotations

from dataclasses import dataclass

from cocreatie.demo.stamps import stamp
from cocreatie.models import Location, Scale, TimeOfDay, Wish, Worry


@dataclass(frozen=True)
class _Raised:
    id: str
    text: str
    by: list[str]
    factors: list[str]
    where: str
    location_type: str | None
    when: TimeOfDay | None
    scale: Scale | None
    votes: int
    worry: Worry | None
    visible: bool | None
    theme: str
    minute: int


_RAISED = [
    _Raised(
        "w-snelheid",
        "Lagere snelheid op de Wipmolenweg, bijvoorbeeld met drempels "
        "of een versmalling bij de school.",
        ["p-henk", "p-kevin"],
        ["signaalcriminaliteit", "inrichting"],
        "Wipmolenweg, bocht bij de basisschool",
        "oversteek",
        TimeOfDay.MORNING,
        Scale.STRUCTURAL,
        6,
        Worry.HIGH,
        False,
        "Verkeer",
        15,
    ),
    _Raised(
        "w-verlichting",
        "Meer licht op het fietspad achter de Rosmolenstraat.",
        ["p-samira", "p-anja"],
        ["inrichting"],
        "Fietspad achter de Rosmolenstraat",
        "slecht-verlicht",
        TimeOfDay.NIGHT,
        Scale.STRUCTURAL,
        5,
        Worry.HIGH,
        False,
        "Verlichting",
        17,
    ),
    _Raised(
        "w-terugkoppeling",
        "Binnen een week horen wat er met een melding gebeurt, ook als het antwoord 'nog niet' is.",
        ["p-anja", "p-ruud"],
        ["kwaliteit-aanpak", "communicatie"],
        "",
        None,
        TimeOfDay.ALL_DAY,
        Scale.STRUCTURAL,
        4,
        Worry.HIGH,
        False,
        "Melden en terugkoppelen",
        19,
    ),
    _Raised(
        "w-tegels",
        "Losse tegels en verzakte stoepen in de Runmolenstraat herstellen.",
        ["p-tiny"],
        ["verloedering", "kwaliteit-aanpak"],
        "Runmolenstraat, stoep aan de even kant",
        "route",
        TimeOfDay.ALL_DAY,
        Scale.SMALL_NORM,
        3,
        Worry.HIGH,
        True,
        "Onderhoud",
        21,
    ),
    _Raised(
        "w-spreekuur",
        "Een wijkagent en jeugd-BOA die je kent, met een vast spreekuur in het buurthuis.",
        ["p-ruud", "p-jeroen"],
        ["toezicht"],
        "Buurthuis De Wieken",
        None,
        TimeOfDay.EVENING,
        Scale.STRUCTURAL,
        3,
        Worry.HIGH,
        False,
        "Toezicht",
        23,
    ),
    _Raised(
        "w-speelveld",
        "Kennismaken met de jongeren bij het speelveld, samen met de opbouwwerker.",
        ["p-kevin"],
        ["onbekende-anderen", "sociale-kwaliteit"],
        "Speelveld Walmolenstraat",
        "groen",
        TimeOfDay.EVENING,
        Scale.SMALL_NORM,
        1,
        Worry.LOW,
        False,
        "Jongeren",
        25,
    ),
    _Raised(
        "w-parkeren",
        "Optreden tegen auto's die half op de stoep staan.",
        ["p-henk"],
        ["verloedering"],
        "Poortmolenstraat",
        "hotspot",
        TimeOfDay.EVENING,
        Scale.SMALL_NORM,
        1,
        Worry.LOW,
        True,
        "Verkeer",
        27,
    ),
    _Raised(
        "w-buurtapp",
        "Afspraken in de buurtapp over hoe we berichten over incidenten delen.",
        ["p-fatma", "p-jeroen"],
        ["het-gesprek"],
        "",
        None,
        None,
        Scale.SMALL_NORM,
        1,
        Worry.LOW,
        None,
        "Het gesprek",
        29,
    ),
]

PRIORITISED = 5


def wishes() -> list[Wish]:
    ranked = sorted(_RAISED, key=lambda r: -r.votes)
    chosen = {r.id for r in ranked[:PRIORITISED]}
    return [
        Wish(
            id=r.id,
            text=r.text,
            participant_ids=r.by,
            factor_ids=r.factors,
            location=Location(text=r.where, type=r.location_type),
            time_of_day=r.when,
            scale=r.scale,
            votes=r.votes,
            worry=r.worry,
            visible_action=r.visible,
            prioritised=r.id in chosen,
            theme=r.theme,
            **stamp(20, r.minute),
        )
        for r in _RAISED
    ]
