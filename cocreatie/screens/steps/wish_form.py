"""The full form of a wish: every field, for details the quick line leaves out."""

from __future__ import annotations

from typing import Any

from cocreatie.i18n import t
from cocreatie.models import Location, Scale, TimeOfDay, Wish, Worry
from cocreatie.templating.model import SessionTemplate
from cocreatie.widgets.factor_picker import factor_keys, factor_label
from cocreatie.widgets.form_fields import ChoiceField, FormField, MultiChoiceField, TextField
from cocreatie.widgets.multi_choice import Choice


def wish_fields(
    template: SessionTemplate, participants: list[Choice], wish: Wish | None
) -> list[FormField]:
    """The full form of a wish (new when ``wish`` is None)."""
    keys = factor_keys(template.factors)
    shortcut_of = {k.factor.id: k.label for k in keys}
    factor_choices = [
        (f.id, f"{shortcut_of.get(f.id, ' ')} {factor_label(f)}")
        for f in sorted(template.factors, key=lambda f: f.number)
    ]
    visible = None if wish is None or wish.visible_action is None else str(wish.visible_action)
    return [
        TextField("text", t("steps.wishes.field.text"), wish.text if wish else ""),
        MultiChoiceField(
            "participant_ids",
            t("models.field.participant_ids"),
            participants,
            wish.participant_ids if wish else [],
            kind="participant",
        ),
        MultiChoiceField(
            "factor_ids",
            t("models.field.factor_ids"),
            factor_choices,
            wish.factor_ids if wish else [],
            shortcuts={k.key: k.factor.id for k in keys},
        ),
        TextField(
            "location_text",
            t("models.field.location"),
            wish.location.text if wish else "",
            placeholder=t("steps.wishes.location_placeholder"),
        ),
        ChoiceField(
            "location_type",
            t("models.field.type"),
            [(lt.id, lt.label) for lt in template.location_types],
            wish.location.type if wish else None,
        ),
        ChoiceField(
            "time_of_day",
            t("models.field.time_of_day"),
            vocab("time_of_day", TimeOfDay),
            wish.time_of_day.value if wish and wish.time_of_day else None,
        ),
        ChoiceField(
            "scale",
            t("models.field.scale"),
            vocab("scale", Scale),
            wish.scale.value if wish and wish.scale else None,
        ),
        ChoiceField(
            "worry",
            t("models.field.worry"),
            vocab("worry", Worry),
            wish.worry.value if wish and wish.worry else None,
        ),
        ChoiceField(
            "visible_action",
            t("models.field.visible_action"),
            [("True", t("steps.form.yes")), ("False", t("steps.form.no"))],
            visible,
        ),
        TextField("theme", t("models.field.theme"), wish.theme if wish else ""),
    ]


def vocab(area: str, enum: Any) -> list[tuple[str, str]]:
    return [(m.value, t(f"models.vocab.{area}.{m.value}")) for m in enum]


def wish_values(values: dict[str, Any]) -> dict[str, Any]:
    visible = values["visible_action"]
    return {
        "text": values["text"],
        "participant_ids": values["participant_ids"],
        "factor_ids": values["factor_ids"],
        "location": Location(text=values["location_text"], type=values["location_type"]),
        "time_of_day": values["time_of_day"],
        "scale": values["scale"],
        "worry": values["worry"],
        "visible_action": None if visible is None else visible == "True",
        "theme": values["theme"],
    }
