"""Hiding and merging contributions and wishes (what phones send, mostly).

A hidden item stays in the record but leaves the comparison, the plan and
every export; merging folds a duplicate into the one kept (the model's
``hide_*`` and ``merge_*``). "h" hides or shows the highlighted item, "m"
asks which item it duplicates and keeps that one. In the list they are
marked in words, not only colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from textual.binding import Binding

from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.screens.steps.editing import EditingStepView


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
    """The view names its items and the model methods; this does the keys."""

    CURATION_ACTIONS = frozenset({"hide", "merge"})

    def curated(self) -> Sequence[Curated]:
        raise NotImplementedError

    def curated_selected(self) -> Curated | None:
        raise NotImplementedError

    def hide_change(self, item_id: str, hidden: bool) -> Callable[[Session], object]:
        raise NotImplementedError

    def merge_change(self, source_id: str, into_id: str) -> Callable[[Session], object]:
        raise NotImplementedError

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
