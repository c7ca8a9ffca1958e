"""The join panel: the QR code, the address and the code, big enough to
read off a projector, with the counts and whether input is paused."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.widgets.qr_code import QrCode
from cocreatie.widgets.share_info import ShareInfo


class SharePanel(Vertical):
    DEFAULT_CSS = """
    SharePanel {
        width: 100%;
        height: auto;
    }
    SharePanel > Static {
        width: 100%;
        text-align: center;
    }
    SharePanel #share-address {
        text-style: bold;
    }
    SharePanel #share-code {
        text-style: bold;
        color: $text-accent;
    }
    SharePanel #share-state.-paused {
        text-style: bold reverse;
        color: $text-warning;
    }
    SharePanel #share-warning {
        color: $text-warning;
        display: none;
    }
    SharePanel #share-warning.-on {
        display: block;
    }
    """

    def compose(self) -> ComposeResult:
        yield QrCode(id="share-qr")
        yield Static("", id="share-address", markup=False)
        yield Static("", id="share-code", markup=False)
        yield Static("", id="share-state", markup=False)
        yield Static(t("sharing.no_network"), id="share-warning", markup=False)

    def show(self, info: ShareInfo, scale: int = 1) -> None:
        qr = self.query_one(QrCode)
        if (qr.data, qr.scale) != (info.qr_data, scale):
            qr.show(info.qr_data, scale)
        self.query_one("#share-address", Static).update(t("sharing.go_to", address=info.address))
        self.query_one("#share-code", Static).update(t("sharing.code", code=info.code))
        state = self.query_one("#share-state", Static)
        state.update(f"{info.state()} · {info.counts()}")
        state.set_class(info.paused, "-paused")
        self.query_one("#share-warning").set_class(info.no_network, "-on")
