"""The PDF action plan: the plan model typeset by Typst (the ``typst`` wheel).

The layout is a Typst file (``templates/export/actieplan.typ``; the data
folder's copy wins). The plan goes to it as JSON data, not as text pasted
into markup: every value from the session reaches Typst as a string and is
shown as text, so no character a participant typed can become a command, a
heading or a comment. The compiler and its fonts come with the wheel; the
system's fonts are not read, so a plan looks the same on every laptop.
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

import typst

from cocreatie.export.clean import clean
from cocreatie.export.layout_env import Layout, layout_error
from cocreatie.export.plan_model import Plan
from cocreatie.i18n import catalogue, t

PLAN_LAYOUT = "actieplan.typ"
_WHERE = re.compile(r"\.typ:(\d+):\d+")
# Typst fetches "@preview/..." packages from the internet: a layout may not.
_PACKAGE = re.compile(r"""(?:import|include)\s*\(?\s*["']@""")


def cleaned(value: Any) -> Any:
    """``value`` with every string cleaned, as JSON data."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {str(k): cleaned(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [cleaned(v) for v in value]
    return value


def labels(lang: str) -> dict[str, str]:
    """The catalogue's export words, for the layout's ``t``."""
    return {k: v for k, v in catalogue(lang).items() if k.startswith("export.")}


def plan_data(plan: Plan) -> dict[str, Any]:
    fields = dataclasses.asdict(plan)
    fields.pop("warnings")
    fields.pop("extra")
    return {
        "plan": fields,
        "warnings": [t(key, lang=plan.lang, **params) for key, params in plan.warnings],
        "labels": labels(plan.lang),
    }


def typeset(layout: Layout, data: dict[str, Any]) -> bytes:
    """The PDF of ``layout`` filled with ``data``; a broken layout is a
    ``TemplateError`` naming the file."""
    package = _PACKAGE.search(layout.text)
    if package is not None:
        line = layout.text.count("\n", 0, package.start()) + 1
        raise layout_error(layout.source, line, t("export.error.package"))
    source = layout.text.encode("utf-8")
    payload = json.dumps(cleaned(data), ensure_ascii=False)
    try:
        pdf = typst.compile(source, sys_inputs={"plan": payload}, ignore_system_fonts=True)
    except typst.TypstError as exc:
        raise layout_error(layout.source, _line_of(exc), _first_line(exc)) from None
    if not isinstance(pdf, bytes):  # pragma: no cover - one page asked, one file back
        raise TypeError("typst returned no PDF")
    return pdf


def _line_of(exc: typst.TypstError) -> int | None:
    # The diagnostic reads "┌─ <file>:LINE:COLUMN"; the layout is the only file.
    found = _WHERE.search(str(getattr(exc, "diagnostic", "") or ""))
    return int(found.group(1)) if found else None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
