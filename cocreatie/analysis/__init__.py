"""Derived views of a session (comparison, warnings); pure functions, no IO."""

from cocreatie.analysis.comparison import FactorComparison, compare_factors, side_of
from cocreatie.analysis.warnings import SessionWarning, accountable_counts, session_warnings

__all__ = [
    "FactorComparison",
    "SessionWarning",
    "accountable_counts",
    "compare_factors",
    "session_warnings",
    "side_of",
]
