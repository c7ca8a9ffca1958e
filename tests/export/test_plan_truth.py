"""The plan says everything that is open: verdicts, lateness, the closing."""

from __future__ import annotations

from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate

from .mdcheck import table_after
from .test_markdown import md_of


def test_a_factor_only_residents_raised_has_verdict_no_with_the_reason(
    session: Session, greenfield: SessionTemplate
) -> None:
    session.add_contribution("Overal zwerfafval", "res1", ["verloedering"])
    session.add_contribution("Jongeren hangen rond", "prof1", ["onbekende-anderen"])
    table = table_after(md_of(session, greenfield), t("export.heading.per_factor"))
    rows = {r[0]: r for r in table.rows}
    assert rows["2. Verloedering"][4] == "nee: alleen genoemd door Bewoners"
    assert rows["3. Onbekende anderen"][4] == "nee: alleen genoemd door Professionals"
    # Both sides raised "inrichting": the room's own verdict and note stay.
    assert rows["7. Inrichting gebouwde omgeving"][4] == "deels: Bewoners zien meer gevaar"
