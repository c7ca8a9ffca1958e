"""The part of a session a plan or an export shows.

Hidden items and merged duplicates stay in the record (nothing a
participant sent is thrown away) but no plan or export shows them. Removing
them from a copy with the session's own methods keeps the copy whole: the
dots, roles and actions that pointed at them go the way a removal takes
them (a merged wish's have already moved to the wish it went into).
"""

from __future__ import annotations

from cocreatie.models.session import Session
from cocreatie.models.wish import Wish


def visible_part(session: Session) -> Session:
    """``session`` itself when nothing is hidden, otherwise a trimmed copy."""
    hidden_wishes = [w.id for w in session.wishes if not w.shown]
    hidden_said = [c.id for c in session.veiligheid.contributions if not c.shown]
    if not hidden_wishes and not hidden_said:
        return session
    copy = session.model_copy()
    for wish_id in hidden_wishes:
        copy.remove(Wish, wish_id)
    for contribution_id in hidden_said:
        # A duplicate merged into another hidden one may be gone already.
        if any(c.id == contribution_id for c in copy.veiligheid.contributions):
            copy.remove_contribution(contribution_id)
    # The copy states when the record last changed, not when it was trimmed.
    copy.updated = session.updated
    return copy
