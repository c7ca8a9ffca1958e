"""ICS: every deadline and feedback date of the plan as an agenda event."""

from __future__ import annotations

from cocreatie.export.formats import ExportFormat, Rendering


def render(job: Rendering) -> bytes:
    # Start-up speed: icalendar and the plan load only when a calendar is made.
    from cocreatie.export.plan_text import plan_ics

    return plan_ics(job)


FORMAT = ExportFormat(name="ics", extension="ics", render=render, order=35)
