"""Outcomes of a publish in words, for the command line and the TUI alike."""

from __future__ import annotations

from typing import Any

from cocreatie.archive.publish import Outcome, PendingReport
from cocreatie.i18n import t

# A conflict can touch a whole session; the first lines tell the story.
MAX_DIFFERENCES = 25


def headline(outcome: Outcome) -> str:
    """One line: what happened to this session."""
    params: dict[str, Any] = {
        "title": outcome.title,
        "id": outcome.session_id,
        "version": outcome.version,
    }
    if outcome.kind == "queued":
        return t("archive.publish.queued", reason=outcome.reason, **params)
    if outcome.kind == "conflict" and outcome.conflict is not None:
        return t(
            "archive.publish.conflict",
            other=outcome.conflict.other_version,
            publisher=outcome.conflict.other_publisher,
            **params,
        )
    return t(f"archive.publish.{outcome.kind}", **params)


def lines(outcome: Outcome) -> list[str]:
    """The headline and, for a conflict, what it means and which fields differ."""
    text = [headline(outcome)]
    conflict = outcome.conflict
    if outcome.kind != "conflict" or conflict is None:
        return text
    when = conflict.other_published_at.astimezone().strftime("%d-%m-%Y %H:%M")
    parent = (
        t("archive.publish.parent", version=outcome.parent)
        if outcome.parent is not None
        else t("archive.publish.no_parent")
    )
    text.append(
        t(
            "archive.publish.conflict_detail",
            version=outcome.version,
            other=conflict.other_version,
            publisher=conflict.other_publisher,
            when=when,
            parent=parent,
        )
    )
    if not conflict.differences:
        text.append("  " + t("archive.publish.no_differences"))
        return text
    text.append(
        t("archive.publish.differences", version=outcome.version, other=conflict.other_version)
    )
    text += [f"  - {d.line()}" for d in conflict.differences[:MAX_DIFFERENCES]]
    rest = len(conflict.differences) - MAX_DIFFERENCES
    if rest > 0:
        text.append("  " + t("archive.publish.more_differences", count=rest))
    return text


def pending_summary(report: PendingReport) -> str:
    sent = sum(o.kind != "queued" for o in report.outcomes)
    return t("archive.publish.pending_summary", sent=sent, waiting=report.waiting)
