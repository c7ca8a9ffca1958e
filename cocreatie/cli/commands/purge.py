"""``cocreatie purge [--dry-run]``: personal data out once retention has passed.

Lists the sessions whose retention date has gone by, then removes their
personal data and keeps the anonymous plan. ``--dry-run`` only lists and
touches no file. Exit status 1 when a session had to be skipped (open in
another window), so a scheduled run shows up as not done.
"""

from __future__ import annotations

import argparse
import sys

from cocreatie.cli import context
from cocreatie.cli.errors import message_for, one_line
from cocreatie.cli.parser import PROG, Subparsers
from cocreatie.i18n import t

ORDER = 75
SKIPPED = 1


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "purge", help=t("privacy.purge.help"), description=t("privacy.purge.description")
    )
    parser.add_argument("--dry-run", action="store_true", help=t("privacy.purge.dry_run"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # start-up: see cli/commands/__init__.py
    from cocreatie.models.clock import today
    from cocreatie.privacy.cloud import warn_if_cloud_synced
    from cocreatie.privacy.sweep import find_due, purge_session, remove_trashed
    from cocreatie.store.errors import StoreError

    repository = context.repository(args)
    sweep = find_due(repository, today())
    for session_id, problem in sweep.unreadable:
        _warn(t("privacy.purge.unreadable", id=session_id, problem=problem))
    if not sweep.due:
        print(t("privacy.purge.none"))
        return SKIPPED if sweep.unreadable and not args.dry_run else 0
    print(t("privacy.purge.header", count=len(sweep.due)))
    for item in sweep.due:
        title = one_line(item.title)
        if item.trashed is not None:
            title += f" [{t('privacy.purge.in_trash')}]"
        until = item.retention_until.isoformat()
        print(t("privacy.purge.row", id=item.id, date=until, title=title))
    if args.dry_run:
        print(t("privacy.purge.dry_run_note"))
        return 0
    warn_if_cloud_synced(context.data_dir(args))
    done, skipped = 0, len(sweep.unreadable)
    for item in sweep.due:
        try:
            if item.trashed is not None:
                remove_trashed(repository, item)
            elif purge_session(repository, item.id, today()) is None:
                continue
        except (StoreError, OSError) as exc:
            reason = message_for(exc) or str(exc)
            _warn(t("privacy.purge.skipped", id=item.id, reason=reason))
            skipped += 1
            continue
        done += 1
        print(t("privacy.purge.done_one", id=item.id))
    print(t("privacy.purge.summary", count=done))
    return SKIPPED if skipped else 0


def _warn(message: str) -> None:
    print(f"{PROG}: {one_line(message)}", file=sys.stderr)
