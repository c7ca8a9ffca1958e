"""HTML: the action plan as one self-contained page (no network at all)."""

from __future__ import annotations

from cocreatie.export.formats import ExportFormat, Rendering


def render(job: Rendering) -> bytes:
    # Start-up speed: Jinja2 and the plan load only when a page is made.
    from cocreatie.export.plan_text import plan_html

    return plan_html(job).encode("utf-8")


FORMAT = ExportFormat(name="html", extension="html", render=render, order=20)
