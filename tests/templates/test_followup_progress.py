"""Progress since the earlier session: counts, rows, and the export block."""

from __future__ import annotations

from templatehelpers import FOLLOW_UP_DAY, demo_previous, walked_follow_up

from cocreatie.analysis.progress import progress_section, progress_since
from cocreatie.followup import start_follow_up
from cocreatie.i18n import set_language
from cocreatie.models import Action, ActionStatus
from cocreatie.templating import load_template

DONE, BUSY, OPEN, DROPPED = (
    ActionStatus.DONE,
    ActionStatus.BUSY,
    ActionStatus.OPEN,
    ActionStatus.DROPPED,
)


def test_counts_since_the_earlier_session() -> None:
    previous = demo_previous()
    current = walked_follow_up(previous)
    summary = progress_since(previous, current, FOLLOW_UP_DAY)
    assert summary.previous_session_id == previous.id
    assert summary.previous_title == previous.meta.title
    assert summary.total == 7
    assert (summary.done, summary.busy, summary.open, summary.dropped) == (2, 1, 2, 2)
    # Busy x-terugkoppeling (31 March) and open x-kennismaken (15 May) are
    # past their deadline on 21 May; open x-verlichting is due 30 June, but
    # residents were promised feedback by 5 March: late too.
    assert summary.late == 3
    assert (summary.feedback_given, summary.feedback_not_given, summary.feedback_unknown) == (
        2,
        1,
        4,
    )
    assert summary.new_actions == 1


def test_rows_show_what_changed_and_who_owns_it() -> None:
    previous = demo_previous()
    current = walked_follow_up(previous)
    rows = {r.action_id: r for r in progress_since(previous, current, FOLLOW_UP_DAY).rows}
    assert list(rows) == [a.id for a in previous.actions]
    speed = rows["x-snelheid"]
    assert (speed.previous_status, speed.status, speed.changed) == (BUSY, DONE, True)
    assert speed.feedback_given is True and speed.residents_noticed == "Rustiger."
    assert speed.owner is not None and speed.owner.actor_id == "a-verkeer"
    assert speed.co_owner is None
    assert rows["x-terugkoppeling"].late and not rows["x-terugkoppeling"].changed
    assert rows["x-verlichting"].late, "its feedback date (5 March) has passed"
    assert rows["x-tegels"].status is DONE and not rows["x-tegels"].late


def test_lateness_depends_on_the_day_asked() -> None:
    previous = demo_previous()
    current = walked_follow_up(previous)
    assert progress_since(previous, current, previous.meta.date).late == 0


def test_without_the_earlier_session_history_tells_the_old_status() -> None:
    previous = demo_previous()
    current = walked_follow_up(previous)
    with_previous = progress_since(previous, current, FOLLOW_UP_DAY)
    alone = progress_since(None, current, FOLLOW_UP_DAY)
    assert alone.previous_session_id == previous.id
    # The follow-up keeps the earlier title and date, for when it is gone.
    assert (alone.previous_title, alone.previous_date) == (
        with_previous.previous_title,
        with_previous.previous_date,
    )
    assert [r.previous_status for r in alone.rows] == [
        r.previous_status for r in with_previous.rows
    ]
    assert (alone.done, alone.late, alone.feedback_given) == (2, 3, 2)


def test_dual_ownership_rows_name_both_owners() -> None:
    previous = demo_previous()
    previous.update(Action, "x-snelheid", co_owner_actor_id="a-wijkagent")
    current = start_follow_up(previous, load_template("terugkomsessie"))
    row = progress_since(previous, current, FOLLOW_UP_DAY).rows[0]
    assert row.owner is not None and row.co_owner is not None
    assert (row.owner.actor_id, row.co_owner.actor_id) == ("a-verkeer", "a-wijkagent")


def test_no_progress_section_for_a_first_session() -> None:
    template = load_template("greenfield-buurt")
    assert progress_section(demo_previous(), template) is None


def test_progress_section_for_the_export() -> None:
    previous = demo_previous()
    current = walked_follow_up(previous)
    section = progress_section(current, load_template("terugkomsessie"), current.meta.date)
    assert section is not None
    summary = dict(section.summary)
    # Named as people know it, not by its id.
    assert summary["Vorige sessie"] == "Greenfield Molenbuurt: eerste buurtavond (12 februari 2026)"
    assert summary["Klaar"] == "2 van 7"
    assert summary["Te laat"] == "3 van 7"
    assert summary["Vervallen"] == "2 van 7"
    assert summary["Teruggekoppeld"] == "2 van 7"
    assert summary["Niet teruggekoppeld"] == "1 van 7"
    assert summary["Nieuwe acties"] == "1"
    assert section.headers == (
        "Actie",
        "Eigenaar",
        "Status",
        "Teruggekoppeld",
        "Wat bewoners merkten",
    )
    rows = {row[0]: row for row in section.rows}
    speed = rows[previous.get(Action, "x-snelheid").title]
    assert speed[2:] == ("klaar (was: bezig)", "ja", "Rustiger.")
    assert rows[previous.get(Action, "x-terugkoppeling").title][2:4] == (
        "bezig, ⚠ te laat",
        "nee",
    )
    assert all(len(row) == len(section.headers) for row in section.rows)


def test_progress_section_shows_both_owners_when_dual() -> None:
    previous = demo_previous()
    current = start_follow_up(
        previous, load_template("oov-verkeer").model_copy(update={"requires_previous": True})
    )
    section = progress_section(current, load_template("oov-verkeer"))
    assert section is not None
    assert section.headers[1:3] == ("Eigenaar", "Tweede eigenaar")


def test_progress_section_speaks_the_session_language() -> None:
    set_language("nl")
    previous = demo_previous()
    current = walked_follow_up(previous)
    current.meta = current.meta.model_copy(update={"language": "en"})
    section = progress_section(current, load_template("terugkomsessie"))
    assert section is not None
    assert dict(section.summary)["Done"] == "2 of 7"
