"""Drafts in a step: what is typed into a form or quick line, kept unsaved.

A form opened with ``draft_options(form, item_id, title)`` hands its typed
values to a ``FormKeeper``, which keeps them in the session's ``DraftBox``
(from the step's context) until the form is saved or thrown away. The quick
line does the same through ``QuickEntry.Drafted``. ``restore_draft`` opens
the form again (on its item) or fills the line, with the typed values back.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.widget import Widget

from cocreatie.i18n import t
from cocreatie.models.draft import QUICK_FORM, Draft, HeldValue, draft_key
from cocreatie.screens.steps.context import StepContext
from cocreatie.store.draftbox import DraftBox
from cocreatie.widgets.quick_entry import QuickEntry
from cocreatie.widgets.record_table import RecordTable

QUICK_FIELD = "line"
# The view actions that open a form keeping drafts (``open_form(form=...)``).
# Only these are called to put a draft back: a draft file names an action,
# and must never make a view delete or change anything.
FORM_ACTIONS = frozenset({"new", "edit", "consent", "contact", "new_actor", "edit_actor"})
# How much of the typed text the offer shows.
LABEL_TEXT = 60


def draft_label(kind: str, title: str, fields: dict[str, HeldValue]) -> str:
    """What the offer names: the form (``kind`` "form") or the quick line
    ("quick") by its title, and the first text typed in it."""
    text = next((v for v in fields.values() if isinstance(v, str) and v.strip()), "")
    text = " ".join(text.split())
    if len(text) > LABEL_TEXT:
        text = text[: LABEL_TEXT - 1] + "…"
    if not text:
        return t(f"ui.drafts.{kind}", title=title)
    return t(f"ui.drafts.{kind}_text", title=title, text=text)


class FormKeeper:
    """One form's draft in the box (see ``ItemForm.keeper``).

    It removes only a draft it wrote or put back itself: an empty form or
    line that merely opens must not wipe a draft still waiting to be offered.
    """

    def __init__(
        self,
        box: DraftBox,
        step: str,
        form: str,
        item_id: str | None,
        title: str,
        owned: bool = False,
    ) -> None:
        self.box = box
        self.step = step
        self.form = form
        self.item_id = item_id
        self.title = title
        self.owned = owned

    @property
    def key(self) -> str:
        return draft_key(self.step, self.form, self.item_id)

    def keep(self, fields: dict[str, HeldValue], urgent: bool) -> None:
        draft = Draft(
            step=self.step,
            form=self.form,
            item_id=self.item_id,
            label=draft_label("quick" if self.form == QUICK_FORM else "form", self.title, fields),
            fields=fields,
        )
        self.box.keep(draft, urgent=urgent)
        self.owned = True

    def drop(self) -> None:
        if self.owned:
            self.box.drop(self.key)
            self.owned = False


class DraftingView(Widget):
    """The drafts half of ``EditingStepView``."""

    context: StepContext
    # The draft being put back: ``draft_options`` hands it to the form the
    # step opens for it.
    _restoring: Draft | None = None

    # The quick line's keeper (one line per step), made on first use.
    _quick_keeper: FormKeeper | None = None

    def keeper(
        self, form: str, item_id: str | None, title: str, owned: bool = False
    ) -> FormKeeper | None:
        box = self.context.drafts
        if box is None or self.context.read_only:
            return None
        return FormKeeper(box, self.context.step.id, form, item_id, title, owned)

    def quick_keeper(self) -> FormKeeper | None:
        if self._quick_keeper is None:
            self._quick_keeper = self.keeper(QUICK_FORM, None, self.context.step.title)
        return self._quick_keeper

    def draft_options(self, form: str | None, item_id: str | None, title: str) -> dict[str, Any]:
        """``ItemForm`` keywords: its keeper, and a draft's values to put back."""
        if form is None:
            return {}
        restoring = self._restoring
        restore = None
        if restoring is not None and (restoring.form, restoring.item_id) == (form, item_id):
            restore = dict(restoring.fields)
            self._restoring = None
        keeper = self.keeper(form, item_id, title, owned=restore is not None)
        return {"keeper": keeper, "restore": restore}

    def restore_draft(self, draft: Draft) -> bool:
        """Put ``draft`` back in its form or line; False if that cannot be
        done (its item is gone, or this step has no such form)."""
        if draft.form == QUICK_FORM:
            entries = self.query(QuickEntry)
            if not entries:
                return False
            line = entries.first().line
            keeper = self.quick_keeper()
            if keeper is not None:
                keeper.owned = True
            line.value = str(draft.fields.get(QUICK_FIELD) or "")
            # A restored line is typed on, not replaced by the first key.
            line.select_on_focus = False
            line.cursor_position = len(line.value)
            line.focus()
            self.call_after_refresh(setattr, line, "select_on_focus", True)
            return True
        if draft.form not in FORM_ACTIONS:
            return False
        if draft.item_id is not None and not self._select_item(draft.item_id):
            return False
        opener = getattr(self, f"action_{draft.form}", None)
        if opener is None:
            return False
        self._restoring = draft
        try:
            opener()
        finally:
            opened = self._restoring is None
            self._restoring = None
        return opened

    def _select_item(self, item_id: str) -> bool:
        for table in self.query(RecordTable):
            if item_id in table.row_keys:
                table.select(item_id)
                # At once, not later: a step may read "selected" from the
                # focused list (roles: the actor list or the matrix).
                self.screen.set_focus(table)
                return True
        return False

    @on(QuickEntry.Drafted)
    def _quick_drafted(self, event: QuickEntry.Drafted) -> None:
        event.stop()
        keeper = self.quick_keeper()
        if keeper is None:
            return
        if event.line.strip():
            keeper.keep({QUICK_FIELD: event.line}, event.urgent)
        else:
            keeper.drop()
