"""The first screen of ``cocreatie open``/``demo``: the session's frame at once,
the session itself as soon as it is open, and no key typed meanwhile lost."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, Static

from cocreatie.analysis.preview import read_preview
from cocreatie.screens.opening import OpeningScreen
from cocreatie.screens.session import SessionScreen
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import load_template

from .conftest import SIZE, demo, make_app, settle, wait_for_session


class GatedRepository(SessionRepository):
    """Opening waits for the test, so the opening screen can be looked at."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(data_dir)
        self.gate = threading.Event()

    def open(self, ref: str, read_only: bool = False):  # type: ignore[no-untyped-def]
        assert self.gate.wait(10), "the test never opened the gate"
        return super().open(ref, read_only)


async def test_the_frame_shows_while_opening_and_keys_typed_meanwhile_arrive(
    data_dir: Path,
) -> None:
    session_id = demo(data_dir)
    repository = GatedRepository(data_dir)
    preview = read_preview(data_dir, session_id)
    app = make_app(data_dir, session_id, repository=repository, preview=preview)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        frame = app.screen
        assert isinstance(frame, OpeningScreen)
        steps = frame.query_one("#step-list", Static)
        assert steps.border_title == "Greenfield Molenbuurt: eerste buurtavond"
        lines = str(steps.content).splitlines()
        expected = [s.title for s in load_template("greenfield-buurt").steps]
        assert [line.strip() for line in lines if line.strip() != "…"] == [
            f"{'▶  ' if n == 8 else ''}{n}. {title}" for n, title in enumerate(expected, 1)
        ]
        assert str(frame.query_one("#brief-title", Static).content) == "Stap 8/8 · Afsluiting"
        assert "Sessie wordt geopend" in str(frame.query_one("#opening-note", Static).content)

        await pilot.press(*"7 8")  # the room calls out grades before the session is open
        repository.gate.set()
        screen = await wait_for_session(pilot)
        await settle(pilot)
        assert screen.query_one("#closing-grade", Input).value == "7 8"


def _edit_record(path: Path, change: dict[str, object]) -> None:
    tables = json.loads(path.read_text(encoding="utf-8"))
    ((_doc_id, record),) = tables["session"].items()
    for dotted, value in change.items():
        table, key = dotted.split(".")
        record[table][key] = value
    path.write_text(json.dumps(tables), encoding="utf-8")


def test_the_preview_reads_title_step_and_template(data_dir: Path) -> None:
    session_id = demo(data_dir)
    preview = read_preview(data_dir, session_id[:5])  # a prefix names it too
    assert preview is not None
    assert preview.title == "Greenfield Molenbuurt: eerste buurtavond"
    assert (preview.current, len(preview.steps)) == (7, 8)
    _edit_record(data_dir / f"{session_id}.json", {"progress.current_step": 40})
    beyond = read_preview(data_dir, session_id)
    assert beyond is not None and beyond.current == 7  # as the session screen: the last step


def test_no_preview_when_anything_is_unclear(data_dir: Path) -> None:
    session_id = demo(data_dir)
    path = data_dir / f"{session_id}.json"
    original = path.read_text(encoding="utf-8")
    assert read_preview(data_dir, "zz-nothing") is None
    _edit_record(path, {"meta.template_id": "no-such-template"})
    assert read_preview(data_dir, session_id) is None
    path.write_text(original, encoding="utf-8")
    _edit_record(path, {"meta.title": 42})
    assert read_preview(data_dir, session_id) is None
    path.write_text(original[: len(original) // 2], encoding="utf-8")  # cut off
    assert read_preview(data_dir, session_id) is None


@pytest.mark.parametrize(
    "hostile",
    [
        {"meta.title": "\u001b]0;GEHACKT\u0007Avond"},  # retitles the terminal
        {"meta.title": "Avond \u202enretsel"},  # reads backwards
    ],
    ids=["escape", "override"],
)
def test_no_preview_of_a_title_that_is_not_plain_text(
    data_dir: Path, hostile: dict[str, object]
) -> None:
    """The preview paints before anything is validated."""
    session_id = demo(data_dir)
    _edit_record(data_dir / f"{session_id}.json", hostile)
    assert read_preview(data_dir, session_id) is None


def test_no_preview_of_a_file_built_to_break_the_reader(data_dir: Path) -> None:
    session_id = demo(data_dir)
    deep = '{"session": {"1": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    (data_dir / f"{session_id}.json").write_text(deep, encoding="utf-8")
    assert read_preview(data_dir, session_id) is None


async def test_without_a_preview_the_plain_opening_screen_shows(data_dir: Path) -> None:
    session_id = demo(data_dir)
    repository = GatedRepository(data_dir)
    app = make_app(data_dir, session_id, repository=repository)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OpeningScreen)
        assert not app.screen.query("#step-list")
        repository.gate.set()
        await wait_for_session(pilot)


async def test_a_screen_key_typed_while_opening_acts_once_open(data_dir: Path) -> None:
    """Ctrl+G (a key of the session screen, not of the focused field) held
    on the frame used to be replayed as if the screen had sent it, and so
    never reached the screen's bindings: the step chooser did not open."""
    session_id = demo(data_dir)
    repository = GatedRepository(data_dir)
    preview = read_preview(data_dir, session_id)
    app = make_app(data_dir, session_id, repository=repository, preview=preview)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, OpeningScreen)
        repository.gate.set()
        # The session screen is up, its first step not yet built and focused.
        while not isinstance(app.screen, SessionScreen):
            await asyncio.sleep(0)
        assert app.focused is None
        await pilot.press("ctrl+g")
        for _ in range(100):
            await settle(pilot, 1)
            if isinstance(app.screen, CommandPalette):
                break
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(Input).placeholder.startswith("Naar welke stap?")


async def test_keys_typed_while_the_next_step_is_built_land_in_its_field(
    data_dir: Path,
) -> None:
    session_id = demo(data_dir)
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        await settle(pilot)
        screen.action_goto(1)  # Deelnemers: its first control is the name field
        await pilot.press(*"Zoë")  # before the step is built and focused
        await settle(pilot)
        focused = app.focused
        assert isinstance(focused, Input) and focused.value == "Zoë"
