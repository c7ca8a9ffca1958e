"""Session templates: data files that drive the steps of a session."""

from cocreatie.templating.loader import (
    DEFAULT_TEMPLATE_ID,
    LoadedTemplate,
    TemplateError,
    available_templates,
    load_template,
    parse_template,
)
from cocreatie.templating.model import SessionTemplate, Step, StepType

__all__ = [
    "DEFAULT_TEMPLATE_ID",
    "LoadedTemplate",
    "SessionTemplate",
    "Step",
    "StepType",
    "TemplateError",
    "available_templates",
    "load_template",
    "parse_template",
]
