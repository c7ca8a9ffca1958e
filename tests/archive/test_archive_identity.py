"""An action carried into follow-up sessions is one action in the archive,
as in the data folder: ``actions --from`` and ``review --from`` show it once,
as the newest session has it, and agree with the folder byte for byte."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import psycopg
import pytest
from archivehelpers import Archive
from identityhelpers import folder_of, follow_up, publish_all

from cocreatie.archive.publish import publish_session
from cocreatie.archive.source import ArchiveSource
from cocreatie.cli.main import main
from cocreatie.export.overview import OverviewFilter, build_overview
from cocreatie.models import Action, ActionStatus, Session
from cocreatie.store.action_parts import read_actions_parts
from cocreatie.store.repository import SessionRepository

FILTERS = [
    [],
    ["--overdue"],
    ["--overdue", "--format", "csv"],
    ["--status", "klaar"],
    ["--status", "bezig"],
    ["--owner", "wijkagent"],
    ["--neighbourhood", "molen"],
    ["--format", "csv"],
]


def _other_neighbourhood(demo: Session) -> Session:
    # The same action ids in a session nobody carried from: other actions.
    other = demo.model_copy(deep=True, update={"id": "stedenwijk"})
    other.meta = other.meta.model_copy(
        update={"neighbourhood": "Stedenwijk", "title": "Stedenwijk"}
    )
    return other


@pytest.fixture
def sessions(demo: Session, frozen_clock: dt.datetime) -> list[Session]:
    """The demo (12 Feb), its follow-up (10 Mar) that moved statuses on,
    a follow-up of that (21 May), and an unrelated session."""
    second = follow_up(demo, "Terugkomavond maart", dt.date(2026, 3, 10))
    second.set_action_status("x-verlichting", ActionStatus.DONE, "vervangen")
    second.set_action_status("x-spreekuur", ActionStatus.BUSY, "gestart")
    second.update(Action, "x-spreekuur", feedback_date=dt.date(2026, 3, 1))
    second.set_action_status("x-kennismaken", ActionStatus.DROPPED, "geen animo")
    third = follow_up(second, "Terugkomavond mei", dt.date(2026, 5, 21))
    third.set_action_status("x-snelheid", ActionStatus.DONE, "gemeten")
    third.remove(Action, "x-tegels")  # no longer on the list
    return [demo, second, third, _other_neighbourhood(demo)]


@pytest.fixture
def both(archive: Archive, sessions: list[Session], laptop: Path, tmp_path: Path) -> Path:
    """Every session published (the follow-ups first) and in a folder."""
    publish_all(archive, laptop, reversed(sessions))
    return folder_of(tmp_path, sessions)


def _actions(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["actions", *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("flags", FILTERS, ids=lambda f: " ".join(f) or "all")
def test_actions_from_the_archive_match_the_folder_with_follow_ups(
    archive: Archive, both: Path, capsys: pytest.CaptureFixture[str], flags: list[str]
) -> None:
    from_folder = _actions(capsys, *flags, "--data-dir", str(both))
    from_archive = _actions(capsys, *flags, "--from", archive.login("karim"))
    assert from_archive == from_folder
    assert from_archive.strip()


def test_each_carried_action_once_as_the_newest_session_has_it(
    archive: Archive, both: Path, sessions: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _actions(capsys, "--from", archive.login("karim"), "--format", "csv")
    rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff")), delimiter=";"))[1:]
    chain = [row for row in rows if row[0] != "stedenwijk"]
    # Seven actions in the chain and seven in Stedenwijk: no copies.
    assert (len(rows), len(chain)) == (14, 7)
    assert {row[1] for row in chain} == {"Terugkomavond mei", "Terugkomavond maart"}
    # Left off the May list: it stands as the March session left it.
    [tiles] = [row for row in chain if row[4].startswith("Tegels")]
    assert tiles[1] == "Terugkomavond maart"
    [speed] = [row for row in chain if row[4].startswith("Snelheid")]
    assert (speed[1], speed[9]) == ("Terugkomavond mei", "klaar")


def test_overdue_counts_distinct_actions(
    archive: Archive, both: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _actions(capsys, "--overdue", "--from", archive.login("karim"))
    # Late on 12 March: in the chain only "spreekuur" (busy, feedback 1 March
    # in the follow-ups; the lamps are done there), in Stedenwijk the lamps.
    assert "2 van de 14 acties" in out
    assert out.count(", ⚠ te laat |") == 2
    assert "Terugkomavond mei (21 mei 2026)" in out


def test_review_of_chosen_sessions_shows_them_as_the_newest_of_those(
    archive: Archive, both: Path, sessions: list[Session]
) -> None:
    first, second = sessions[0].id, sessions[1].id
    parts, _ = read_actions_parts(SessionRepository(both).layout)
    folder = build_overview(parts)
    source = ArchiveSource(archive.login("karim"))
    for scope in ({first}, {first, second}, {sessions[2].id}, set()):
        flt = OverviewFilter(session_ids=frozenset(scope))
        from_archive = source.load_overview(frozenset(scope)).filtered(flt)
        assert _plain(from_archive) == _plain(folder.filtered(flt)), scope
    only_first = source.load_overview(frozenset({first})).rows
    lamps = next(r for r in only_first if r.action_id == "x-verlichting")
    assert (lamps.status, lamps.overdue) == (ActionStatus.OPEN, True)


def _plain(rows: list) -> list[tuple[object, ...]]:
    # The folder's newness holds the creation time in UTC, the archive's in
    # the server's zone: the same moment.
    return [
        (r.session_id, r.action_id, r.status, r.overdue, r.identity, r.newness[:2], r.newness[2])
        for r in rows
    ]


def test_publishing_order_and_republishing_keep_identities_true(
    archive: Archive, sessions: list[Session], laptop: Path, tmp_path: Path
) -> None:
    demo, second, third, _ = sessions
    # The newest first: until its source arrives, a copy is its own action.
    publish_all(archive, laptop, [third])
    assert _identities(archive) == {("x-snelheid", third.id): (f"{second.id}/x-snelheid", 1)}
    publish_all(archive, laptop, [demo, second])
    found = _identities(archive)
    assert found[("x-snelheid", third.id)] == (f"{demo.id}/x-snelheid", 2)
    assert found[("x-snelheid", second.id)] == (f"{demo.id}/x-snelheid", 1)
    assert _latest(archive, "x-snelheid") == [third.id]
    # The March session, published again with the action's link cut: the
    # May copy still follows it, so both leave the first session's action.
    second.update(Action, "x-snelheid", carried_from="")
    assert publish_session(second, laptop, archive.login("anna")).kind == "new"
    found = _identities(archive)
    assert found[("x-snelheid", second.id)] == (f"{second.id}/x-snelheid", 0)
    assert found[("x-snelheid", third.id)] == (f"{second.id}/x-snelheid", 1)
    assert sorted(_latest(archive, "x-snelheid")) == sorted([demo.id, third.id])


def test_removing_a_session_as_the_readme_says_brings_the_earlier_copy_back(
    archive: Archive, both: Path, sessions: list[Session], capsys: pytest.CaptureFixture[str]
) -> None:
    newest = sessions[2]
    with psycopg.connect(archive.admin) as conn, conn.transaction():
        conn.execute("DELETE FROM cocreatie.sessions WHERE session_id = %s", (newest.id,))
        conn.execute("DELETE FROM cocreatie.session_versions WHERE session_id = %s", (newest.id,))
    SessionRepository(both).delete(newest.id)
    from_folder = _actions(capsys, "--data-dir", str(both))
    assert _actions(capsys, "--from", archive.login("karim")) == from_folder
    assert "Terugkomavond mei" not in from_folder and "Terugkomavond maart" in from_folder


def test_the_overdue_query_runs_on_its_indexes(archive: Archive, both: Path) -> None:
    with psycopg.connect(archive.admin, autocommit=True) as conn:
        conn.execute("SET enable_seqscan = off")
        plan = conn.execute(
            "EXPLAIN SELECT * FROM cocreatie.actions WHERE is_latest"
            " AND status IN ('open', 'busy')"
            " AND (feedback_date < '2026-03-12' OR deadline < '2026-03-12')"
        ).fetchall()
    # Which of the two partial indexes (feedback date, deadline) depends on
    # the table's size; either reads only the newest open and busy actions.
    assert "Index" in plan[0][0] and "using actions_overdue" in plan[0][0]


def _identities(archive: Archive) -> dict[tuple[str, str], tuple[str, int]]:
    rows = archive.sql(
        "SELECT action_id, session_id, identity, generation FROM cocreatie.actions"
        " WHERE action_id = 'x-snelheid'"
    )
    return {(str(a), str(s)): (str(i), int(g)) for a, s, i, g in rows}  # type: ignore[call-overload]


def _latest(archive: Archive, action_id: str) -> list[str]:
    rows = archive.sql(
        "SELECT session_id FROM cocreatie.actions WHERE action_id = %s AND is_latest", action_id
    )
    return [str(r[0]) for r in rows]


def test_two_follow_ups_on_one_day_and_a_loop_of_links_agree_with_the_folder(
    archive: Archive,
    demo: Session,
    laptop: Path,
    tmp_path: Path,
    frozen_clock: dt.datetime,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Created in the same second, on the same day: the folder keeps the
    # copy that comes first in its order, and so must the archive.
    late = follow_up(demo, "Avond B", dt.date(2026, 4, 1))
    late.set_action_status("x-snelheid", ActionStatus.DONE, "gemeten")
    early = follow_up(demo, "Avond A", dt.date(2026, 4, 1))
    early.update(Action, "x-spreekuur", feedback_date=dt.date(2026, 3, 1))
    # Two records, edited by hand, that name each other as their source.
    loop_a = _other_neighbourhood(demo).model_copy(update={"id": "lus-a"}, deep=True)
    loop_b = _other_neighbourhood(demo).model_copy(update={"id": "lus-b"}, deep=True)
    loop_a.update(Action, "x-tegels", carried_from="lus-b/x-tegels")
    loop_b.update(Action, "x-tegels", carried_from="lus-a/x-tegels")
    sessions = [demo, late, early, loop_a, loop_b]
    publish_all(archive, laptop, sessions)
    folder = folder_of(tmp_path, sessions)
    for flags in (["--overdue"], ["--format", "csv"], []):
        from_folder = _actions(capsys, *flags, "--data-dir", str(folder))
        assert _actions(capsys, *flags, "--from", archive.login("karim")) == from_folder
    # Seven from the Molenbuurt chain, seven from each looped session (the
    # loop meets nowhere, as in the folder).
    assert "21 van de 21 acties" in from_folder
    # The tie goes to "Avond A", first in the overview's order.
    speed = [line for line in from_folder.splitlines() if "Snelheid meten" in line]
    [chain] = [line for line in speed if "Stedenwijk" not in line]
    assert "Avond A" in chain and "| bezig |" in chain
