"""A checkbox that says whether it is on by its shape, not only by colour.

Textual's checkbox draws the same "▐X▌" on and off and tells them apart by
colour alone: on a washed-out projector, or for a colour-blind facilitator,
an agreement saved as "nee" looked just like "ja". Here the box reads
"[x]" or "[ ]", and a yes/no flag also names its value ("[x] ja",
"[ ] nee"). Every checkbox in the app is one of these.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.widgets import Checkbox

ON_MARK, OFF_MARK = "[x]", "[ ]"


class FlagBox(Checkbox):
    DEFAULT_CSS = """
    FlagBox {
        width: auto;
    }
    """

    def __init__(
        self,
        label: str,
        value: bool = False,
        *,
        off_label: str | None = None,
        id: str | None = None,
        compact: bool = False,
    ) -> None:
        self._on_label = label
        self._off_label = label if off_label is None else off_label
        super().__init__(label, value, id=id, compact=compact)

    @property
    def shown(self) -> str:
        """The text on screen, mark and label (also what tests read)."""
        if self.value:
            return f"{ON_MARK} {self._on_label}"
        return f"{OFF_MARK} {self._off_label}"

    def watch_value(self) -> None:
        super().watch_value()
        # "ja" and "nee" differ in width.
        self.refresh(layout=True)

    def render(self) -> Content:
        mark = ON_MARK if self.value else OFF_MARK
        label = self._on_label if self.value else self._off_label
        style = self.get_visual_style("toggle--label")
        return Content.assemble((mark, "bold" if self.value else ""), " ", label).stylize_before(
            style
        )

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return len(ON_MARK) + 1 + max(len(self._on_label), len(self._off_label))
