"""New sessions, and follow-up sessions ("terugkomsessie") that start from
an earlier one.

No Textual, no IO in ``start``; ``create`` adds the one store call the
screens and the command line (``cocreatie new``) share.
"""

from cocreatie.followup.candidates import follow_up_candidates
from cocreatie.followup.create import create_follow_up, create_session, fresh_session
from cocreatie.followup.start import carried_from, parse_carried_from, start_follow_up

__all__ = [
    "carried_from",
    "create_follow_up",
    "create_session",
    "follow_up_candidates",
    "fresh_session",
    "parse_carried_from",
    "start_follow_up",
]
