"""The join panel as a dialog over the session: what the room needs to take
part (QR code, address, code). Its keys work here too, so the facilitator
can pause, stop or pick another address without closing it first."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from cocreatie.i18n import t
from cocreatie.widgets.share_info import ShareInfo
from cocreatie.widgets.share_panel import SharePanel
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings


class ShareDialog(GuardedDispatch, ModalScreen[None]):
    DEFAULT_CSS = """
    ShareDialog {
        align: center middle;
    }
    ShareDialog > #share-box {
        width: 60;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    ShareDialog #share-title {
        width: 100%;
        text-align: center;
        text-style: bold;
    }
    """

    BINDINGS = [
        Binding("escape,enter", "close", "ui.key.close", id="share.close"),
        Binding("f6", "run('share')", "sharing.key.stop", id="share.stop"),
        Binding("f8", "run('share_pause')", "sharing.key.pause", id="share.pause"),
        Binding("a", "run('share_address')", "sharing.key.address", id="share.address"),
    ]

    def __init__(self, info: ShareInfo, run: Callable[[str], object]) -> None:
        super().__init__()
        translate_bindings(self)
        self.info = info
        self._run = run

    def compose(self) -> ComposeResult:
        with Vertical(id="share-box"):
            yield Static(t("sharing.title"), id="share-title", markup=False)
            yield SharePanel()
        yield Footer()

    def on_mount(self) -> None:
        self.show(self.info)

    def show(self, info: ShareInfo) -> None:
        self.info = info
        self.query_one(SharePanel).show(info)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_run(self, action: str) -> None:
        if action == "share":
            self.dismiss(None)
        self._run(action)
