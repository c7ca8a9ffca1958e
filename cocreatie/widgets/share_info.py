"""What the facilitator needs to see while phones take part: where to go,
the code, and how many phones and submissions came in."""

from __future__ import annotations

from dataclasses import dataclass

from cocreatie.i18n import t, tn

PHONE_SYMBOL = "☏"


@dataclass(frozen=True)
class ShareInfo:
    address: str  # http://192.168.1.20:53211/ (without the code)
    code: str
    qr_data: str  # the address with the code, as the QR code carries it
    phones: int = 0
    submissions: int = 0
    paused: bool = False
    no_network: bool = False
    latest: str = ""  # the text of the newest contribution or wish from a phone

    def counts(self) -> str:
        return t(
            "sharing.counts",
            phones=tn("sharing.phones", self.phones),
            submissions=tn("sharing.submissions", self.submissions),
        )

    def state(self) -> str:
        return t("sharing.state.paused") if self.paused else t("sharing.state.open")


def phone_marked(text: str, from_phone: bool) -> str:
    """An item's text with a mark (symbol and word, not colour) if a phone sent it."""
    return f"{PHONE_SYMBOL} {t('sharing.phone_word')}: {text}" if from_phone else text
