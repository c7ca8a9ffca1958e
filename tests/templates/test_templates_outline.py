"""The quick, unvalidated look at a template's steps that start-up paints from."""

from __future__ import annotations

from pathlib import Path

import pytest
from templatehelpers import SHIPPED_IDS

from cocreatie.templating import load_template, own_folder
from cocreatie.templating.outline import outline_steps


@pytest.mark.parametrize("template_id", SHIPPED_IDS)
def test_the_outline_shows_what_the_validated_template_says(template_id: str) -> None:
    steps = outline_steps(template_id, None)
    template = load_template(template_id)
    assert steps is not None
    assert [(s.id, s.title, s.prompt, s.questions, s.timebox_minutes) for s in steps] == [
        (s.id, s.title, s.prompt, tuple(s.questions), s.timebox_minutes) for s in template.steps
    ]


def test_the_data_folders_copy_wins(data_dir: Path, greenfield_text: str) -> None:
    folder = own_folder(data_dir)
    folder.mkdir(parents=True)
    text = greenfield_text.replace('title = "Voorbereiding"', 'title = "Vooraf"')
    (folder / "eigen.toml").write_text(text, encoding="utf-8")
    steps = outline_steps("greenfield-buurt", data_dir)
    assert steps is not None and steps[0].title == "Vooraf"


def test_no_outline_for_an_unknown_or_odd_template(data_dir: Path, greenfield_text: str) -> None:
    assert outline_steps("no-such-template", data_dir) is None
    folder = own_folder(data_dir)
    folder.mkdir(parents=True)
    odd = greenfield_text.replace('title = "Voorbereiding"', "title = 12")
    (folder / "greenfield-buurt.toml").write_text(odd, encoding="utf-8")
    assert outline_steps("greenfield-buurt", data_dir) is None
