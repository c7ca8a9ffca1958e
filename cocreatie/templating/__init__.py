"""Session templates: data files that drive the steps of a session."""

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
