"""A template's own words in the plan's language.

The shipped templates are Dutch: their factor names, role labels, kinds of
participant and location types would stay Dutch in an English plan. The
glossary (``i18n/<lang>/glossary.toml``) holds the shipped words; a word a
coordinator changed in their own template is not in it and stays as typed.
"""

from __future__ import annotations

from cocreatie.i18n import has, t
from cocreatie.templating import SessionTemplate


def word(text: str, source: str, lang: str) -> str:
    key = f"glossary.{text}"
    if lang == source or not has(key, source) or not has(key, lang):
        return text
    return t(key, lang=lang)


def localised(template: SessionTemplate, lang: str) -> SessionTemplate:
    """``template`` with the glossary's words in ``lang`` (a copy; only for
    rendering a plan)."""
    source = template.language
    if lang == source:
        return template

    def w(text: str) -> str:
        return word(text, source, lang)

    return template.model_copy(
        update={
            "title": w(template.title),
            "factors": [f.model_copy(update={"name": w(f.name)}) for f in template.factors],
            "roles": [r.model_copy(update={"label": w(r.label)}) for r in template.roles],
            "participant_kinds": [
                k.model_copy(update={"label": w(k.label)}) for k in template.participant_kinds
            ],
            "location_types": [
                x.model_copy(update={"label": w(x.label)}) for x in template.location_types
            ],
            "comparison": template.comparison.model_copy(
                update={
                    "left_label": w(template.comparison.left_label),
                    "right_label": w(template.comparison.right_label),
                }
            ),
        }
    )
