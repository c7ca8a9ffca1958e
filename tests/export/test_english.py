"""``--lang en``: the whole plan in English, the pseudonyms and the shipped
template's words included; what people typed stays as they typed it."""

from __future__ import annotations

import re

import pytest

from cocreatie.demo import build_demo_session
from cocreatie.export import render
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate

from .pdfcheck import pages_text
from .sessions import build_session
from .test_export_masking import typed_in

ENGLISH = ("md", "html", "pdf", "csv", "ics")


def text_of(session: Session, template: SessionTemplate, fmt: str, lang: str) -> str:
    data = render(session, template, fmt, lang=lang)
    if fmt == "pdf":
        return " ".join(pages_text(data))
    return data.decode("utf-8")


@pytest.mark.parametrize("fmt", ENGLISH)
def test_pseudonyms_and_template_words_in_english(
    greenfield: SessionTemplate, fmt: str, frozen_clock: object
) -> None:
    demo = build_demo_session(greenfield)
    text = text_of(demo, greenfield, fmt, "en")
    assert not re.search(r"Bewoner \d", text), fmt
    if fmt in ("md", "html", "pdf"):
        assert "Resident 1" in text
        assert "Signal crime and nuisance" in text
        assert "Signaalcriminaliteit" not in text
        assert "Greenfield session in the neighbourhood" in text
        assert "raised only by Residents" in text


def test_the_dutch_plan_keeps_the_template_words(
    greenfield: SessionTemplate, frozen_clock: object
) -> None:
    text = render(build_demo_session(greenfield), greenfield, "md").decode("utf-8")
    assert "Bewoner 1" in text and "Signaalcriminaliteit en -overlast" in text


def test_a_word_the_coordinator_chose_stays(
    greenfield: SessionTemplate, frozen_clock: object
) -> None:
    own = greenfield.model_copy(
        update={
            "roles": [
                r.model_copy(update={"label": "Trekker"}) if r.id == "aanjager" else r
                for r in greenfield.roles
            ]
        }
    )
    text = render(build_demo_session(greenfield), own, "md", lang="en").decode("utf-8")
    assert "| Trekker |" in text and "Director" in text


def test_masks_in_english(greenfield: SessionTemplate, frozen_clock: object) -> None:
    session = typed_in(build_session())
    text = render(session, greenfield, "md", lang="en").decode("utf-8")
    plain = text.replace("\\[", "[").replace("\\]", "]")
    assert "Resident 1 zegt: bel [phone]" in plain
    assert "[telefoon]" not in plain
