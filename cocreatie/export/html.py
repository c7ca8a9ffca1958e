"""The HTML action plan: the plan model through a Jinja2 layout, one page.

Autoescape is on, so every value from the session lands as text; nothing a
participant typed becomes markup, and the page is made straight from the
plan rather than from the Markdown (a quarter of the work). The stylesheet
is inlined so the page stands alone (mail it, open it, print it), and it
refers to nothing outside itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from cocreatie.export.markdown import Layout, layout_error, read_layout, template_line, tidy
from cocreatie.export.plan_model import Plan
from cocreatie.i18n import t

PLAN_LAYOUT = "actieplan.html.j2"
STYLESHEET = "actieplan.css"


def _lines(value: object) -> Markup:
    """Text whose line breaks stay (as ``<br>``)."""
    parts = [escape(line.strip()) for line in str(value or "").split("\n")]
    return Markup("<br>").join(p for p in parts if p)


def _block(value: object) -> Markup:
    """Paragraphs: a blank line starts a new one."""
    text = str(value or "")
    paragraphs = [p for p in (_lines(chunk) for chunk in text.split("\n\n")) if p]
    return Markup("\n").join(Markup("<p>%s</p>") % p for p in paragraphs)


def _items(values: Iterable[object]) -> Markup:
    """Several texts in one cell, one per line."""
    return Markup("<br>").join(_lines(v) for v in values if v)


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(lines=_lines, block=_block, items=_items)
    return env


_ENV = _environment()


@lru_cache(maxsize=8)
def _compile(source: str, text: str) -> jinja2.Template:
    try:
        return _ENV.from_string(text)
    except jinja2.TemplateSyntaxError as exc:
        raise layout_error(source, exc.lineno, exc.message or str(exc)) from None


def _translator(lang: str) -> Callable[..., Markup]:
    def translate(key: str, **params: Any) -> Markup:
        # Catalogue texts hold no markup: the whole sentence is escaped.
        return escape(t(key, lang=lang, **params))

    return translate


def stylesheet(data_dir: Path | None) -> Markup:
    css = read_layout(STYLESHEET, data_dir).text.strip()
    # "</" cannot end the style element early if a customised stylesheet has it.
    return Markup(css.replace("</", "<\\/"))


def render_html(plan: Plan, *, data_dir: Path | None) -> str:
    layout: Layout = read_layout(PLAN_LAYOUT, data_dir)
    template = _compile(layout.source, layout.text)
    try:
        page = template.render(plan=plan, t=_translator(plan.lang), css=stylesheet(data_dir))
    except jinja2.TemplateError as exc:
        raise layout_error(layout.source, template_line(exc), str(exc)) from None
    return tidy(page)
