"""Session templates: data files that drive the steps of a session.

The names load on first use (see ``cocreatie.lazy``): validating a template
needs pydantic, while start-up only needs ``cocreatie.templating.outline``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreatie.lazy import lazy_exports

_LOADER = (
    "DEFAULT_TEMPLATE_ID",
    "LoadedTemplate",
    "TemplateError",
    "TemplateScan",
    "available_templates",
    "load_template",
    "own_folder",
    "parse_template",
    "read_template_file",
    "scan_templates",
)

__getattr__ = lazy_exports(
    __name__,
    {
        **dict.fromkeys(_LOADER, "loader"),
        **dict.fromkeys(("SessionTemplate", "Step", "StepType"), "model"),
    },
)

if TYPE_CHECKING:
    from cocreatie.templating.loader import (
        DEFAULT_TEMPLATE_ID,
        LoadedTemplate,
        TemplateError,
        TemplateScan,
        available_templates,
        load_template,
        own_folder,
        parse_template,
        read_template_file,
        scan_templates,
    )
    from cocreatie.templating.model import SessionTemplate, Step, StepType

__all__ = [
    "DEFAULT_TEMPLATE_ID",
    "LoadedTemplate",
    "SessionTemplate",
    "Step",
    "StepType",
    "TemplateError",
    "TemplateScan",
    "available_templates",
    "load_template",
    "own_folder",
    "parse_template",
    "read_template_file",
    "scan_templates",
]
