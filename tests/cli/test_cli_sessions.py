"""demo, open, list and schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clihelpers import FakeTui, Run

from cocreatie.demo import DEMO_ID, build_demo_session
from cocreatie.models import Session
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import SessionTemplate


def test_demo_creates_the_session_once(
    run: Run, repo: SessionRepository, greenfield: SessionTemplate, data_dir: Path
) -> None:
    first = run("demo", "--no-ui")
    assert (first.code, first.out) == (0, f"{DEMO_ID}\n")
    before = (data_dir / f"{DEMO_ID}.json").read_bytes()
    second = run("demo", "--no-ui")
    assert (second.code, second.out) == (0, f"{DEMO_ID}\n")
    assert (data_dir / f"{DEMO_ID}.json").read_bytes() == before
    assert [s.id for s in repo.list_summaries()] == [DEMO_ID]
    with repo.open(DEMO_ID, read_only=True) as opened:
        assert opened.session == build_demo_session(greenfield)


def test_demo_keeps_work_done_in_it(run: Run, repo: SessionRepository, with_demo: str) -> None:
    with repo.open(with_demo) as opened:
        changed = opened.session.model_copy(deep=True)
        changed.meta.title = "Onze eigen versie"
        opened.save(changed)
    run("demo", "--no-ui")
    with repo.open(with_demo, read_only=True) as opened:
        assert opened.session.meta.title == "Onze eigen versie"


def test_demo_opens_the_ui_on_the_demo(run: Run, fake_tui: FakeTui, data_dir: Path) -> None:
    assert run("demo").code == 0
    assert fake_tui.calls == [
        {"data_dir": data_dir, "session": DEMO_ID, "read_only": False, "lang": "nl"}
    ]


def test_open_resolves_a_prefix_and_passes_read_only(
    run: Run, fake_tui: FakeTui, with_demo: str
) -> None:
    assert run("open", "molenb", "--read-only", "--lang", "en").code == 0
    assert fake_tui.calls[-1]["session"] == DEMO_ID
    assert fake_tui.calls[-1]["read_only"] is True
    assert fake_tui.calls[-1]["lang"] == "en"


def test_open_unknown_session_never_starts_the_ui(run: Run, fake_tui: FakeTui) -> None:
    result = run("open", "zzz")
    assert result.code == 2
    assert result.err == (
        "cocreatie: Geen sessie gevonden bij 'zzz'. Bekijk de sessies met 'cocreatie list'.\n"
    )
    assert fake_tui.calls == []


def test_open_ambiguous_prefix_names_the_candidates(
    run: Run, fake_tui: FakeTui, second_molen: str
) -> None:
    result = run("open", "molen")
    assert result.code == 2
    assert f"({DEMO_ID}, {second_molen})" in result.err
    assert len(result.err.splitlines()) == 1
    assert fake_tui.calls == []


def test_list_when_empty(run: Run, data_dir: Path) -> None:
    result = run("list")
    assert result.code == 0
    assert result.out == (
        f"Nog geen sessies in {data_dir}. Begin met 'cocreatie demo' voor een voorbeeld.\n"
    )


def test_list_shows_title_neighbourhood_date_and_step_title(run: Run, with_demo: str) -> None:
    lines = run("list").out.splitlines()
    assert lines[0].split() == ["ID", "TITEL", "BUURT", "DATUM", "STAP", "OPGESLAGEN"]
    row = lines[1]
    assert row.startswith(DEMO_ID)
    for part in ("Greenfield Molenbuurt", "Molenbuurt, Almere Buiten", "2026-02-12", "Afsluiting"):
        assert part in row


def test_list_json(run: Run, with_demo: str, greenfield: SessionTemplate) -> None:
    rows = json.loads(run("list", "--json").out)
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == DEMO_ID
    assert row["date"] == "2026-02-12"
    assert row["step"] == len(greenfield.steps) - 1
    assert row["step_title"] == greenfield.steps[-1].title
    assert row["damaged"] is False and row["problem"] is None


def test_list_shows_a_damaged_file_instead_of_crashing(
    run: Run, with_demo: str, data_dir: Path
) -> None:
    (data_dir / "kapot1.json").write_text('{"session": {"1": {"meta": ', encoding="utf-8")
    result = run("list")
    assert result.code == 0
    damaged = next(ln for ln in result.out.splitlines() if ln.startswith("kapot1"))
    assert "BESCHADIGD" in damaged
    assert any(ln.startswith(DEMO_ID) for ln in result.out.splitlines())
    rows = {r["id"]: r for r in json.loads(run("list", "--json").out)}
    assert rows["kapot1"]["damaged"] is True
    assert rows["kapot1"]["problem"].startswith("truncated")


def test_list_words_an_invalid_record_in_dutch(run: Run, with_demo: str, data_dir: Path) -> None:
    tables = json.loads((data_dir / f"{with_demo}.json").read_text(encoding="utf-8"))
    (record,) = tables["session"].values()
    record["wishes"][0]["participant_ids"] = ["niemand"]
    record["id"] = "kapot2"
    (data_dir / "kapot2.json").write_text(json.dumps(tables), encoding="utf-8")
    result = run("list")
    assert result.code == 0
    damaged = next(ln for ln in result.out.splitlines() if ln.startswith("kapot2"))
    assert "BESCHADIGD: invalid-record: verwijst na" in damaged
    rows = {r["id"]: r for r in json.loads(run("list", "--json").out)}
    problem = rows["kapot2"]["problem"]
    assert "verwijst naar iets dat niet bestaat: wish w-snelheid → participant niemand" in problem
    assert "participant_ids" not in problem


def test_schema_is_the_session_json_schema(run: Run) -> None:
    result = run("schema", data=None)
    assert result.code == 0
    assert json.loads(result.out) == Session.model_json_schema()


@pytest.mark.parametrize("argv", [["open", "zzz"], ["export", "zzz"]])
def test_unknown_session_in_english(run: Run, argv: list[str]) -> None:
    result = run(*argv, "--lang", "en")
    assert result.code == 2
    assert result.err.startswith("cocreatie: No session found for 'zzz'")


def test_list_names_the_step_from_the_sessions_own_template(
    run: Run, repo: SessionRepository, greenfield: SessionTemplate, data_dir: Path
) -> None:
    from cocreatie.templating.loader import shipped_folder

    text = (shipped_folder() / "greenfield-buurt.toml").read_text(encoding="utf-8")
    own = text.replace('id = "greenfield-buurt"', 'id = "eigen-avond"', 1)
    own = own.replace('title = "Afsluiting"', 'title = "Tot de volgende keer"', 1)
    (data_dir / "templates").mkdir()
    (data_dir / "templates" / "eigen-avond.toml").write_text(own, encoding="utf-8")
    demo = build_demo_session(greenfield)
    meta = demo.meta.model_copy(update={"template_id": "eigen-avond"})
    repo.create(demo.model_copy(update={"id": "eigen-1", "meta": meta})).close()
    rows = {r["id"]: r for r in json.loads(run("list", "--json").out)}
    assert rows["eigen-1"]["step_title"] == "Tot de volgende keer"
