"""A tiny App hosting one step view, for the follow-up and common-ground views.

``StepView.Changed`` and ``StepView.Invalid`` are counted at the App, where
they arrive after bubbling up, as they would at the session screen.
"""

from __future__ import annotations

from textual.pilot import Pilot


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[c if c != " " else "space" for c in text])
