"""Every item form of the list steps keeps a draft and puts it back on its item."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from cocreatie.models.draft import Draft
from cocreatie.screens.dialogs.draft_offer import DraftOffer
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.store import SessionRepository
from cocreatie.store.drafts import write_drafts

from .conftest import SIZE, demo, make_app, settle
from .test_drafts import offer

TYPED = "Getypt maar nog niet opgeslagen"

# (step, form, item, field, a word of the form's title)
FORMS = [
    ("participants", "edit", "p-henk", "display_name", "Henk"),
    ("participants", "consent", "p-anja", "scope", "Toestemming"),
    ("participants", "contact", "p-anja", "phone", "Contactgegevens"),
    ("definition", "edit", "c-fietspad", "text", "bewerken"),
    ("wishes", "edit", "w-verlichting", "text", "Wens bewerken"),
    ("roles", "new_actor", None, "function", "Nieuwe actor"),
    ("roles", "edit_actor", "a-jeugdboa", "function", "bewerken"),
    ("contacts", "new", None, "subject", "Nieuw"),
    ("contacts", "edit", "k-verlichting", "subject", "bewerken"),
    ("actions", "new", None, "title", "Nieuwe actie"),
    ("actions", "edit", "x-verlichting", "title", "bewerken"),
]


@pytest.mark.parametrize(("step", "form", "item", "field", "title"), FORMS)
async def test_the_form_comes_back_on_its_item_with_the_typed_text(
    data_dir: Path, step: str, form: str, item: str | None, field: str, title: str
) -> None:
    session_id = demo(data_dir)
    draft = Draft(step=step, form=form, item_id=item, fields={field: TYPED})
    write_drafts(SessionRepository(data_dir).layout, session_id, [draft])
    app = make_app(data_dir, session_id)
    async with app.run_test(size=SIZE) as pilot:
        await offer(pilot)
        await pilot.press("enter")
        for _ in range(20):
            await settle(pilot, 1)
            if isinstance(app.screen, ItemForm):
                break
        form_screen = app.screen
        assert isinstance(form_screen, ItemForm), app._notifications
        assert title.lower() in form_screen.form_title.lower()
        assert form_screen.query_one(f"#field-{field}", Input).value == TYPED
        assert not isinstance(app.screen, DraftOffer)
