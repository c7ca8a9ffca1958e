"""Follow-up sessions ("terugkomsessie"): start one from an earlier session.

No Textual, no IO in ``start``; ``create`` adds the one store call the
screens and the command line need.
"""

from cocreatie.followup.candidates import follow_up_candidates
from cocreatie.followup.create import create_follow_up
from cocreatie.followup.start import carried_from, parse_carried_from, start_follow_up

__all__ = [
    "carried_from",
    "create_follow_up",
    "follow_up_candidates",
    "parse_carried_from",
    "start_follow_up",
]
