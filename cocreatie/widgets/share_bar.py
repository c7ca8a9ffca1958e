"""One line at the bottom of the session while phones take part: the
address, the code, the counts, and whether input is paused (in words)."""

from __future__ import annotations

from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.widgets.share_info import PHONE_SYMBOL, ShareInfo, phone_marked


class ShareBar(Static):
    DEFAULT_CSS = """
    ShareBar {
        display: none;
        height: auto;
        max-height: 2;
        padding: 0 1;
        background: $accent 25%;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ShareBar.-on {
        display: block;
    }
    ShareBar.-paused {
        background: $warning 30%;
        text-style: bold;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def show(self, info: ShareInfo | None) -> None:
        self.set_class(info is not None, "-on")
        self.set_class(info is not None and info.paused, "-paused")
        if info is None:
            self.update("")
            return
        text = t(
            "sharing.bar",
            symbol=PHONE_SYMBOL,
            state=info.state(),
            address=info.address,
            code=info.code,
            counts=info.counts(),
        )
        if info.latest:
            text += "\n" + t(
                "sharing.latest", text=phone_marked(" ".join(info.latest.split()), True)
            )
        self.update(text)
