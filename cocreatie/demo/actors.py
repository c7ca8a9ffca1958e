"""The parties at the table, taken from the template's actor presets.

A preset gives function, organisation and policy domain; the demo adds the
person behind it where that person was in the room.
"""

from __future__ import annotations

from cocreatie.demo.stamps import stamp
from cocreatie.models import Actor, PolicyDomain
from cocreatie.templating import SessionTemplate

# (actor id, preset function, person, organisation override)
_CHOSEN: list[tuple[str, str, str, str]] = [
    ("a-wijkagent", "Wijkagent", "Marloes Visser", ""),
    ("a-jeugdboa", "Jeugd-BOA", "Dennis Kok", ""),
    ("a-gebiedsmanager", "Gebiedsmanager", "Karin de Boer", ""),
    ("a-wijkregisseur", "Wijkregisseur", "Youssef El Amrani", ""),
    ("a-verkeer", "Verkeerskundige", "", ""),
    ("a-wijkbeheerder", "Wijkbeheerder", "Petra Smit", "De Alliantie"),
    ("a-opbouwwerker", "Opbouwwerker", "Bas Mulder", "De Schoor"),
    ("a-preventie", "Buurtpreventieteam", "", ""),
]

# Used when a template lacks the preset, so the demo still holds together.
_FALLBACK: dict[str, tuple[str, PolicyDomain]] = {
    "Wijkagent": ("Politie", PolicyDomain.POLICE),
    "Jeugd-BOA": ("Gemeente", PolicyDomain.OOV),
    "Gebiedsmanager": ("Gemeente", PolicyDomain.PUBLIC_SPACE),
    "Wijkregisseur": ("Gemeente", PolicyDomain.SOCIAL),
    "Verkeerskundige": ("Gemeente", PolicyDomain.VERKEER),
    "Wijkbeheerder": ("Woningcorporatie", PolicyDomain.HOUSING),
    "Opbouwwerker": ("Welzijn", PolicyDomain.WELFARE),
    "Buurtpreventieteam": ("Bewoners", PolicyDomain.RESIDENTS),
}


def actors(template: SessionTemplate) -> list[Actor]:
    presets = {p.function: p for p in template.actors}
    out = []
    for index, (actor_id, function, person, organisation) in enumerate(_CHOSEN):
        preset = presets.get(function)
        default_org, default_domain = _FALLBACK[function]
        out.append(
            Actor(
                id=actor_id,
                function=function,
                organisation=organisation or (preset.organisation if preset else default_org),
                domain=preset.domain if preset else default_domain,
                person_name=person,
                **stamp(20, 35 + index),
            )
        )
    return out
