"""One line saying whether the last change is on disk, and if not, why."""

from __future__ import annotations

from datetime import datetime

from textual.widgets import Static

from cocreatie.i18n import t
from cocreatie.models.clock import now


class SaveStatus(Static):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", id=id, markup=False)

    def show_read_only(self, path: object) -> None:
        self.set_classes("-read-only")
        self.update(t("ui.save.read_only", path=path))

    def show_pending(self) -> None:
        if not self.has_class("-failed"):
            self.set_classes("-pending")
            self.update(t("ui.save.pending"))

    def show_saved(self, moment: datetime | None = None) -> None:
        # The app's one clock (frozen in tests), not the saver thread's: the
        # two differ by milliseconds, and snapshots must not.
        local = (moment or now()).astimezone()
        self.set_classes("-saved")
        self.update(t("ui.save.saved", time=local.strftime("%H:%M:%S")))

    def show_failed(self, message: str) -> None:
        self.set_classes("-failed")
        self.update(t("ui.save.failed", message=message))
