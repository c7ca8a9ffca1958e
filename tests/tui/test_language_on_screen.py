"""Every text that reaches the screen is in the chosen language.

Textual brings English of its own (a Select's "Dismiss menu", the Ctrl+C
hint "Do you want to quit?", "Search for commands…"); none of it may show
in the Dutch UI. The screens are read as a person would see them.
"""

from __future__ import annotations

import re
from pathlib import Path

from textual.pilot import Pilot

from .conftest import goto_step, make_app, settle, wait_for_session

TEXTUAL_ENGLISH = [
    "Dismiss",
    "Select",
    "Search for",
    "Exit the command palette",
    "Do you want to quit",
    "to quit the app",
    "Quit",
    "Keys",
    "Screenshot",
    "Theme",
]


def _screen_text(pilot: Pilot) -> str:
    svg = pilot.app.export_screenshot()
    texts = re.findall(r">([^<>]+)</text>", svg)
    return "".join(texts).replace("&#160;", " ")


def _english(text: str) -> list[str]:
    return [word for word in TEXTUAL_ENGLISH if word in text]


async def test_no_textual_english_on_any_step_or_dialog(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_for_session(pilot)
        for index in range(len(screen.template.steps)):
            await goto_step(pilot, index)
            assert _english(_screen_text(pilot)) == [], index
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert _english(_screen_text(pilot)) == []
        await pilot.press(*"zzqq")  # matches nothing
        await pilot.pause(0.8)  # the palette says so after half a second
        shown = _screen_text(pilot)
        assert "Niets gevonden" in shown and "No matches" not in shown


async def test_ctrl_c_says_how_to_quit_in_dutch(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+c")  # on the home list, not in a text field
        await settle(pilot)
        [note] = list(app._notifications)
        assert note.title == "Stoppen?" and "Ctrl+Q" in note.message
        assert _english(note.title + note.message) == []


async def test_the_one_picker_speaks_dutch(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_for_session(pilot)
        actions = next(i for i, s in enumerate(screen.template.steps) if s.type.value == "actions")
        await goto_step(pilot, actions)
        await pilot.press("escape", "o")  # to the list; the owner picker of its action
        await settle(pilot)
        await pilot.press("w", "i", "j", "k")
        await settle(pilot)
        shown = _screen_text(pilot)
        assert "Wijkagent" in shown and "Enter" in shown
        assert _english(shown) == []
