"""The parts that need no server: addresses and passwords, the missing
driver, the command's arguments, the readable differences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cocreatie.archive import outbox
from cocreatie.archive.diff import differences
from cocreatie.archive.urls import mask, scrub, without_password
from cocreatie.cli.main import main
from cocreatie.models import Session, Wish
from cocreatie.store.repository import SessionRepository


@pytest.mark.parametrize(
    ("url", "masked", "stored"),
    [
        (
            "postgresql://anna:s3cr%40t@db.gemeente.nl:5432/archief",
            "postgresql://anna:***@db.gemeente.nl:5432/archief",
            "postgresql://anna@db.gemeente.nl:5432/archief",
        ),
        (
            "postgresql://anna@db/archief?password=geheim&sslmode=require",
            "postgresql://anna@db/archief?password=***&sslmode=require",
            "postgresql://anna@db/archief?sslmode=require",
        ),
        (
            "postgresql://db/archief?sslmode=require&password=geheim",
            "postgresql://db/archief?sslmode=require&password=***",
            "postgresql://db/archief?sslmode=require",
        ),
        (
            "host=db dbname=archief user=anna password='ge heim'",
            "host=db dbname=archief user=anna password=***",
            "host=db dbname=archief user=anna",
        ),
        ("postgresql://anna@db/archief", "postgresql://anna@db/archief", None),
    ],
)
def test_passwords_are_masked_and_never_stored(url: str, masked: str, stored: str | None) -> None:
    assert mask(url) == masked
    assert without_password(url) == (stored or url)


def test_a_driver_message_quoting_the_address_is_scrubbed() -> None:
    url = "postgresql://anna:Zeer-Geheim@db/archief"
    message = f'missing "=" after "{url}" in connection info; password Zeer-Geheim refused'
    assert "Zeer-Geheim" not in scrub(message, url)


def test_without_the_driver_publish_says_how_to_install_it(
    demo: Session,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    SessionRepository(data_dir).create(demo).close()
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    code = main(["publish", "molen", "--to", "postgresql://db/a", "--data-dir", str(data_dir)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "pip install 'cocreatie[archive]'" in err
    assert outbox.count(data_dir) == 0  # nothing queued that could never be sent
    for command in (["actions", "--from", "postgresql://db/a"], ["archive", "init", "x"]):
        assert main(command) == 2
        assert "cocreatie[archive]" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["publish"], "Geef één sessie, of --pending"),
        (["publish", "molen", "--pending"], "Geef één sessie, of --pending"),
        (["publish", "--pending", "--names"], "--names hoort bij één sessie"),
        (["publish", "molen"], "COCREATIE_ARCHIVE_URL"),
        (["publish", "molen", "--to", "postgresql://db/x?bogus=1"], "geen bruikbaar archiefadres"),
    ],
)
def test_publish_refuses_bad_input_in_one_line(
    args: list[str],
    message: str,
    demo: Session,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("COCREATIE_ARCHIVE_URL", raising=False)
    SessionRepository(data_dir).create(demo).close()
    assert main([*args, "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert outbox.count(data_dir) == 0


def test_differences_match_items_by_id_and_use_the_ui_words(demo: Session) -> None:
    mine = demo.model_dump(mode="json")
    theirs = demo.model_copy(deep=True)
    theirs.set_action_status(demo.actions[2].id, demo.actions[2].status.__class__.DONE)
    theirs.remove(Wish, demo.wishes[-1].id)
    found = [d.line() for d in differences(mine, theirs.model_dump(mode="json"))]
    title = demo.actions[2].title
    assert any(line.startswith(f"Actie «{title[:20]}") and "Status:" in line for line in found)
    assert any("klaar" in line for line in found)
    assert f"Wens «{demo.wishes[-1].text[:20]}" in "\n".join(found)
    assert any(line.endswith("aanwezig ↔ ontbreekt") for line in found)
    assert not any("updated" in line for line in found)
