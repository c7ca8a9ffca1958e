"""CSV: the actions of the plan, one row each, for a spreadsheet."""

from __future__ import annotations

from cocreatie.export.formats import ExportFormat, Rendering


def render(job: Rendering) -> bytes:
    # Start-up speed: the plan loads only when a table is made.
    from cocreatie.export.plan_text import plan_csv

    return plan_csv(job).encode("utf-8")


FORMAT = ExportFormat(name="csv", extension="csv", render=render, order=30)
