"""What the home screen must tell the facilitator about the data folder.

Sessions kept past their retention date, a data folder that a cloud client
seems to sync, and own templates that cannot be used. Gathering these reads
the disk (template files, symbolic links), so the home screen calls
``folder_notices`` from its listing worker. ``privacy`` and ``templating``
load their functions on first use (``cocreatie.lazy``), in that worker.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path

from cocreatie import privacy, templating
from cocreatie.archive import outbox
from cocreatie.i18n import t
from cocreatie.store import SessionSummary

log = logging.getLogger(__name__)
PENDING_SYMBOL = "⇡"

# Marks a session past its retention date, in the notices and the session list.
EXPIRED_SYMBOL = "◷"


def expired_ids(summaries: Sequence[SessionSummary], today: dt.date) -> frozenset[str]:
    """The sessions past their retention date (pure: no disk)."""
    return frozenset(s.id for s in privacy.expired_sessions(summaries, today))


def folder_notices(data_dir: Path, expired: int) -> list[str]:
    """The notice lines: cloud folder, sessions past retention, sessions
    waiting to be published, broken own templates. Reads the disk: call from
    a worker."""
    lines: list[str] = []
    hint = privacy.cloud_sync_hint(data_dir)
    if hint:
        lines.append("! " + _one_line(hint))
    if expired:
        lines.append(f"{EXPIRED_SYMBOL} " + _one_line(t("privacy.expired.notice", count=expired)))
    pending = outbox.count(data_dir)
    if pending:
        lines.append(f"{PENDING_SYMBOL} " + _one_line(t("archive.tui.pending", count=pending)))
    return lines + template_problems(data_dir)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def template_problems(data_dir: Path) -> list[str]:
    """One line per own template file that cannot be used (reads the files)."""
    try:
        problems: Sequence[templating.TemplateError] = templating.scan_templates(data_dir).problems
    except OSError as error:  # the templates folder itself is unreadable
        log.warning("templates unreadable: %s", error)
        return []
    return [describe_problem(p.source, p.messages, data_dir) for p in problems]


def describe_problem(source: str, messages: Sequence[str], data_dir: Path) -> str:
    """The first reason, naming the file inside the data folder; how many more."""
    shown = _relative(source, data_dir)
    first = messages[0].replace(source, shown) if messages else shown
    line = t("ui.home.template_problem", message=first)
    if len(messages) > 1:
        line += " " + t("ui.home.template_problem_more", count=len(messages) - 1)
    return line


def _relative(source: str, data_dir: Path) -> str:
    path = Path(source)
    if not path.is_relative_to(data_dir):
        return source  # a shipped template, named by its package path
    return str(path.relative_to(data_dir))
