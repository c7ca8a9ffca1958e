"""A pseudonymised export carries no resident's name, phone number or e-mail
address in free text; the log's redaction does the masking."""

from __future__ import annotations

import datetime as dt

import pytest

from cocreatie.export import render
from cocreatie.export.names import Namer
from cocreatie.export.overview import build_overview
from cocreatie.models import Action, Participant, Session, Wish
from cocreatie.privacy.mask import RESIDENT_MARK, text_mask
from cocreatie.privacy.redact import EMAIL_MARK, PHONE_MARK
from cocreatie.templating import SessionTemplate

from .sessions import RESIDENT_NAMES, build_session

SECRETS = ("Zwaantje", "Quirijnsen", "Xanthopoulos", "06-11112222", "brecht@thuis.example")


def typed_in(session: Session) -> Session:
    """Names and contact details typed where they do not belong (say, an
    older record, or an import from before the entry check)."""
    session.add_contribution(
        "Zwaantje Quirijnsen zegt: bel 06-11112222 als het weer donker is", "res0", ["inrichting"]
    )
    session.update(Wish, "wish2", text="Brecht wil meer licht, mail brecht@thuis.example")
    session.add(Action(title="Xanthopoulos terugbellen over 06-11112222"))
    session.closing = session.closing.model_copy(update={"remarks": "Vraag Zwaantje om hulp."})
    return session


@pytest.mark.parametrize("fmt", ["md", "html", "csv", "json"])
def test_a_pseudonymised_export_masks_free_text(
    greenfield: SessionTemplate, fmt: str, frozen_clock: object
) -> None:
    session = typed_in(build_session())
    text = render(session, greenfield, fmt).decode("utf-8")
    for secret in SECRETS:
        assert secret not in text, (fmt, secret)
    if fmt in ("md", "json"):
        # Markdown escapes the marks' brackets; the words are what counts.
        plain = text.replace("\\[", "[").replace("\\]", "]")
        assert f"Bewoner 1 zegt: bel {PHONE_MARK}" in plain
        assert f"Bewoner 2 wil meer licht, mail {EMAIL_MARK}" in plain
    # The contact person's work channel is how residents reach them: it stays.
    if fmt != "csv":
        # Markdown escapes the "@" so GitHub does not make a link of it.
        shown = text.replace("\\@", "@") if fmt == "md" else text
        assert "verkeer@almere.example" in shown


def test_with_names_the_text_stays_as_typed(greenfield: SessionTemplate) -> None:
    session = typed_in(build_session())
    text = render(session, greenfield, "md", with_names=True).decode("utf-8")
    assert "Zwaantje Quirijnsen zegt: bel 06-11112222" in text


def test_the_record_itself_is_not_changed(greenfield: SessionTemplate) -> None:
    session = typed_in(build_session())
    before = session.model_dump()
    render(session, greenfield, "md")
    assert session.model_dump() == before


def test_a_first_name_two_residents_share_is_not_pinned_on_either() -> None:
    session = build_session()
    first = session.participants[0]
    session.update(Participant, "res1", display_name="Zwaantje Bakker")
    mask = text_mask(Namer(session, with_names=False).stand_ins(session))
    assert mask("Zwaantje belde") == f"{RESIDENT_MARK} belde"
    assert mask(f"{first.display_name} belde") == "Bewoner 1 belde"
    # A capitalised whole word only: the baker on the corner stays.
    assert mask("Bakker kwam, de bakker niet") == "Bewoner 2 kwam, de bakker niet"


def test_the_actions_overview_masks_action_titles() -> None:
    session = typed_in(build_session())
    rows = build_overview([session], dt.date(2026, 4, 10)).rows
    titles = " ".join(r.title for r in rows)
    assert "Xanthopoulos" not in titles and "06-11112222" not in titles
    assert f"Bewoner 2 terugbellen over {PHONE_MARK}" in titles
    assert not any(name in titles for name in RESIDENT_NAMES)
