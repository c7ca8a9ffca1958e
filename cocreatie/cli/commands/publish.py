"""``cocreatie publish SESSION | --pending``: send sessions to the shared archive.

Exit status 0 when everything reached the archive without conflict, 1 when
something needs attention (a conflict was recorded, or a session waits in
the outbox), 2 for a user error (nothing sent, nothing queued).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cocreatie.cli import context
from cocreatie.cli.errors import CliError
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

if TYPE_CHECKING:
    from cocreatie.archive.publish import Outcome

ORDER = 52
ATTENTION = 1


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "publish",
        help=t("archive.cli.publish_help"),
        description=t("archive.cli.publish_description"),
    )
    parser.add_argument(
        "session", nargs="?", metavar=t("cli.metavar.session"), help=t("cli.option.session")
    )
    parser.add_argument("--to", metavar="URL", help=t("archive.cli.to"))
    parser.add_argument("--names", action="store_true", help=t("archive.cli.names"))
    parser.add_argument("--pending", action="store_true", help=t("archive.cli.pending"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.pending == bool(args.session):
        raise CliError(t("archive.cli.session_or_pending"))
    if args.pending and args.names:
        raise CliError(t("archive.cli.names_with_pending"))
    from cocreatie.archive import messages, urls
    from cocreatie.archive.driver import load_driver
    from cocreatie.archive.publish import publish_session, send_pending

    load_driver()  # before anything else: without it, say how to install it
    folder = context.data_dir(args)
    if args.pending:
        report = send_pending(folder, args.to or None)
        for outcome in report.outcomes:
            for line in messages.lines(outcome):
                print(line)
        for path in report.unreadable:
            print(t("archive.publish.unreadable", path=path))
        print(messages.pending_summary(report))
        return ATTENTION if report.waiting or _conflicts(report.outcomes) else 0
    url = urls.resolve(args.to)
    with context.repository(args).open(args.session, read_only=True) as opened:
        session = opened.session
    if args.names:
        from cocreatie.archive.record import consenting_residents

        named = len(consenting_residents(session))
        residents = sum(p.is_resident for p in session.participants)
        print(t("archive.publish.names", named=named, others=residents - named))
    outcome = publish_session(session, folder, url, with_names=args.names)
    for line in messages.lines(outcome):
        print(line)
    if outcome.kind == "queued":
        from cocreatie.archive import outbox

        print(t("archive.publish.waiting", count=outbox.count(folder)))
    return ATTENTION if outcome.kind in ("queued", "conflict") else 0


def _conflicts(outcomes: Sequence[Outcome]) -> bool:
    return any(o.kind == "conflict" for o in outcomes)
