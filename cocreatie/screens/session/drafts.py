"""Drafts on the session screen: every step gets the box, and on opening
each draft left by a crash or a closed terminal is offered, one at a time.

"Terugzetten" shows the draft's step and opens its form (on its item) or
fills its quick line with the typed values; nothing enters the record until
the form is saved. "Weggooien" removes it; Escape leaves it for next time.
A read-only session neither keeps nor offers drafts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from textual import on
from textual.screen import Screen
from textual.widget import Widget

from cocreatie.entry.recency import RecentChoices
from cocreatie.i18n import t
from cocreatie.live import LiveSession
from cocreatie.models.clock import now
from cocreatie.models.draft import Draft
from cocreatie.screens.dialogs.draft_offer import Answer, DraftOffer
from cocreatie.screens.steps import StepContext
from cocreatie.screens.steps.drafting import FORM_ACTIONS, DraftingView
from cocreatie.screens.steps.requests import ScrubCopies
from cocreatie.templating.model import Step

# Waiting for a step view to be built (it mounts in the step watcher).
READY_POLL_S = 0.05
READY_TRIES = 200


def when_typed(moment: datetime) -> str:
    local = moment.astimezone()
    if local.date() == now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%d-%m-%Y %H:%M")


class DraftOffers(Screen[None]):
    """The drafts half of ``SessionScreen`` (its own file: one concept)."""

    live: LiveSession
    current: int
    _views: dict[int, Widget]
    # Keys offered in this run: Escape ("later") must not ask again at once.
    _offered: set[str] | None = None

    def step_context(self, step: Step, recent: RecentChoices) -> StepContext:
        """What a step view gets, the drafts box included."""
        return StepContext(
            self.live.session,
            self.live.template,
            step,
            self.live.read_only,
            recent,
            drafts=None if self.live.read_only else self.live.drafts,
        )

    def offer_drafts(self) -> None:
        """Offer the oldest draft not offered yet in this run."""
        if self.live.read_only:
            return
        if self._offered is None:
            self._offered = set()
        offered = self._offered
        pending = [d for d in self.live.drafts.drafts if d.key not in offered]
        if not pending:
            return
        draft = pending[0]
        offered.add(draft.key)
        question = t("ui.drafts.offer", what=draft.label, when=when_typed(draft.typed_at))
        self.app.push_screen(DraftOffer(question), partial(self._offer_answered, draft))

    def _offer_answered(self, draft: Draft, answer: Answer | None) -> None:
        if answer == "restore":
            # A form opens on top: the other drafts wait for the next opening.
            self._show_then(draft.step, partial(self._put_back, draft))
            return
        if answer == "discard":
            self.live.drafts.drop(draft.key)
        self.offer_drafts()

    def _show_then(self, step_id: str, then: Callable[[Widget | None], None]) -> None:
        steps = [s.id for s in self.live.template.steps]
        if step_id not in steps:
            then(None)
            return
        index = steps.index(step_id)
        self.current = index
        self._when_ready(index, then, READY_TRIES)

    def _when_ready(self, index: int, then: Callable[[Widget | None], None], tries: int) -> None:
        view = self._views.get(index)
        if view is not None and view.is_mounted and getattr(view, "ready", True):
            # After the step has taken its focus, so the form or line keeps it.
            self.call_after_refresh(self.call_after_refresh, then, view)
        elif tries > 0:
            self.set_timer(READY_POLL_S, partial(self._when_ready, index, then, tries - 1))
        else:
            then(None)

    def _put_back(self, draft: Draft, view: Widget | None) -> None:
        if isinstance(view, DraftingView) and view.restore_draft(draft):
            return
        if draft.item_id is None or draft.form not in FORM_ACTIONS or view is None:
            self.notify(t("ui.drafts.cannot", what=draft.label), severity="warning", timeout=10)
            self.offer_drafts()
            return
        question = t("ui.drafts.item_gone", what=draft.label)
        offer = DraftOffer(question, restore=t("ui.drafts.as_new"))
        self.app.push_screen(offer, partial(self._gone_answered, draft, view))

    def _gone_answered(self, draft: Draft, view: Widget, answer: Answer | None) -> None:
        if answer == "restore":
            # The form for a new item of the same kind ("edit_actor" ->
            # "new_actor"), with the typed values; the old draft goes.
            form = draft.form.replace("edit", "new")
            fresh = draft.model_copy(update={"form": form, "item_id": None})
            if isinstance(view, DraftingView) and view.restore_draft(fresh):
                self.live.drafts.drop(draft.key)
                return
            self.notify(t("ui.drafts.cannot", what=draft.label), severity="warning")
        elif answer == "discard":
            self.live.drafts.drop(draft.key)
        self.offer_drafts()

    @on(ScrubCopies)
    def _drafts_of_erased(self, event: ScrubCopies) -> None:
        # A person erased (or their consent withdrawn): drafts that name
        # them go now, in memory; the scrub's thread then rewrites the file.
        gone = self.live.drafts.drop_where(list(event.terms))
        if gone:
            self.notify(t("privacy.erase.drafts", count=gone), timeout=10)
