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
from typing import Any

from cocreatie.export.clean import clean
from cocreatie.export.escape import Md, md_block, md_cell, md_cells, md_inline, md_line
from cocreatie.export.layout_env import Layout, LayoutEnvironment
from cocreatie.export.plan import Plan

PLAN_LAYOUT = "actieplan.md.j2"
_EXCESS_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_BLANKS = re.compile(r"[ \t]+\n")
# An empty table cell as "| |": markdownlint's compact table style.
_EMPTY_CELL = re.compile(r"(?:(?<=^\|)|(?<=[^\\]\|)) {2,}(?=\|)", re.M)


def _finalize(value: Any) -> Any:
    if isinstance(value, Md):
        return value
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return md_line(value)


def _parameter(value: Any) -> Md:
    return value if isinstance(value, Md) else md_line(value)


_ENV = LayoutEnvironment(
    autoescape=False,
    # A catalogue sentence is Markdown as written; only its parameters are escaped.
    markup=Md,
    parameter=_parameter,
    filters={"md": md_inline, "cell": md_cell, "cells": md_cells, "block": md_block},
    finalize=_finalize,
)


def render_markdown(plan: Plan, layout: Layout) -> str:
    return fill_markdown(layout, plan.lang, plan=plan)


def fill_markdown(layout: Layout, lang: str, **context: Any) -> str:
    """A Markdown layout filled with ``context``, every value escaped."""
    return _EMPTY_CELL.sub(" ", tidy(_ENV.render(layout, lang, **context)))


def tidy(text: str) -> str:
    """One blank line between blocks, no trailing blanks, one final newline."""
    text = clean(text)
    text = _TRAILING_BLANKS.sub("\n", text)
    text = _EXCESS_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n") + "\n"
