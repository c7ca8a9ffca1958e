"""The plan says everything that is open: verdicts, lateness, the closing."""

from __future__ import annotations

import datetime as dt
import json

from cocreatie.export import render
from cocreatie.followup import start_follow_up
from cocreatie.i18n import t
from cocreatie.models import Session, clock
from cocreatie.templating import SessionTemplate, load_template

from .mdcheck import table_after
from .sessions import build_session
from .test_formats import read_csv
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


def test_the_plan_says_when_it_was_made_and_what_is_late_then(
    session: Session, greenfield: SessionTemplate
) -> None:
    # 10 April: "Lantaarns vervangen" (open) was to be fed back on 2 April.
    clock.freeze(dt.datetime(2026, 4, 10, 9, 0, tzinfo=dt.UTC))
    md = md_of(session, greenfield)
    assert "- **Gemaakt op:** 10 april 2026\n" in md
    table = table_after(md, t("export.heading.actions"))
    status = {r[0]: r[6] for r in table.rows}
    assert status == {
        "Drempels plaatsen": "bezig",
        "Lantaarns vervangen": "open, ⚠ te laat",
        "Spreekuur wijkagent": "klaar",
    }
    assert t("export.text.late_legend", date="10 april 2026") in md
    csv_rows = read_csv(render(session, greenfield, "csv"))
    assert csv_rows[0][-1] == "Te laat op 2026-04-10"
    assert [r[-1] for r in csv_rows[1:]] == ["", "ja", ""]
    # Six weeks later the busy one is past its feedback date and deadline too.
    clock.freeze(dt.datetime(2026, 6, 2, 9, 0, tzinfo=dt.UTC))
    table = table_after(md_of(session, greenfield), t("export.heading.actions"))
    assert table.rows[0][6] == "bezig, ⚠ te laat"


def test_grades_remarks_next_meeting_and_questions_are_in_every_plan_format(
    session: Session, greenfield: SessionTemplate, frozen_clock: object
) -> None:
    session.closing = session.closing.model_copy(
        update={"grades": [6, 7, 8, 5], "remarks": "Fijne avond, graag vaker zo."}
    )
    md = md_of(session, greenfield)
    closing = md.split(f"## {t('export.heading.closing')}\n")[1].split("\n## ")[0]
    assert "Rapportcijfers voor de buurt (4): 6 · 7 · 8 · 5. Gemiddeld: 6,5." in closing
    assert "Fijne avond, graag vaker zo." in closing
    assert "- Wie betaalt de drempels?" in md
    assert "- **Datum:** 18 juni 2026" in md
    page = render(session, greenfield, "html").decode()
    for text in ("6 · 7 · 8 · 5", "Gemiddeld: 6,5", "Fijne avond", "Wie betaalt", "18 juni 2026"):
        assert text in page
    record = json.loads(render(session, greenfield, "json"))
    assert record["closing"]["grades"] == [6, 7, 8, 5]
    assert record["closing"]["average_grade"] == 6.5
    assert record["closing"]["remarks"] == "Fijne avond, graag vaker zo."
    assert record["closing"]["next_meeting"]["date"] == "2026-06-18"
    assert [q["text"] for q in record["closing"]["open_questions"]] == ["Wie betaalt de drempels?"]
    # The average is for readers: the file still imports as the same record.
    names = json.loads(render(session, greenfield, "json", with_names=True))
    assert Session.model_validate(names) == session


def test_progress_names_the_earlier_session_by_title_and_date(
    greenfield: SessionTemplate, frozen_clock: object
) -> None:
    earlier = build_session()
    later = start_follow_up(earlier, load_template("terugkomsessie"), "Terugkomavond")
    md = md_of(later, load_template("terugkomsessie"))
    table = table_after(md, t("export.heading.progress"))
    assert table.rows[0] == ["Vorige sessie", "Greenfield Molenbuurt-noord (12 maart 2026)"]
    assert "sess0001" not in table.rows[0][1]
