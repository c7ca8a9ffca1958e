"""What every step view gets: the live record, its template, and whether
the session was opened read-only."""

from __future__ import annotations

from dataclasses import dataclass

from cocreatie.models import Session
from cocreatie.templating.model import SessionTemplate, Step


@dataclass
class StepContext:
    session: Session
    template: SessionTemplate
    step: Step
    read_only: bool = False
