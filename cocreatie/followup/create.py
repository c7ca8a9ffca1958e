"""Start and store a follow-up in one call (for a worker or a command)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreatie.followup.start import start_follow_up
from cocreatie.templating.model import SessionTemplate

if TYPE_CHECKING:
    from cocreatie.store.opensession import OpenSession
    from cocreatie.store.repository import SessionRepository


def create_follow_up(
    repository: SessionRepository,
    previous_ref: str,
    template: SessionTemplate,
    title: str | None = None,
) -> OpenSession:
    """Read ``previous_ref`` (read-only, no lock), store its follow-up, and
    return the new session open for writing. Disk IO: call from a worker.

    Store errors (not found, damaged, newer schema) pass through unchanged
    for the caller to word.
    """
    with repository.open(previous_ref, read_only=True) as previous:
        session = start_follow_up(previous.session, template, title)
    return repository.create(session)
