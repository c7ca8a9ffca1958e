"""What every step view gets: the live record, its template, and whether
the session was opened read-only, and what was chosen recently."""

from __future__ import annotations

from dataclasses import dataclass, field

from cocreatie.entry.recency import RecentChoices
from cocreatie.models import Session
from cocreatie.store.draftbox import DraftBox
from cocreatie.templating.model import SessionTemplate, Step


@dataclass
class StepContext:
    session: Session
    template: SessionTemplate
    step: Step
    read_only: bool = False
    # What was picked or added this evening comes first in every picker;
    # the session screen shares one between its steps.
    recent: RecentChoices = field(default_factory=RecentChoices)
    # Where forms keep what is typed but not saved (``None``: nowhere).
    drafts: DraftBox | None = None
