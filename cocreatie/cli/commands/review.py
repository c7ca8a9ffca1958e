"""``cocreatie review [SESSION...]``: the coordinator's review in the TUI.

One session opens its action plan; none or several open the overview of
all actions (limited to the sessions named).
"""

from __future__ import annotations

import argparse

from cocreatie.cli import context
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

ORDER = 55


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "review", help=t("review.cli.review_help"), description=t("review.cli.review_description")
    )
    parser.add_argument(
        "sessions",
        nargs="*",
        metavar=t("cli.metavar.session"),
        help=t("review.cli.review_sessions"),
    )
    parser.add_argument("--from", dest="source", metavar="URL", help=t("archive.cli.from"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.source:
        return _run_from_archive(args)
    repository = context.repository(args)
    # Resolve before the UI starts: a typo is one line here, not a full screen.
    ids = list(dict.fromkeys(repository.resolve(ref) for ref in args.sessions))
    # start-up: see cli/commands/__init__.py
    from cocreatie.app.review_app import ReviewApp

    ReviewApp(repository.data_dir, ids).run()
    return 0


def _run_from_archive(args: argparse.Namespace) -> int:
    # start-up: see cli/commands/__init__.py
    from cocreatie.app.review_app import ReviewApp
    from cocreatie.archive.source import ArchiveSource
    from cocreatie.archive.views import resolve_all

    # Resolve (and so reach the archive) before the UI starts: an unknown
    # session or an unreachable server is one line here.
    ids = resolve_all(args.source, args.sessions)

    ReviewApp(context.data_dir(args), ids, source=ArchiveSource(args.source)).run()
    return 0
