"""The participants' kind symbols, so the list does not depend on colour.

The quick-add line is read by ``cocreatie.entry.participants``.
"""

from __future__ import annotations

from cocreatie.models import ParticipantKind

KIND_SYMBOLS = {ParticipantKind.RESIDENT.value: "●", ParticipantKind.PROFESSIONAL.value: "◆"}
OTHER_KIND_SYMBOL = "▲"


def kind_symbol(kind: str) -> str:
    return KIND_SYMBOLS.get(kind, OTHER_KIND_SYMBOL)
