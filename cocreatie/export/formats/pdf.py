"""PDF: the action plan for print (A4, page numbers, the summary on page 1)."""

from __future__ import annotations

from cocreatie.export.formats import ExportFormat, Rendering


def render(job: Rendering) -> bytes:
    # Start-up speed: Typst and the plan load only when a PDF is made.
    from cocreatie.export.plan_text import plan_pdf

    return plan_pdf(job)


FORMAT = ExportFormat(name="pdf", extension="pdf", render=render, order=25, binary=True)
