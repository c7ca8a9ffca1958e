"""Find, read and validate session templates.

Shipped templates come from the package (``cocreatie/_templates`` in a
wheel, the repository's ``templates/`` in a checkout); a facilitator's own
templates in ``<data dir>/templates`` override or extend them by id.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from pydantic import ValidationError

from cocreatie.templating.model import SessionTemplate

DEFAULT_TEMPLATE_ID = "greenfield-buurt"


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


def shipped_folder() -> Traversable:
    packaged = resources.files("cocreatie") / "_templates"
    if packaged.is_dir():
        return packaged
    # Editable installs and plain checkouts: the top-level templates/ folder.
    return resources.files("cocreatie").joinpath("..", "templates")


def parse_template(text: str, source: str) -> SessionTemplate:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(source, (f"{source}: {exc}",)) from None
    try:
        return SessionTemplate.model_validate(data)
    except ValidationError as exc:
        from cocreatie.templating.errors import describe_template_errors

        raise TemplateError(source, tuple(describe_template_errors(exc, text, source))) from None


def _read_folder(folder: Traversable | Path, builtin: bool) -> dict[str, LoadedTemplate]:
    found: dict[str, LoadedTemplate] = {}
    if not folder.is_dir():
        return found
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        source = f"templates/{entry.name}" if builtin else str(entry)
        template = parse_template(entry.read_text(encoding="utf-8"), source)
        found[template.id] = LoadedTemplate(template, source, builtin)
    return found


def available_templates(data_dir: Path | None = None) -> dict[str, LoadedTemplate]:
    """All usable templates by id; the data folder's copies win."""
    templates = _read_folder(shipped_folder(), builtin=True)
    if data_dir is not None:
        templates.update(_read_folder(data_dir / "templates", builtin=False))
    return templates


def load_template(template_id: str, data_dir: Path | None = None) -> SessionTemplate:
    templates = available_templates(data_dir)
    if template_id not in templates:
        raise TemplateError(template_id, (f"unknown template: {template_id}",))
    return templates[template_id].template
