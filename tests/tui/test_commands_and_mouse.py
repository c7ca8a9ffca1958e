"""The command palette, the help screen, themes, and the mouse."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandPalette
from textual.pilot import Pilot

from cocreatie.commands.system import declared_commands
from cocreatie.export.formats import menu_formats
from cocreatie.i18n import t
from cocreatie.screens.dialogs.help import HelpScreen
from cocreatie.screens.session import SessionScreen
from cocreatie.themes import DEFAULT_THEME, HIGH_CONTRAST_THEME
from cocreatie.widgets.presentation_view import PresentationView
from cocreatie.widgets.step_list import StepList
from cocreatie.widgets.step_timer import StepTimer

from .conftest import make_app, settle, wait_for_session

WIDE = (120, 40)


async def _run_command(pilot: Pilot, words: str) -> None:
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*[{" ": "space"}.get(c, c) for c in words])
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)


async def test_palette_offers_steps_timer_presentation_and_theme(
    data_dir: Path, demo_id: str
) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=WIDE) as pilot:
        screen = await wait_for_session(pilot)
        await _run_command(pilot, "stap 2")
        assert screen.current == 1
        await _run_command(pilot, "timer starten")
        assert screen.query_one(StepTimer).running
        await _run_command(pilot, "timer pauzeren")
        assert not screen.query_one(StepTimer).running
        await _run_command(pilot, "presentatiemodus")
        assert screen.presenting and screen.query_one(PresentationView).display
        await pilot.press("f5")
        await settle(pilot)
        assert app.theme == DEFAULT_THEME
        await _run_command(pilot, "hoog contrast")
        assert app.theme == HIGH_CONTRAST_THEME
        await _run_command(pilot, "exporteren als csv")
        await settle(pilot)
    assert len(list((data_dir / "exports").glob("*.csv"))) == 1


async def test_help_lists_the_keys_that_work_here(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for_session(pilot)
        await pilot.press("f1")
        await settle(pilot)
        help_screen = pilot.app.screen
        assert isinstance(help_screen, HelpScreen)
        text = "\n".join(f"{section} {key} {what}" for section, key, what in help_screen._rows)
        for expected in ("Volgende stap", "Presentatie", "Timer", "Ga naar stap", "Stap klaar"):
            assert expected in text
        assert "Scroll Up" not in text  # Textual's own English keys are left out
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(pilot.app.screen, HelpScreen)


async def test_the_mouse_jumps_to_a_step(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=WIDE) as pilot:
        screen = await wait_for_session(pilot)
        step_list = screen.query_one(StepList)
        # Each step takes two lines: title and state; the list has a border.
        await pilot.click(StepList, offset=(5, 1 + 2 * 2))
        await settle(pilot)
        assert screen.current == 2
        assert step_list.highlighted == 2


class _DeclaringNode:
    """Just what the palette reads of a screen."""

    COMMANDS_DECLARED = SessionScreen.COMMANDS_DECLARED

    def call_later(self, *args: object) -> None: ...

    def run_action(self, action: str) -> None: ...


def test_the_session_palette_exports_every_menu_format_of_the_registry() -> None:
    # Declared once, from the registry: a format module added to
    # cocreatie/export/formats/ shows up here without touching the screen.
    titles = [c.title for c in declared_commands(_DeclaringNode())]  # type: ignore[arg-type]
    for fmt in menu_formats():
        assert f"Exporteren als {t(fmt.label_key)}" in titles, (fmt.name, titles)
    exports = [c.action for c in SessionScreen.COMMANDS_DECLARED if c.action.startswith("export(")]
    assert exports == [f"export('{fmt.name}')" for fmt in menu_formats()]
    assert "export('json')" not in exports  # the record is asked for by name on the CLI
