"""The actions overview across sessions, and ``cocreatie actions``/``review``."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from cocreatie.cli.main import main
from cocreatie.export.overview import (
    OverviewFilter,
    build_overview,
    overview_csv,
    overview_markdown,
    parse_status,
)
from cocreatie.models import ActionStatus, Session
from cocreatie.store import SessionRepository
from cocreatie.store.action_parts import read_actions_parts

from .mdcheck import assert_tables_intact, tables
from .sessions import RESIDENT_NAMES, build_session

TODAY = dt.date(2026, 4, 10)


def second_session() -> Session:
    session = build_session()
    data = session.model_dump()
    data["id"] = "zuid0002"
    data["meta"]["title"] = "Muziekwijk-Zuid avond"
    data["meta"]["neighbourhood"] = "Muziekwijk-Zuid"
    return Session.model_validate(data)


@pytest.fixture
def repository(data_dir: Path) -> SessionRepository:
    repo = SessionRepository(data_dir)
    for session in (build_session(), second_session()):
        repo.create(session).close()
    return repo


def test_rows_cover_every_action_sorted_by_feedback_date() -> None:
    overview = build_overview([build_session(), second_session()], TODAY)
    assert len(overview.rows) == 6
    dates = [r.feedback_date for r in overview.rows]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated) and dates[-2:] == [None, None]


def test_late_means_deadline_or_feedback_date_passed_and_not_done() -> None:
    rows = build_overview([build_session()], TODAY).rows
    overdue = {r.title for r in rows if r.overdue}
    # "Lantaarns vervangen" (open, 2 April) is late; "Drempels" is due 1 May.
    assert overdue == {"Lantaarns vervangen"}
    later = build_overview([build_session()], dt.date(2026, 5, 2)).rows
    assert {r.title for r in later if r.overdue} == {"Lantaarns vervangen", "Drempels plaatsen"}


@pytest.mark.parametrize(
    ("flt", "titles"),
    [
        (OverviewFilter(owner="verkeerskundige"), {"Drempels plaatsen"}),
        (OverviewFilter(owner="INGRID"), {"Spreekuur wijkagent"}),
        (OverviewFilter(status=ActionStatus.DONE), {"Spreekuur wijkagent"}),
        (OverviewFilter(overdue=True), {"Lantaarns vervangen"}),
        (OverviewFilter(neighbourhood="muziek", status=ActionStatus.BUSY), {"Drempels plaatsen"}),
    ],
)
def test_filters(flt: OverviewFilter, titles: set[str]) -> None:
    overview = build_overview([build_session(), second_session()], TODAY)
    shown = overview.filtered(flt)
    assert {r.title for r in shown} == titles
    if flt.neighbourhood:
        assert {r.session_id for r in shown} == {"zuid0002"}


def test_filter_by_session() -> None:
    overview = build_overview([build_session(), second_session()], TODAY)
    shown = overview.filtered(OverviewFilter(session_ids=frozenset({"zuid0002"})))
    assert {r.session_id for r in shown} == {"zuid0002"} and len(shown) == 3


def test_residents_stay_pseudonymous_in_the_overview() -> None:
    rows = build_overview([build_session()], TODAY).rows
    text = overview_markdown(rows, total=len(rows)) + overview_csv(rows)
    assert not any(name in text for name in RESIDENT_NAMES)


def test_markdown_overview_is_one_intact_table() -> None:
    rows = build_overview([build_session(), second_session()], TODAY).rows
    md = overview_markdown(rows, total=len(rows))
    (table,) = assert_tables_intact(md)
    assert len(table.rows) == 6
    assert table.rows[0][7] == "open, ⚠ te laat"
    assert table.rows[0][0] == "Greenfield Molenbuurt-noord (12 maart 2026)"


def test_parse_status_takes_values_and_dutch_labels() -> None:
    assert parse_status("bezig") is ActionStatus.BUSY
    assert parse_status("busy") is ActionStatus.BUSY
    assert parse_status(" Klaar ") is ActionStatus.DONE
    assert parse_status("weg") is None


def test_loading_skips_an_unreadable_session_and_says_so(
    repository: SessionRepository, data_dir: Path
) -> None:
    (data_dir / "kapot001.json").write_text("{niet af", encoding="utf-8")
    parts, skipped = read_actions_parts(repository.layout)
    overview = build_overview(parts, TODAY, skipped)
    assert overview.skipped == ["kapot001"]
    assert len(overview.rows) == 6
    md = overview_markdown(overview.rows, total=6, skipped=overview.skipped)
    assert "kapot001" in md
    # Reading never moves or rewrites anything.
    assert (data_dir / "kapot001.json").read_text(encoding="utf-8") == "{niet af"


# -- the command line ----------------------------------------------------------


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_actions_command_prints_the_markdown_overview(
    repository: SessionRepository, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "actions", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    (table,) = tables(out)
    assert len(table.rows) == 6


def test_actions_command_filters_and_writes_csv(
    repository: SessionRepository, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        capsys,
        "actions",
        "--data-dir",
        str(data_dir),
        "--status",
        "bezig",
        "--neighbourhood",
        "Molen",
        "--owner",
        "verkeer",
        "--format",
        "csv",
    )
    assert code == 0
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert rows[0][:5] == ["Sessie", "Titel sessie", "Datum sessie", "Buurt", "Actie"]
    assert [r[0] for r in rows[1:]] == ["sess0001"]


def test_actions_command_overdue(
    repository: SessionRepository,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    frozen_clock: dt.datetime,
) -> None:
    # The frozen clock says 12 March 2026: nothing is late yet.
    code, out, _ = run_cli(capsys, "actions", "--data-dir", str(data_dir), "--overdue")
    assert code == 0
    assert tables(out) == []
    assert "0 van de 6 acties" in out


def test_an_unknown_status_is_one_line_and_exit_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "actions", "--data-dir", str(data_dir), "--status", "weg")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "weg" in err and "bezig" in err


def test_review_of_an_unknown_session_is_one_line_and_exit_2(
    repository: SessionRepository, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "review", "--data-dir", str(data_dir), "bestaatniet")
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "bestaatniet" in err


def test_review_starts_the_review_app_with_resolved_ids(
    repository: SessionRepository,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started: list[tuple[Path, list[str]]] = []

    class FakeApp:
        def __init__(self, folder: Path, ids: list[str]) -> None:
            started.append((folder, ids))

        def run(self) -> None:
            pass

    import cocreatie.app.review_app as review_app

    monkeypatch.setattr(review_app, "ReviewApp", FakeApp)
    code, _, _ = run_cli(capsys, "review", "--data-dir", str(data_dir), "sess", "zuid", "sess")
    assert code == 0
    assert started == [(data_dir, ["sess0001", "zuid0002"])]
