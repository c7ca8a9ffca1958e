"""A session of each shipped template, through the model and the export.

Each test fills a record the way the steps of that template would, then
checks what is special about the template in the analysis and the
Markdown action plan.
"""

from __future__ import annotations

import datetime as dt

from templatehelpers import FOLLOW_UP_DAY, demo_previous, walked_follow_up

from cocreatie.analysis import compare_factors, session_warnings
from cocreatie.export import render
from cocreatie.models import (
    Action,
    Actor,
    Contribution,
    Location,
    Note,
    Participant,
    PolicyDomain,
    Session,
    SessionMeta,
    Wish,
)
from cocreatie.templating import load_template


def _markdown(session: Session, template_id: str) -> str:
    return render(session, load_template(template_id), "md").decode("utf-8")


def test_greenfield_session_exports_the_residents_and_professionals_comparison() -> None:
    session = demo_previous()
    template = load_template("greenfield-buurt")
    rows = {row.factor.id: row for row in compare_factors(session, template)}
    assert any(row.left and row.right for row in rows.values())
    markdown = _markdown(session, "greenfield-buurt")
    assert "| Factor | Bewoners | Professionals |" in markdown
    assert "Tweede eigenaar" not in markdown  # one owner per action here
    assert "Voortgang sinds de vorige sessie" not in markdown


def _oov_verkeer_session() -> Session:
    template = load_template("oov-verkeer")
    session = Session(
        meta=SessionMeta(
            title="OOV en Verkeer, Muziekwijk-Zuid",
            neighbourhood="Muziekwijk-Zuid",
            date=dt.date(2026, 4, 9),
            template_id=template.id,
        )
    )
    oov = session.add(
        Participant(display_name="Anouk", kind="professional", domain=PolicyDomain.OOV),
    )
    verkeer = session.add(
        Participant(display_name="Ruben", kind="professional", domain=PolicyDomain.VERKEER),
    )
    safety = session.veiligheid.model_copy(
        update={
            "contributions": [
                Contribution(
                    text="Veilig is waar overlast en criminaliteit laag zijn",
                    participant_id=oov.id,
                    factor_ids=["signaalcriminaliteit"],
                ),
                Contribution(
                    text="Veilig is waar je zonder gevaar kunt oversteken",
                    participant_id=verkeer.id,
                    factor_ids=["inrichting", "signaalcriminaliteit"],
                ),
            ],
            "shared_definition": "Een straat waar je zonder zorgen loopt, fietst en oversteekt.",
            "agreements": [Note(text="Hard rijden is voor bewoners overlast én gevaar")],
            "differences": [Note(text="OOV telt meldingen, Verkeer telt ongevallen")],
        }
    )
    session.veiligheid = safety
    crossing = session.add(
        Wish(
            text="Veilig oversteken bij de school",
            location=Location(text="Fluitstraat", type="oversteek"),
        ),
    )
    first = session.add(Actor(function="Beleidsmedewerker OOV", domain=PolicyDomain.OOV))
    second = session.add(Actor(function="Verkeerskundige", domain=PolicyDomain.VERKEER))
    session.add(
        Action(
            title="Zebrapad en handhaving bij de school",
            wish_ids=[crossing.id],
            owner_actor_id=first.id,
            co_owner_actor_id=second.id,
            deadline=dt.date(2026, 6, 1),
        ),
    )
    session.add(Action(title="Verlichting fietspad", owner_actor_id=second.id))
    return session


def test_oov_verkeer_compares_the_departments_and_shows_two_owners() -> None:
    session = _oov_verkeer_session()
    template = load_template("oov-verkeer")
    assert session.wishes[0].location.type in {t.id for t in template.location_types}

    rows = {row.factor.id: row for row in compare_factors(session, template)}
    # Sorted by domain: the OOV official on the left, Verkeer on the right.
    assert (len(rows["signaalcriminaliteit"].left), len(rows["signaalcriminaliteit"].right)) == (
        1,
        1,
    )
    assert (len(rows["inrichting"].left), len(rows["inrichting"].right)) == (0, 1)

    codes = [(w.code, w.params.get("action")) for w in session_warnings(session, template)]
    assert ("action_no_co_owner", "Verlichting fietspad") in codes
    assert ("action_no_co_owner", "Zebrapad en handhaving bij de school") not in codes

    markdown = _markdown(session, "oov-verkeer")
    assert "| Factor | OOV | Verkeer |" in markdown
    assert "| Actie | Eigenaar | Tweede eigenaar |" in markdown
    assert (
        "| Zebrapad en handhaving bij de school | Beleidsmedewerker OOV | Verkeerskundige |"
        in markdown
    )
    assert "Hard rijden is voor bewoners overlast én gevaar" in markdown
    assert "OOV telt meldingen, Verkeer telt ongevallen" in markdown
    assert "Actie zonder tweede eigenaar: Verlichting fietspad" in markdown


def test_terugkomsessie_exports_the_progress_since_the_earlier_session() -> None:
    previous = demo_previous()
    session = walked_follow_up(previous)
    assert session.meta.date == FOLLOW_UP_DAY
    markdown = _markdown(session, "terugkomsessie")
    assert "## Voortgang sinds de vorige sessie" in markdown
    for line in (
        f"| Vorige sessie | {previous.meta.title} (12 februari 2026) |",
        "| Klaar | 2 van 7 |",
        "| Bezig | 1 van 7 |",
        "| Te laat | 3 van 7 |",
        "| Vervallen | 2 van 7 |",
        "| Teruggekoppeld | 2 van 7 |",
        "| Niet teruggekoppeld | 1 van 7 |",
        "| Actie | Eigenaar | Status | Teruggekoppeld | Wat bewoners merkten |",
        "| klaar (was: bezig) | ja | Rustiger. |",
        "| bezig, ⚠ te laat | nee | |",
        "| vervallen (was: open) | ? | |",
    ):
        assert line in markdown, line
    # The export of the earlier session itself has no such block.
    assert "Voortgang sinds" not in _markdown(previous, "greenfield-buurt")
