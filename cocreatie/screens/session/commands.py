"""What the facilitator can do in a session, declared once for the key, the
footer, the help and the palette (see ``cocreatie.widgets.command``).

Step views own F2, F3 and plain letters; these keys work in every step.
Previous/next are priority keys: every scrolling widget (tables, lists)
binds ctrl+pageup/pagedown to horizontal paging. They share one footer
entry.
"""

from __future__ import annotations

from textual.binding import Binding

from cocreatie.export.formats import menu_formats
from cocreatie.widgets.command import Command

_STEP_GROUP = Binding.Group("ui.key.step_group")

SESSION_COMMANDS = (
    Command(
        "previous_step",
        "ui.key.previous_step",
        "ctrl+pageup,alt+left",
        id="session.prev_step",
        key_display="^PgUp",
        group=_STEP_GROUP,
        priority=True,
    ),
    Command(
        "next_step",
        "ui.key.next_step",
        "ctrl+pagedown,alt+right",
        id="session.next_step",
        key_display="^PgDn",
        group=_STEP_GROUP,
        priority=True,
    ),
    Command(
        "goto_step",
        "ui.key.goto_step",
        "ctrl+g",
        id="session.goto_step",
        palette="ui.palette.goto_step",
        palette_help="ui.palette.goto_step_help",
    ),
    Command(
        "toggle_done",
        "ui.key.toggle_done",
        "f4",
        id="session.toggle_done",
        palette="ui.palette.toggle_done",
        palette_help="ui.palette.toggle_done_help",
    ),
    Command("timer_toggle", "ui.key.timer", "ctrl+t", id="session.timer"),
    *(
        Command(
            f"timer_{what}",
            f"ui.palette.timer_{what}",
            palette=f"ui.palette.timer_{what}",
            palette_help="ui.palette.timer_help",
        )
        for what in ("start", "pause")
    ),
    Command(
        "timer_reset",
        "ui.key.timer_reset",
        "ctrl+r",
        id="session.timer_reset",
        show=False,
        palette="ui.palette.timer_reset",
        palette_help="ui.palette.timer_help",
    ),
    Command(
        "toggle_presentation",
        "ui.key.presentation",
        "f5",
        id="session.presentation",
        palette="ui.palette.presentation",
        palette_help="ui.palette.presentation_help",
    ),
    # One per format of the export registry that belongs in menus.
    *(
        Command(
            f"export('{fmt.name}')",
            "ui.palette.export",
            palette="ui.palette.export",
            palette_help="ui.palette.export_help",
            palette_args=(("format", fmt.label_key),),
        )
        for fmt in menu_formats()
    ),
    Command(
        "publish",
        "archive.tui.publish",
        palette="archive.tui.publish",
        palette_help="archive.tui.publish_help",
    ),
    Command("back", "ui.key.back", "escape", id="session.back"),
)
