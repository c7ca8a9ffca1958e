"""Find, read and validate session templates.

Shipped templates come from the package (``cocreatie/_templates`` in a
wheel, the repository's ``templates/`` in a checkout); a facilitator's own
templates in ``<data dir>/templates`` override or extend them by id.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from importlib.resources.abc import Traversable
from pathlib import Path

from pydantic import ValidationError

from cocreatie.i18n import t
from cocreatie.store.jsonlimits import too_deep
from cocreatie.templating.errors import describe_template_errors, describe_toml_error
from cocreatie.templating.folders import DEFAULT_TEMPLATE_ID, own_folder, shipped_folder
from cocreatie.templating.model import SessionTemplate

__all__ = [
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
    "shipped_folder",
]


@dataclass(frozen=True)
class TemplateError(Exception):
    """A template that cannot be used; ``messages`` are ready to show."""

    source: str
    messages: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(self.messages)


@dataclass(frozen=True)
class LoadedTemplate:
    template: SessionTemplate
    source: str  # file path or package resource, for messages
    builtin: bool
    # An own template that replaces a shipped one with the same id.
    overrides: bool = False


@dataclass(frozen=True)
class TemplateScan:
    """Every template found: the usable ones by id, and the broken files.

    One broken file in the data folder must not hide the others (or stop the
    app from starting), so problems are collected rather than raised.
    """

    templates: dict[str, LoadedTemplate] = field(default_factory=dict)
    problems: tuple[TemplateError, ...] = ()


def parse_template(text: str, source: str) -> SessionTemplate:
    """Validate template ``text``; ``source`` names the file in messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(source, (describe_toml_error(exc, source),)) from None
    except RecursionError:
        raise TemplateError(source, (f"{source}: {t('templates.error.too_deep')}",)) from None
    except ValueError:
        # tomllib's only other ValueError: Python's int-string digit limit.
        message = t("templates.error.number_too_long")
        raise TemplateError(source, (f"{source}: {message}",)) from None
    if too_deep(data):
        raise TemplateError(source, (f"{source}: {t('templates.error.too_deep')}",))
    try:
        return SessionTemplate.model_validate(data)
    except ValidationError as exc:
        raise TemplateError(source, tuple(describe_template_errors(exc, text, source))) from None


def read_template_file(path: Path | Traversable, source: str | None = None) -> SessionTemplate:
    """Read and validate one template file; every failure is a TemplateError."""
    source = source or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise TemplateError(source, (f"{source}: {t('templates.error.not_found')}",)) from None
    except OSError as exc:
        detail = exc.strerror or type(exc).__name__
        message = t("templates.error.unreadable", detail=detail)
        raise TemplateError(source, (f"{source}: {message}",)) from None
    try:
        text = raw.decode("utf-8-sig")  # Windows editors like to add a BOM
    except UnicodeDecodeError:
        raise TemplateError(source, (f"{source}: {t('templates.error.not_utf8')}",)) from None
    return parse_template(text, source)


def _read_folder(
    folder: Traversable | Path, builtin: bool
) -> tuple[dict[str, LoadedTemplate], list[TemplateError]]:
    found: dict[str, LoadedTemplate] = {}
    problems: list[TemplateError] = []
    if not folder.is_dir():
        return found, problems
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml") or entry.name.startswith("."):
            continue
        source = f"templates/{entry.name}" if builtin else str(entry)
        try:
            template = read_template_file(entry, source)
        except TemplateError as exc:
            problems.append(exc)
            continue
        if template.id in found:
            other = found[template.id].source
            message = t("templates.error.duplicate_template", id=template.id, other=other)
            problems.append(TemplateError(source, (f"{source}: {message}",)))
            continue
        found[template.id] = LoadedTemplate(template, source, builtin)
    return found, problems


def scan_templates(data_dir: Path | None = None) -> TemplateScan:
    """Shipped templates, then the data folder's, which win by id."""
    templates, problems = _read_folder(shipped_folder(), builtin=True)
    if data_dir is not None:
        own, own_problems = _read_folder(own_folder(data_dir), builtin=False)
        for template_id, loaded in own.items():
            if template_id in templates:
                loaded = replace(loaded, overrides=True)
            templates[template_id] = loaded
        problems += own_problems
    return TemplateScan(templates, tuple(problems))


def available_templates(data_dir: Path | None = None) -> dict[str, LoadedTemplate]:
    """All usable templates by id; the data folder's copies win.

    Broken files are left out here; ``scan_templates`` reports them.
    """
    return scan_templates(data_dir).templates


def load_template(template_id: str, data_dir: Path | None = None) -> SessionTemplate:
    scan = scan_templates(data_dir)
    if template_id in scan.templates:
        return scan.templates[template_id].template
    # A broken file named after the id is most likely the one meant: show
    # why it cannot be used instead of "unknown template".
    for problem in scan.problems:
        if Path(problem.source).stem == template_id:
            raise problem
    ids = ", ".join(sorted(scan.templates)) or "-"
    message = t("templates.error.unknown_template", id=template_id, ids=ids)
    raise TemplateError(template_id, (message,))
