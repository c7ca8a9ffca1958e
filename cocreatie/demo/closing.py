"""How the Molenbuurt evening ended, and when the room meets again."""

from __future__ import annotations

from datetime import date

from cocreatie.demo.stamps import stamp
from cocreatie.models import Closing, NextMeeting, Note

# One report-card grade per resident, as given at the end of the evening.
GRADES = [7, 6, 8, 7, 6, 7, 5, 8]


def closing() -> Closing:
    return Closing(
        grades=GRADES,
        remarks=(
            "Prettige avond; bewoners waardeerden dat de professionals bleven tot het eind. "
            "Meerdere mensen vroegen of ze de uitkomst ook op papier krijgen."
        ),
        next_meeting=NextMeeting(
            date=date(2026, 5, 21),
            time="19:30",
            place="Buurthuis De Wieken",
            note="Terugkomavond: wat is er met de acties gebeurd?",
        ),
        open_questions=[
            Note(
                id="q-verkeer",
                text="Kan de verkeerskundige van de gemeente bij de terugkomavond zijn?",
                **stamp(21, 25),
            ),
            Note(
                id="q-opvolging",
                text="Wie neemt het spreekuur over als de jeugd-BOA vertrekt?",
                **stamp(21, 26),
            ),
        ],
    )
