"""At 80x24 the key bar keeps what a facilitator needs on every step.

Step navigation, F1 and the palette are always there; a key that does not
fit is left out whole (never cut mid-word); whatever is left out is still
listed in the F1 help.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets._footer import FooterKey

from cocreatie.screens.dialogs.help import HelpScreen, key_lines
from cocreatie.screens.session import SessionScreen
from cocreatie.widgets.quiet_footer import QuietFooter

from .conftest import goto_step, make_app, settle, wait_for_session

ALWAYS = {"previous_step", "next_step", "help", "command_palette"}


def _shown_keys(screen: SessionScreen) -> list[FooterKey]:
    footer = screen.query_one(QuietFooter)
    return [k for k in footer.query(FooterKey) if k.display and k.region.width]


async def test_navigation_help_and_palette_fit_on_every_step_at_80x24(
    data_dir: Path, demo_id: str
) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_session(pilot)
        for index in range(len(screen.template.steps)):
            await goto_step(pilot, index)
            keys = _shown_keys(screen)
            actions = {k.action for k in keys}
            assert actions >= ALWAYS, (index, actions)
            palette = next(k for k in keys if k.action == "command_palette")
            for key in keys:
                # Whole keys only, and none under the palette key.
                assert key.region.right <= 80, (index, key.description)
                if key is not palette:
                    assert key.region.right <= palette.region.x, (index, key.description)
            # The navigation comes first, F1 right after it.
            ordered = [k.action for k in sorted(keys, key=lambda k: k.region.x)]
            assert ordered[:3] == ["previous_step", "next_step", "help"], (index, ordered)


async def test_keys_left_out_of_the_bar_are_in_the_help(data_dir: Path, demo_id: str) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_session(pilot)
        wishes = next(i for i, s in enumerate(screen.template.steps) if s.type.value == "wishes")
        await goto_step(pilot, wishes)
        shown = {k.action for k in _shown_keys(screen)}
        ours = {
            a.binding.action: a.binding.description
            for a in screen.active_bindings.values()
            if a.binding.id is not None and a.binding.description
        }
        left_out = set(ours) - shown
        assert left_out, "at 80 columns some step keys cannot fit"
        described = {what for _, _, what in key_lines(screen)}
        assert {ours[action] for action in left_out} <= described
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_a_wider_screen_shows_more_keys_and_a_narrower_one_fewer(
    data_dir: Path, demo_id: str
) -> None:
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await wait_for_session(pilot)
        wishes = next(i for i, s in enumerate(screen.template.steps) if s.type.value == "wishes")
        await goto_step(pilot, wishes)
        at_80 = len(_shown_keys(screen))
        await pilot.resize_terminal(130, 30)
        await settle(pilot)
        assert len(_shown_keys(screen)) > at_80
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert len(_shown_keys(screen)) == at_80
