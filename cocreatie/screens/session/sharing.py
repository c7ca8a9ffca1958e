"""Phones take part: the session screen's side of sharing.

F6 starts the server (on Textual's loop, in a worker: never blocking it)
and shows the join panel; F6 again stops it. F7 shows the panel again, F8
pauses input, and "adres kiezen" picks another of the laptop's addresses.
What phones send arrives as ``PhoneArrived``; the step on show is redrawn
at most twice a second, so sixty phones cannot swamp the screen (figures:
``benchmarks/participation_tui.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker

from cocreatie.i18n import t
from cocreatie.live import LiveSession
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.share_dialog import ShareDialog
from cocreatie.screens.session.share_service import (
    ShareHandle,
    ShareService,
    SharingFailed,
)
from cocreatie.widgets.presentation_view import PresentationView
from cocreatie.widgets.share_bar import ShareBar
from cocreatie.widgets.share_info import ShareInfo

LOOPBACK = "127.0.0.1"
# How often the step on show is redrawn while phones send (seconds).
REFRESH_DELAY_S = 0.5


class PhoneArrived(Message):
    def __init__(self, kind: str, item_id: str, new: bool) -> None:
        super().__init__()
        self.kind = kind
        self.item_id = item_id
        self.new = new


class SharingScreen(Screen[None]):
    """The sharing half of ``SessionScreen`` (its own file: one concept)."""

    live: LiveSession

    def init_sharing(self, service: ShareService | None) -> None:
        self._share_service = service
        self._share: ShareHandle | None = None
        self._share_unwatch: Callable[[], None] | None = None
        self._share_address = ""
        self._share_addresses: list[tuple[str, str]] = []
        self._share_submissions = 0
        self._share_dialog: ShareDialog | None = None
        self._share_refresh_due = False
        self._share_latest = ""

    @property
    def sharing(self) -> bool:
        return self._share is not None and self._share.running

    def share_info(self) -> ShareInfo | None:
        share = self._share
        if share is None or not share.running:
            return None
        url = share.url_for(self._share_address)
        return ShareInfo(
            address=url.removesuffix(f"{share.code}/"),
            code=share.code,
            # Upper case: the QR code's compact alphanumeric mode (scheme,
            # host and join code compare without case).
            qr_data=url.upper(),
            phones=sum(1 for p in self.live.session.participants if p.from_phone),
            submissions=self._share_submissions,
            paused=share.paused,
            no_network=self._share_address == LOOPBACK,
            latest=self._share_latest,
        )

    def _item_text(self, kind: str, item_id: str) -> str:
        session = self.live.session
        if kind == "contribution":
            texts = [(c.id, c.text) for c in session.veiligheid.contributions]
        elif kind == "wish":
            texts = [(w.id, w.text) for w in session.wishes]
        else:
            return ""
        return next((text for id_, text in texts if id_ == item_id), "")

    # -- actions -----------------------------------------------------------------

    def action_share(self) -> None:
        if self.sharing:
            self.run_worker(self._stop_sharing(), group="share", exclusive=True)
        elif self._share_service is None or self.live.read_only:
            self.notify(t("sharing.unavailable"), severity="warning")
        else:
            self.run_worker(
                self._start_sharing(), group="share", exclusive=True, exit_on_error=False
            )

    def action_share_panel(self) -> None:
        info = self.share_info()
        if info is None:
            self.notify(t("sharing.not_on"), severity="warning")
            return
        if self._share_dialog is not None and self._share_dialog.is_attached:
            return
        dialog = ShareDialog(info, self.run_action)
        self._share_dialog = dialog
        self.app.push_screen(dialog)

    def action_share_pause(self) -> None:
        share = self._share
        if share is None or not share.running:
            self.notify(t("sharing.not_on"), severity="warning")
            return
        if share.paused:
            share.resume()
            self.notify(t("sharing.resumed"), timeout=3)
        else:
            share.pause()
            self.notify(t("sharing.paused"), timeout=3)
        self._show_share()

    def action_share_address(self) -> None:
        if not self.sharing:
            self.notify(t("sharing.not_on"), severity="warning")
            return
        self.run_worker(self._pick_address(), group="share-address", exit_on_error=False)

    # -- starting and stopping -----------------------------------------------------

    async def _start_sharing(self) -> None:
        assert self._share_service is not None
        try:
            share = self._share or await self._share_service.open(self.live)
            self._share = share
            await share.start()
        except SharingFailed as failure:
            self.notify(_failure_text(failure), title=t("sharing.failed_title"), severity="error")
            return
        self._share_unwatch = share.watch(
            lambda event: self.post_message(PhoneArrived(event.kind, event.item_id, event.new))
        )
        self._share_addresses = await self._share_service.interfaces()
        self._share_address = self._share_addresses[0][1] if self._share_addresses else LOOPBACK
        self._show_share()
        if len(self._share_addresses) > 1:
            await self._pick_address()
        self.action_share_panel()

    async def _stop_sharing(self) -> None:
        share = self._share
        if self._share_unwatch is not None:
            self._share_unwatch()
            self._share_unwatch = None
        if share is not None:
            await share.stop()
        self._share_submissions = 0
        self._share_latest = ""
        self._show_share()
        self.notify(t("sharing.stopped"), timeout=4)

    async def _pick_address(self) -> None:
        addresses = self._share_addresses
        if not addresses:
            self.notify(t("sharing.no_network"), severity="warning")
            return
        choices = [(address, f"{address}  ({name})") for name, address in addresses]
        picker = ChoicePicker(t("sharing.pick_address"), choices, selected=[self._share_address])
        chosen = await self.app.push_screen_wait(picker)
        if chosen:
            self._share_address = chosen[0]
            self._show_share()

    # -- what phones send ------------------------------------------------------------

    def on_phone_arrived(self, event: PhoneArrived) -> None:
        event.stop()
        if event.new and event.kind != "join":
            self._share_submissions += 1
        latest = self._item_text(event.kind, event.item_id)
        if latest:
            self._share_latest = latest
        if not self._share_refresh_due:
            self._share_refresh_due = True
            self.set_timer(REFRESH_DELAY_S, self._phone_refresh)

    def _phone_refresh(self) -> None:
        self._share_refresh_due = False
        self.refresh_after_phones()
        self._show_share()

    def refresh_after_phones(self) -> None:
        """Redraw what phones may have changed: the step on show, the step
        states, the projector view."""
        # SessionScreen's own parts (this class is its sharing half).
        screen: Any = self
        if screen.step_view is not None:
            screen.step_view.refresh_view()
        screen._refresh_states()
        if screen.presenting:
            screen._refresh_presentation()

    def share_allowed(self, action: str) -> bool | None:
        if action == "share":
            return None if self.live.read_only else True
        return self.sharing

    def _show_share(self) -> None:
        info = self.share_info()
        self.query_one(ShareBar).show(info)
        self.query_one(PresentationView).show_share(info)
        dialog = self._share_dialog
        if dialog is not None and dialog.is_attached:
            if info is None:
                dialog.dismiss(None)
            else:
                dialog.show(info)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # A failure to stop or to list addresses: say so, keep the session.
        if event.worker.group.startswith("share") and event.worker.error is not None:
            event.prevent_default()  # told here, not again as a program error
            self.notify(
                t("sharing.error", error=str(event.worker.error)),
                title=t("sharing.failed_title"),
                severity="error",
            )


def _failure_text(failure: SharingFailed) -> str:
    if failure.reason == "port":
        return t("sharing.port_in_use", detail=failure.detail)
    if failure.reason == "read_only":
        return t("sharing.unavailable")
    return t("sharing.start_failed", detail=failure.detail or failure.reason)
