"""The HTML action plan: the plan model through a Jinja2 layout, one page.

Autoescape is on, so every value from the session lands as text; nothing a
participant typed becomes markup, and the page is made straight from the
plan rather than from the Markdown (a quarter of the work). The stylesheet
is inlined so the page stands alone (mail it, open it, print it), and it
refers to nothing outside itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from markupsafe import Markup, escape

from cocreatie.export.layout_env import LayoutEnvironment, read_layout
from cocreatie.export.markdown import tidy
from cocreatie.export.plan_model import Plan

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


_ENV = LayoutEnvironment(
    autoescape=True,
    # Catalogue texts hold no markup: the whole sentence is escaped.
    markup=escape,
    filters={"lines": _lines, "block": _block, "items": _items},
)


def stylesheet(data_dir: Path | None) -> Markup:
    css = read_layout(STYLESHEET, data_dir).text.strip()
    # "</" cannot end the style element early if a customised stylesheet has it.
    return Markup(css.replace("</", "<\\/"))


def render_html(plan: Plan, *, data_dir: Path | None) -> str:
    layout = read_layout(PLAN_LAYOUT, data_dir)
    return tidy(_ENV.render(layout, plan.lang, plan=plan, css=stylesheet(data_dir)))
