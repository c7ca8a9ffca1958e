"""Every key that works where the facilitator is, with what it does.

Built from the active bindings of the screen below (including the focused
step's own keys), so it never drifts from what the keys really do.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings


def key_lines(screen: Screen) -> list[tuple[str, str, str]]:
    """(section, key, what it does) for our bindings active on ``screen``.

    Only bindings with an id: those are ours (translated, remappable); the
    built-in ones of Textual's own widgets (cursor keys in a text field)
    speak English and are what anyone expects anyway.
    """
    seen: set[tuple[str, str]] = set()
    rows: list[tuple[str, str, str]] = []
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if not binding.description or binding.system or binding.id is None:
            continue
        shown = binding.key_display or screen.app.get_key_display(binding)
        row = (shown or key, binding.description)
        if row in seen:
            continue
        seen.add(row)
        rows.append((_section(active.node, screen), *row))
    order = {t("ui.help.section_step"): 0, t("ui.help.section_screen"): 1}
    return sorted(rows, key=lambda r: order.get(r[0], 2))


def _section(node: DOMNode, screen: Screen) -> str:
    # By class, not isinstance: every step view has "step-view" (steps/base.py),
    # and importing the step views would cost the help key its speed.
    if any(n.has_class("step-view") for n in (node, *node.ancestors)):
        return t("ui.help.section_step")
    if node is screen:
        return t("ui.help.section_screen")
    return t("ui.help.section_app")


class HelpScreen(GuardedDispatch, ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen #help-keys {
        height: 1fr;
    }
    HelpScreen #help-general {
        padding-top: 1;
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("escape,f1,q", "close", "ui.key.close", id="help.close"),
    ]

    def __init__(self, under: Screen) -> None:
        super().__init__(classes="dialog")
        translate_bindings(self)
        self._rows = key_lines(under)

    def compose(self) -> ComposeResult:
        width = max((len(k) for _, k, _ in self._rows), default=4) + 2
        lines: list[str] = []
        section = None
        for name, key, what in self._rows:
            if name != section:
                lines += ["", name] if lines else [name]
                section = name
            lines.append(f"  {key.ljust(width)}{what}")
        with Vertical(classes="dialog-box -roomy"):
            yield Static(t("ui.help.title"), classes="dialog-title", markup=False)
            with VerticalScroll(id="help-keys"):
                yield Static("\n".join(lines), markup=False)
                yield Static(t("ui.help.general"), id="help-general", markup=False)
            yield Static(t("ui.help.close_hint"), classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-keys").focus()

    def action_close(self) -> None:
        self.dismiss(None)
