"""The participants step's quick-add line and kind symbols; pure, no Textual.

"Anja" adds a participant by name; "Karin de Boer, gebiedsmanager, Gemeente"
adds function and organisation too. Each kind has a symbol, so the list does
not depend on colour.
"""

from __future__ import annotations

from cocreatie.models import ParticipantKind

KIND_SYMBOLS = {ParticipantKind.RESIDENT.value: "●", ParticipantKind.PROFESSIONAL.value: "◆"}
OTHER_KIND_SYMBOL = "▲"


def kind_symbol(kind: str) -> str:
    return KIND_SYMBOLS.get(kind, OTHER_KIND_SYMBOL)


def quick_fields(line: str) -> dict[str, str]:
    """ "Anja" or "Karin de Boer, gebiedsmanager, Gemeente" -> participant fields."""
    parts = [p.strip() for p in line.split(",")]
    fields = {"display_name": parts[0]}
    if len(parts) > 1 and parts[1]:
        fields["function"] = parts[1]
    if len(parts) > 2:
        fields["organisation"] = ", ".join(p for p in parts[2:] if p)
    return fields
