"""JSON: the session record itself, the file ``cocreatie import`` reads."""

from __future__ import annotations

from cocreatie.export.formats import ExportFormat, Rendering


def render(job: Rendering) -> bytes:
    # Start-up speed: the record's encoder loads only when a record is written.
    from cocreatie.export.record import render_json

    return render_json(job.session, with_names=job.with_names).encode("utf-8")


FORMAT = ExportFormat(name="json", extension="json", render=render, order=40, in_menu=False)
