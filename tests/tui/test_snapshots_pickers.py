"""How choosing by typing looks: every kind of picker with a filter typed,
and the quick-entry line with its preview, at 80×24 and 120×40.

Same determinism as ``test_snapshots``. Regenerate after a deliberate change
with ``pytest tests/tui --snapshot-update`` and look at the new ones.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from textual.pilot import Pilot

from cocreatie.demo import DEMO_ID
from cocreatie.templating import load_template

from .conftest import demo, goto_step, make_app, set_mtimes, settle, steady, wait_for_session

SIZES = [(80, 24), (120, 40)]
STEPS = [s.type.value for s in load_template("greenfield-buurt").steps]

# (step type, keys that open the picker and type a filter); list steps open
# on their quick-entry line, so Esc first goes to the list and its keys
PICKERS: dict[str, tuple[str, list[str]]] = {
    "speaker": ("definition", ["f2", *"wijka"]),
    "owner": ("actions", ["escape", "o", *"wijk"]),
    "wish": ("actions", ["escape", "w", *"licht"]),
    # the wish form: a letter on a choice field opens its picker with it typed
    "factors": ("wishes", ["ctrl+f", "tab", "tab", *"verl"]),
    "location_type": ("wishes", ["ctrl+f", *["tab"] * 4, *"verl"]),
    "time_of_day": ("wishes", ["ctrl+f", *["tab"] * 5, *"av"]),
    "contact_actor": ("contacts", ["ctrl+f", *["tab"] * 3, *"jeugd"]),
}


@pytest.fixture
def snapshot_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, frozen_clock: datetime, utc: None
) -> Path:
    monkeypatch.chdir(tmp_path)
    relative = Path("data")
    demo(relative)
    set_mtimes(relative)
    return relative


def _typed(step: str, presses: list[str]) -> Callable[[Pilot], object]:
    async def run_before(pilot: Pilot) -> None:
        await wait_for_session(pilot)
        await goto_step(pilot, STEPS.index(step))
        for key in presses:
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)
        steady(pilot)
        await settle(pilot)

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
@pytest.mark.parametrize("picker", list(PICKERS))
def test_picker_with_a_filter(
    snap_compare, snapshot_dir: Path, picker: str, size: tuple[int, int]
) -> None:
    step, presses = PICKERS[picker]
    app = make_app(snapshot_dir, DEMO_ID)
    assert snap_compare(app, terminal_size=size, run_before=_typed(step, presses))


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_quick_entry_prompt_and_preview(
    snap_compare, snapshot_dir: Path, size: tuple[int, int]
) -> None:
    line = "Henk: Betere verlichting @De Bazuin#73ak"
    app = make_app(snapshot_dir, DEMO_ID)
    assert snap_compare(app, terminal_size=size, run_before=_typed("wishes", [*line]))
