"""Own templates in ``<data dir>/templates`` override or extend the shipped ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from templatehelpers import SHIPPED_IDS

from cocreatie.templating import (
    TemplateError,
    available_templates,
    load_template,
    own_folder,
    scan_templates,
)


def _own(data_dir: Path, name: str, text: str) -> Path:
    folder = own_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_own_copy_with_the_same_id_replaces_the_shipped_one(
    data_dir: Path, greenfield_text: str
) -> None:
    text = greenfield_text.replace(
        'title = "Greenfield-sessie in de buurt"', 'title = "Onze eigen buurtavond"'
    )
    path = _own(data_dir, "mijn-buurt.toml", text)
    found = available_templates(data_dir)
    loaded = found["greenfield-buurt"]
    assert loaded.template.title == "Onze eigen buurtavond"
    assert (loaded.builtin, loaded.overrides, loaded.source) == (False, True, str(path))
    assert load_template("greenfield-buurt", data_dir).title == "Onze eigen buurtavond"
    # Without the data folder the shipped one is still there.
    assert load_template("greenfield-buurt").title == "Greenfield-sessie in de buurt"


def test_own_template_with_a_new_id_is_added(data_dir: Path, greenfield_text: str) -> None:
    text = greenfield_text.replace('id = "greenfield-buurt"', 'id = "buurt-kort"')
    _own(data_dir, "buurt-kort.toml", text)
    found = available_templates(data_dir)
    assert sorted(found) == sorted([*SHIPPED_IDS, "buurt-kort"])
    assert found["buurt-kort"].overrides is False
    assert found["greenfield-buurt"].builtin is True


def test_a_broken_own_file_does_not_hide_the_others(data_dir: Path, greenfield_text: str) -> None:
    text = greenfield_text.replace('id = "greenfield-buurt"', 'id = "kapot"').replace(
        'type = "wishes"', 'type = "wensen2"'
    )
    path = _own(data_dir, "kapot.toml", text)
    scan = scan_templates(data_dir)
    assert sorted(scan.templates) == list(SHIPPED_IDS)
    [problem] = scan.problems
    assert problem.source == str(path)
    assert 'stap 4: onbekend staptype "wensen2"' in problem.messages[0]
    # Asking for it by name shows why, instead of "unknown template".
    with pytest.raises(TemplateError) as caught:
        load_template("kapot", data_dir)
    assert caught.value.messages == problem.messages


def test_broken_override_falls_back_to_the_shipped_template(
    data_dir: Path, greenfield_text: str
) -> None:
    _own(data_dir, "greenfield-buurt.toml", greenfield_text.replace("[limits]", "[limits"))
    scan = scan_templates(data_dir)
    assert scan.templates["greenfield-buurt"].builtin is True
    assert len(scan.problems) == 1


def test_two_own_files_with_one_id(data_dir: Path, greenfield_text: str) -> None:
    text = greenfield_text.replace('id = "greenfield-buurt"', 'id = "dubbel"')
    first = _own(data_dir, "a.toml", text)
    second = _own(data_dir, "b.toml", text)
    scan = scan_templates(data_dir)
    assert scan.templates["dubbel"].source == str(first)
    [problem] = scan.problems
    assert problem.messages == (
        f'{second}: zelfde id "dubbel" als {first}; dit bestand wordt overgeslagen',
    )


def test_other_files_in_the_folder_are_ignored(data_dir: Path) -> None:
    _own(data_dir, "notities.txt", "geen sjabloon")
    _own(data_dir, ".verborgen.toml", "kapot = ")
    (own_folder(data_dir) / "export").mkdir()
    scan = scan_templates(data_dir)
    assert sorted(scan.templates) == list(SHIPPED_IDS)
    assert scan.problems == ()


def test_unknown_template_names_the_ones_there_are(data_dir: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        load_template("bestaat-niet", data_dir)
    assert caught.value.messages == (
        'onbekend sjabloon "bestaat-niet" (beschikbaar: greenfield-buurt, oov-verkeer, '
        "stellingenavond, terugkomsessie)",
    )


def test_missing_data_folder_is_fine(tmp_path: Path) -> None:
    assert sorted(available_templates(tmp_path / "nergens")) == list(SHIPPED_IDS)
