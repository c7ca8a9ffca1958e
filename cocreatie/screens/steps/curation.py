"""Hiding and merging contributions and wishes (what phones send, mostly).

A hidden item stays in the record but leaves the comparison, the plan and
every export; merging folds a duplicate into the one kept (the model's
``hide_*`` and ``merge_*``). "h" hides or shows the highlighted item, "m"
asks which item it duplicates and keeps that one. In the list they are
marked in words, not only colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from textual.binding import Binding

from cocreatie.i18n import t
from cocreatie.screens.steps.editing import Change, EditingStepView
from cocreatie.widgets.record_table import RecordTable


class Curated(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def hidden(self) -> bool: ...

    @property
    def merged_into(self) -> str | None: ...


def curation_bindings(view: str) -> list[Binding]:
    return [
        Binding("h", "hide", "steps.curation.key.hide", id=f"steps.{view}.hide"),
        Binding("m", "merge", "steps.curation.key.merge", id=f"steps.{view}.merge"),
    ]


def curation_mark(item: Curated, text: str) -> str:
    if item.merged_into:
        return t("steps.curation.merged", text=text)
    if item.hidden:
        return t("steps.curation.hidden", text=text)
    return text


class CuratingView(EditingStepView):
    """The view names its items and its table; this does the keys."""

    # The model's methods that hide and merge the view's items.
    CURATED: tuple[str, str] = ("", "")
    CURATION_ACTIONS = frozenset({"hide", "merge"})

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Read-only sessions refuse these keys like every other edit.
        cls.EDIT_ACTIONS = frozenset(cls.EDIT_ACTIONS) | cls.CURATION_ACTIONS

    @property
    def table(self) -> RecordTable:
        raise NotImplementedError

    def curated(self) -> Sequence[Curated]:
        raise NotImplementedError

    def curated_selected(self) -> Curated | None:
        key = self.table.selected_key
        return next((item for item in self.curated() if item.id == key), None)

    def hide_change(self, item_id: str, hidden: bool) -> Change:
        return lambda s: getattr(s, self.CURATED[0])(item_id, hidden)

    def merge_change(self, source_id: str, into_id: str) -> Change:
        return lambda s: getattr(s, self.CURATED[1])(source_id, into_id)

    def action_hide(self) -> None:
        item = self.curated_selected()
        if item is None or item.merged_into:
            return
        self.mutate(self.hide_change(item.id, not item.hidden))

    def action_merge(self) -> None:
        item = self.curated_selected()
        if item is None or item.merged_into:
            return
        others = [
            (other.id, " ".join(other.text.split()))
            for other in self.curated()
            if other.id != item.id and not other.hidden and not other.merged_into
        ]
        if not others:
            self.notify(t("steps.curation.nothing_to_merge"), severity="warning")
            return
        short = " ".join(item.text.split())[:60]
        self.pick(
            t("steps.curation.merge_title", text=short),
            others,
            lambda into: self.mutate(self.merge_change(item.id, into)),
        )
