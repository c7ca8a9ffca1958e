"""The three shipped templates: they load, and say what their session needs."""

from __future__ import annotations

import re

import pytest
from templatehelpers import SHIPPED, SHIPPED_IDS

from cocreatie.models import PolicyDomain
from cocreatie.templating import (
    DEFAULT_TEMPLATE_ID,
    StepType,
    available_templates,
    load_template,
    parse_template,
    read_template_file,
)


def test_every_shipped_file_loads_and_is_listed() -> None:
    files = sorted(p.name for p in SHIPPED.glob("*.toml"))
    assert files == [f"{i}.toml" for i in SHIPPED_IDS]
    found = available_templates()
    assert sorted(found) == list(SHIPPED_IDS)
    for template_id in SHIPPED_IDS:
        loaded = found[template_id]
        assert loaded.builtin
        assert loaded.source == f"templates/{template_id}.toml"
        assert read_template_file(SHIPPED / f"{template_id}.toml").id == template_id


def test_default_template_is_the_greenfield_session() -> None:
    assert DEFAULT_TEMPLATE_ID == "greenfield-buurt"
    assert load_template(DEFAULT_TEMPLATE_ID).title == "Greenfield-sessie in de buurt"


@pytest.mark.parametrize("template_id", SHIPPED_IDS)
def test_shipped_templates_are_complete(template_id: str) -> None:
    template = load_template(template_id)
    assert template.language == "nl"
    assert len(template.factors) == 12, "the Tafel van 12"
    assert sorted(f.number for f in template.factors) == list(range(1, 13))
    assert all(f.group and f.environment and f.description for f in template.factors)
    assert template.accountable_role.id == "aanjager"
    assert template.steps[0].type is StepType.PREPARATION
    assert template.steps[-1].type is StepType.CLOSING
    for step in template.steps:
        assert step.prompt.strip() and step.timebox_minutes > 0


def test_greenfield_keeps_its_ids() -> None:
    template = load_template("greenfield-buurt")
    assert [s.id for s in template.steps] == [
        "preparation",
        "participants",
        "definition",
        "wishes",
        "roles",
        "contacts",
        "actions",
        "closing",
    ]
    assert [f.id for f in template.factors if f.core] == [
        "signaalcriminaliteit",
        "onbekende-anderen",
        "het-gesprek",
        "toezicht",
        "kwaliteit-aanpak",
    ]


def test_oov_verkeer_compares_the_two_departments() -> None:
    template = load_template("oov-verkeer")
    assert template.dual_ownership is True
    assert template.requires_previous is False
    comparison = template.comparison
    assert (comparison.by, comparison.left, comparison.right) == ("domain", ["oov"], ["verkeer"])
    assert (comparison.left_label, comparison.right_label) == ("OOV", "Verkeer")
    types = [s.type for s in template.steps]
    # Own definitions then a shared one, the inventory, what binds, joint actions.
    for earlier, later in zip(
        [StepType.DEFINITION, StepType.WISHES, StepType.COMMON_GROUND],
        [StepType.WISHES, StepType.COMMON_GROUND, StepType.ACTIONS],
        strict=True,
    ):
        assert types.index(earlier) < types.index(later)
    assert [loc.label for loc in template.location_types] == [
        "Onveilige route",
        "Oversteekplaats",
        "Onveilig voor fietsers",
        "Zwaar verkeer",
        "Slechte verlichting",
        "Hotspot",
    ]
    domains = {a.domain for a in template.actors}
    assert {PolicyDomain.OOV, PolicyDomain.VERKEER} <= domains


def test_terugkomsessie_follows_an_earlier_session() -> None:
    template = load_template("terugkomsessie")
    assert template.requires_previous is True
    assert [s.type for s in template.steps] == [
        StepType.PREPARATION,
        StepType.PARTICIPANTS,
        StepType.FOLLOW_UP,
        StepType.CONTACTS,
        StepType.WISHES,
        StepType.ACTIONS,
        StepType.CLOSING,
    ]


def test_readme_example_is_a_valid_template() -> None:
    readme = (SHIPPED / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", readme, flags=re.S)
    example = next(b for b in blocks if b.startswith('id = "buurt-kort"'))
    template = parse_template(example, "README.md")
    assert template.id == "buurt-kort"
    assert [s.type for s in template.steps][-1] is StepType.CLOSING
    assert template.accountable_role.id == "trekker"


def test_readme_documents_every_field() -> None:
    from cocreatie.templating import model

    readme = (SHIPPED / "README.md").read_text(encoding="utf-8")
    for cls in (
        model.SessionTemplate,
        model.Step,
        model.Factor,
        model.Role,
        model.ActorPreset,
        model.LocationType,
        model.ParticipantKind,
        model.Comparison,
        model.Voting,
        model.Limits,
    ):
        for name in cls.model_fields:
            spelled = (f"`{name}`", f"`[{name}]`", f"`[[{name}]]`")
            assert any(s in readme for s in spelled), f"{cls.__name__}.{name} is undocumented"
    for step_type in StepType:
        assert f"`{step_type.value}`" in readme
    for domain in PolicyDomain:
        assert f"`{domain.value}`" in readme
