"""What "veiligheid" means in the Molenbuurt, as the room said it.

Residents talk about traffic, dark paths, loose paving, unknown youths and
reports that vanish; professionals talk about low figures, report apps and
staff who keep changing. The verdicts cover the five factors the Almere
research kept.
"""

from __future__ import annotations

from cocreatie.demo.stamps import stamp
from cocreatie.models import Congruence, Contribution, FactorVerdict, Note, SafetyDefinition

# (id, participant id, factor ids, minute after 19:00, text)
_SAID: list[tuple[str, str, list[str], int, str]] = [
    (
        "c-hardrijden",
        "p-henk",
        ["signaalcriminaliteit", "inrichting"],
        32,
        "Op de Wipmolenweg rijden ze 's avonds veel te hard, juist bij de bocht bij de school.",
    ),
    (
        "c-fietspad",
        "p-samira",
        ["inrichting"],
        33,
        "Het fietspad achter de Rosmolenstraat is na zonsondergang aardedonker; dan fiets ik om.",
    ),
    (
        "c-tegels",
        "p-tiny",
        ["verloedering", "kwaliteit-aanpak"],
        35,
        "In de Runmolenstraat liggen tegels los. Ik ben er vorige winter over gevallen.",
    ),
    (
        "c-jongeren",
        "p-kevin",
        ["onbekende-anderen"],
        36,
        "Bij het speelveld staan 's avonds groepjes jongeren die ik niet ken. Ze doen niks, "
        "maar ik loop er met de kinderwagen liever niet langs.",
    ),
    (
        "c-melding",
        "p-anja",
        ["kwaliteit-aanpak", "communicatie"],
        38,
        "Ik heb drie keer gemeld dat een lantaarnpaal kapot is. Daarna hoor je gewoon niets meer.",
    ),
    (
        "c-wijkagent",
        "p-ruud",
        ["toezicht"],
        40,
        "Wie is eigenlijk onze wijkagent? Vroeger kwam die hier op de fiets langs.",
    ),
    (
        "c-buurtapp",
        "p-fatma",
        ["het-gesprek"],
        41,
        "In de buurtapp gaat elk verhaal over een inbraak meteen rond, "
        "en dan lijkt het veel erger.",
    ),
    (
        "c-preventie",
        "p-jeroen",
        ["toezicht", "sociale-kwaliteit"],
        43,
        "Het buurtpreventieteam loopt te weinig rondes; er doen te weinig mensen mee.",
    ),
    (
        "c-busbaan",
        "p-tiny",
        ["onbekende-anderen", "sociale-kwaliteit"],
        44,
        "Mijn eigen straat ken ik goed, maar voorbij de busbaan houdt het op.",
    ),
    (
        "c-parkeren",
        "p-henk",
        ["verloedering", "inrichting"],
        45,
        "Auto's staan half op de stoep. Met een rollator moet je dan de weg op.",
    ),
    (
        "c-cijfers",
        "p-marloes",
        ["signaalcriminaliteit", "onbekende-anderen"],
        48,
        "De cijfers zijn hier laag: weinig inbraken en bijna geen meldingen over jongeren.",
    ),
    (
        "c-app",
        "p-karin",
        ["kwaliteit-aanpak"],
        50,
        "Meldingen lopen via de app naar een centrale afdeling. Of er teruggemeld is, zien wij "
        "in het gebied niet altijd.",
    ),
    (
        "c-verloop",
        "p-dennis",
        ["toezicht"],
        51,
        "Jeugd-BOA's krijgen tijdelijke contracten. Ik ben in twee jaar al de derde in deze wijk.",
    ),
    (
        "c-overzicht",
        "p-youssef",
        ["kwaliteit-aanpak"],
        53,
        "Ik krijg elk kwartaal een overzicht van overtredingen, maar wat bewoners zelf willen "
        "staat daar niet in.",
    ),
    (
        "c-groepen",
        "p-bas",
        ["het-gesprek", "sociale-kwaliteit"],
        54,
        "Mensen kennen elkaar vooral binnen hun eigen groep. Per groep iemand die de weg weet, "
        "zou veel schelen.",
    ),
    (
        "c-sloten",
        "p-petra",
        ["signaalcriminaliteit"],
        56,
        "In onze complexen zijn sloten en deuren vernieuwd; inbraak is sindsdien geen groot punt.",
    ),
    (
        "c-takenpakket",
        "p-marloes",
        ["toezicht"],
        57,
        "Mijn takenpakket is breder geworden; ik ben minder op straat dan ik zou willen.",
    ),
]

# (factor id, verdict, note)
_VERDICTS: list[tuple[str, Congruence, str]] = [
    (
        "signaalcriminaliteit",
        Congruence.PARTLY,
        "Niemand ziet ernstige criminaliteit; "
        "bewoners bedoelen vooral verkeer en kleine ergernissen.",
    ),
    (
        "onbekende-anderen",
        Congruence.PARTLY,
        "Bewoners voelen zich ongemakkelijk bij onbekende jongeren; "
        "de cijfers tonen geen overlast.",
    ),
    (
        "het-gesprek",
        Congruence.YES,
        "Iedereen ziet dat contact vooral binnen de eigen groep blijft.",
    ),
    (
        "toezicht",
        Congruence.YES,
        "Beide kanten willen zichtbaar toezicht door mensen die blijven en die je kent.",
    ),
    (
        "kwaliteit-aanpak",
        Congruence.NO,
        "Professionals zien meldingen afgehandeld worden; bewoners horen er nooit meer iets van.",
    ),
]

_AGREEMENTS = [
    ("n-eens-verkeer", "Verkeer is hier het grootste veiligheidsthema, niet criminaliteit."),
    ("n-eens-gezichten", "Vaste gezichten werken beter dan steeds nieuwe mensen."),
    ("n-eens-klein", "Kleine dingen als losse tegels en kapotte lampen tellen zwaar mee."),
]
_DIFFERENCES = [
    (
        "n-verschil-melden",
        "Bewoners vinden dat melden niets oplevert; professionals zien "
        "dat meldingen wel worden opgepakt.",
    ),
    (
        "n-verschil-jongeren",
        "Bewoners ervaren de jongeren bij het speelveld als onveilig; "
        "politie en BOA zien geen overlast.",
    ),
    ("n-verschil-cijfers", "Professionals sturen op cijfers; bewoners op wat ze dagelijks zien."),
]

SHARED_DEFINITION = (
    "Veilig is de Molenbuurt als je er overdag en 's avonds zonder omweg kunt lopen en fietsen, "
    "als straten en paden heel en verlicht zijn, en als je weet bij wie je terechtkunt. Een "
    "melding hoort een antwoord te krijgen, ook als dat antwoord 'nog niet' is."
)


def safety_definition() -> SafetyDefinition:
    return SafetyDefinition(
        contributions=[
            Contribution(
                id=cid, participant_id=pid, factor_ids=factors, text=text, **stamp(19, minute)
            )
            for cid, pid, factors, minute, text in _SAID
        ],
        shared_definition=SHARED_DEFINITION,
        agreements=[Note(id=nid, text=text, **stamp(20, 5)) for nid, text in _AGREEMENTS],
        differences=[Note(id=nid, text=text, **stamp(20, 8)) for nid, text in _DIFFERENCES],
        verdicts=[
            FactorVerdict(id=f"v-{fid}", factor_id=fid, verdict=verdict, note=note, **stamp(20, 2))
            for fid, verdict, note in _VERDICTS
        ],
    )
