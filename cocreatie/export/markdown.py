"""The Markdown action plan: a Jinja2 layout file filled with the plan.

The layout ships as ``templates/export/actieplan.md.j2``; a copy in the data
folder's ``templates/export/`` wins, so a coordinator can reword or reorder
the plan without touching code.

Escaping is not left to the layout's author: every ``{{ value }}`` that is
not already escaped Markdown goes through the strictest escape (one line,
table-safe, safe at the start of a line) on the way out. The filters ``md``
(paragraph text), ``cell``, ``cells`` and ``block`` choose a gentler form
where it fits. Jinja's own
autoescape is off because it escapes for HTML, not Markdown.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from cocreatie.export.clean import clean
from cocreatie.export.escape import Md, md_block, md_cell, md_cells, md_inline, md_line
from cocreatie.export.plan import Plan
from cocreatie.i18n import t
from cocreatie.templating import TemplateError
from cocreatie.templating.loader import shipped_folder

LAYOUT_FOLDER = "export"
PLAN_LAYOUT = "actieplan.md.j2"
_EXCESS_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_BLANKS = re.compile(r"[ \t]+\n")
# An empty table cell as "| |": markdownlint's compact table style.
_EMPTY_CELL = re.compile(r"(?:(?<=^\|)|(?<=[^\\]\|)) {2,}(?=\|)", re.M)


@dataclass(frozen=True)
class Layout:
    source: str  # where it came from, for error messages
    text: str


def read_layout(name: str, data_dir: Path | None) -> Layout:
    """The data folder's copy of an export layout file, else the shipped one."""
    if data_dir is not None:
        own = data_dir / "templates" / LAYOUT_FOLDER / name
        if own.is_file():
            return Layout(str(own), own.read_text(encoding="utf-8"))
    shipped = shipped_folder() / LAYOUT_FOLDER / name
    return Layout(f"templates/{LAYOUT_FOLDER}/{name}", shipped.read_text(encoding="utf-8"))


def _finalize(value: Any) -> Any:
    if isinstance(value, Md):
        return value
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return md_line(value)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(md=md_inline, cell=md_cell, cells=md_cells, block=md_block)
    return env


_ENV = _environment()


@lru_cache(maxsize=8)
def _compile(source: str, text: str) -> jinja2.Template:
    try:
        return _ENV.from_string(text)
    except jinja2.TemplateSyntaxError as exc:
        raise layout_error(source, exc.lineno, exc.message or str(exc)) from None


def _translator(lang: str) -> Callable[..., Md]:
    def translate(key: str, **params: Any) -> Md:
        escaped = {k: v if isinstance(v, Md) else md_line(v) for k, v in params.items()}
        return Md(t(key, lang=lang, **escaped))

    return translate


def render_markdown(plan: Plan, layout: Layout) -> str:
    return fill_markdown(layout, plan.lang, plan=plan)


def fill_markdown(layout: Layout, lang: str, **context: Any) -> str:
    """A Markdown layout filled with ``context``, every value escaped."""
    template = _compile(layout.source, layout.text)
    try:
        text = template.render(t=_translator(lang), **context)
    except jinja2.TemplateError as exc:
        raise layout_error(layout.source, template_line(exc), str(exc)) from None
    return _EMPTY_CELL.sub(" ", tidy(text))


def tidy(text: str) -> str:
    """One blank line between blocks, no trailing blanks, one final newline."""
    text = clean(text)
    text = _TRAILING_BLANKS.sub("\n", text)
    text = _EXCESS_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n") + "\n"


def template_line(exc: BaseException) -> int | None:
    # Jinja rewrites tracebacks so template frames carry the template's lines.
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == "<template>":
            return frame.lineno
    return None


def layout_error(source: str, line: int | None, detail: str) -> TemplateError:
    where = f"{source}:{line}" if line else source
    return TemplateError(source, (t("export.error.layout", where=where, detail=detail),))
