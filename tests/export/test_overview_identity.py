"""An action carried into follow-ups is one action in ``actions`` and ``review``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cocreatie.cli.main import main
from cocreatie.export.overview import OverviewFilter, build_overview
from cocreatie.followup import start_follow_up
from cocreatie.models import ActionStatus, Session, clock
from cocreatie.store import SessionRepository
from cocreatie.templating import load_template

from .mdcheck import tables
from .sessions import build_session

TODAY = dt.date(2026, 4, 10)


def follow_up(previous: Session, title: str, on: dt.date) -> Session:
    session = start_follow_up(previous, load_template("terugkomsessie"), title)
    session.meta = session.meta.model_copy(update={"date": on})
    return session


def chain() -> tuple[Session, Session, Session]:
    first = build_session()
    second = follow_up(first, "Terugkomavond april", dt.date(2026, 4, 2))
    second.set_action_status("act-a2", ActionStatus.DONE)
    third = follow_up(second, "Terugkomavond juni", dt.date(2026, 6, 4))
    third.set_action_status("act-a1", ActionStatus.DONE)
    return first, second, third


def test_each_action_once_with_its_newest_status_and_session() -> None:
    first, second, third = chain()
    overview = build_overview([third, first, second], TODAY)
    assert len(overview.copies) == 9
    rows = {r.title: r for r in overview.rows}
    assert len(overview.rows) == 3
    assert rows["Lantaarns vervangen"].status is ActionStatus.DONE
    assert rows["Drempels plaatsen"].status is ActionStatus.DONE
    assert {r.session_id for r in overview.rows} == {third.id}
    assert rows["Drempels plaatsen"].session_label() == "Terugkomavond juni (4 juni 2026)"


def test_late_counts_each_action_once() -> None:
    first, second, _ = chain()
    # In the first session "Lantaarns vervangen" is open with its feedback
    # date passed; the follow-up has it done, so it is not late any more.
    overview = build_overview([first, second], TODAY)
    late = overview.filtered(OverviewFilter(overdue=True))
    assert late == []
    only_first = overview.filtered(OverviewFilter(overdue=True, session_ids=frozenset({first.id})))
    assert [r.title for r in only_first] == ["Lantaarns vervangen"]


def test_the_newest_of_two_follow_ups_of_one_session_wins_by_date() -> None:
    first = build_session()
    early = follow_up(first, "Vroeg", dt.date(2026, 4, 1))
    late = follow_up(first, "Later", dt.date(2026, 5, 1))
    late.set_action_status("act-a2", ActionStatus.BUSY)
    rows = build_overview([late, early, first], TODAY).rows
    lamps = next(r for r in rows if r.title == "Lantaarns vervangen")
    assert (lamps.session_title, lamps.status) == ("Later", ActionStatus.BUSY)


def test_a_copy_of_a_session_is_a_different_session() -> None:
    # Duplicating a session copies its action ids, but nothing was carried.
    first = build_session()
    data = first.model_dump()
    data["id"] = "kopie001"
    copy = Session.model_validate(data)
    assert len(build_overview([first, copy], TODAY).rows) == 6


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_previous_then_actions_and_overdue_on_the_command_line(
    data_dir: Path, capsys: pytest.CaptureFixture[str], frozen_clock: dt.datetime
) -> None:
    repository = SessionRepository(data_dir)
    repository.create(build_session()).close()
    folder = ["--data-dir", str(data_dir)]
    code, out, err = run_cli(
        capsys, "new", *folder, "--template", "terugkomsessie", "--previous", "sess"
    )
    assert (code, err) == (0, "")
    new_id = out.strip()
    with repository.open(new_id) as opened:
        assert opened.session.previous_session_id == "sess0001"
        opened.session.set_action_status("act-a2", ActionStatus.DONE)
        opened.save(opened.session)
        title = opened.session.meta.title

    code, out, _ = run_cli(capsys, "actions", *folder)
    (table,) = tables(out)
    assert [r[2] for r in table.rows].count("Lantaarns vervangen") == 1
    lamps = next(r for r in table.rows if r[2] == "Lantaarns vervangen")
    assert lamps[7] == "klaar"
    assert lamps[0].startswith(title) and new_id not in lamps[0]
    assert "3 van de 3 acties" in out

    # On 2 May "Drempels plaatsen" is late in both sessions, "Lantaarns
    # vervangen" only in the first one (done in the follow-up): one action.
    clock.freeze(dt.datetime(2026, 5, 2, 12, 0, tzinfo=dt.UTC))
    code, out, _ = run_cli(capsys, "actions", *folder, "--overdue")
    (table,) = tables(out)
    assert code == 0 and "1 van de 3 acties" in out
    assert [(r[2], r[7]) for r in table.rows] == [("Drempels plaatsen", "bezig, ⚠ te laat")]
    assert "Stand op 2 mei 2026" in out


def test_new_refuses_a_follow_up_template_without_previous(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "new", "--data-dir", str(data_dir), "--template", "terugkomsessie"
    )
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "--previous" in err
    assert not list(data_dir.glob("*.json"))


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--template", "bestaatniet"], "bestaatniet"),
        (["--template", "greenfield-buurt", "--previous", "zzz"], "zzz"),
        (["--template", "greenfield-buurt", "--title", "a\x1bb"], "Titel"),
        (["--template", "greenfield-buurt", "--title", ""], "Titel"),
    ],
)
def test_new_bad_input_is_one_line_and_status_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    code, out, err = run_cli(capsys, "new", "--data-dir", str(data_dir), *args)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and needle in err
    assert not list(data_dir.glob("*.json"))


def test_new_prints_the_id_of_a_fresh_session(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        capsys, "new", "--data-dir", str(data_dir), "--template", "oov-verkeer", "--title", "Avond"
    )
    assert code == 0
    with SessionRepository(data_dir).open(out.strip(), read_only=True) as opened:
        assert opened.session.meta.title == "Avond"
        assert opened.session.meta.template_id == "oov-verkeer"


async def test_the_review_overview_shows_a_carried_action_once(data_dir: Path) -> None:
    from textual.widgets import DataTable

    from cocreatie.app.review_app import ReviewApp
    from cocreatie.screens.actions_overview import ActionsOverviewScreen

    repository = SessionRepository(data_dir)
    for session in chain():
        repository.create(session).close()
    app = ReviewApp(data_dir, [])
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActionsOverviewScreen)
        table = screen.query_one("#overview-table", DataTable)
        assert table.row_count == 3
        cells = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        lamps = next(row for row in cells if row[0] == "Lantaarns vervangen")
        assert lamps[1] == "klaar"
        assert lamps[-1] == "Terugkomavond juni (4 juni 2026)"
