"""Derived views of a session (comparison, warnings, step states); pure
functions, no IO.

The names load on first use (see ``cocreatie.lazy``): the step list draws
step states on the first screen, before pydantic is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreatie.lazy import lazy_exports

_WHERE = {
    "FactorComparison": "comparison",
    "compare_factors": "comparison",
    "side_of": "comparison",
    "SessionWarning": "warnings",
    "accountable_counts": "warnings",
    "session_warnings": "warnings",
    "StepState": "step_states",
    "StepStatus": "step_states",
    "step_statuses": "step_states",
}

__getattr__ = lazy_exports(__name__, _WHERE)

if TYPE_CHECKING:
    from cocreatie.analysis.comparison import FactorComparison, compare_factors, side_of
    from cocreatie.analysis.step_states import StepState, StepStatus, step_statuses
    from cocreatie.analysis.warnings import SessionWarning, accountable_counts, session_warnings

__all__ = [
    "FactorComparison",
    "SessionWarning",
    "StepState",
    "StepStatus",
    "accountable_counts",
    "compare_factors",
    "session_warnings",
    "side_of",
    "step_statuses",
]
