"""Markdown: the action plan as the layout file words it."""

from __future__ import annotations

from cocreatie.export.formats import ExportFormat, Rendering


def render(job: Rendering) -> bytes:
    # Start-up speed: the registry is read to build menus; the plan and
    # Jinja2 load only when a plan is made.
    from cocreatie.export.plan_text import plan_markdown

    return plan_markdown(job).encode("utf-8")


FORMAT = ExportFormat(name="md", extension="md", render=render, order=10)
