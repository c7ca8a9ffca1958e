"""``cocreatie actions``: every action of every session, on standard output."""

from __future__ import annotations

import argparse
import sys

from cocreatie.cli import context
from cocreatie.cli.errors import CliError
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t
from cocreatie.models import ActionStatus

ORDER = 56
FORMATS = ("md", "csv")


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "actions",
        help=t("review.cli.actions_help"),
        description=t("review.cli.actions_description"),
    )
    text = t("review.cli.text_metavar")
    parser.add_argument("--owner", metavar=text, default="", help=t("review.cli.owner"))
    parser.add_argument(
        "--status", metavar=t("review.cli.status_metavar"), help=t("review.cli.status")
    )
    parser.add_argument("--overdue", action="store_true", help=t("review.cli.overdue"))
    parser.add_argument(
        "--neighbourhood", metavar=text, default="", help=t("review.cli.neighbourhood")
    )
    parser.add_argument(
        "--format", "-f", dest="fmt", choices=FORMATS, default="md", help=t("review.cli.format")
    )
    parser.add_argument("--from", dest="source", metavar="URL", help=t("archive.cli.from"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # start-up: see cli/commands/__init__.py
    from cocreatie.export.overview import (
        OverviewFilter,
        build_overview,
        overview_csv,
        overview_markdown,
        parse_status,
        status_label,
    )
    from cocreatie.models.clock import today as clock_today
    from cocreatie.store.action_parts import read_actions_parts

    status = None
    if args.status:
        status = parse_status(args.status)
        if status is None:
            choices = ", ".join(status_label(s) for s in ActionStatus)
            raise CliError(t("review.cli.unknown_status", value=args.status, choices=choices))
    flt = OverviewFilter(
        owner=args.owner.strip(),
        status=status,
        neighbourhood=args.neighbourhood.strip(),
        overdue=args.overdue,
    )
    # One day for every row and the header: lateness is as of today.
    today = clock_today()
    if args.source:
        from cocreatie.archive.views import archive_overview  # start-up: only with --from

        # Filtered in the database; rendered as over a folder.
        rows, total = archive_overview(args.source, flt)
        skipped: list[str] = []
    else:
        parts, skipped = read_actions_parts(context.repository(args).layout)
        overview = build_overview(parts, today, skipped=skipped)
        rows, total = overview.filtered(flt), len(overview.rows)
    if args.fmt == "csv":
        text = overview_csv(rows, today=today)
        if skipped:
            # The CSV stays a clean table; the warning goes beside it.
            print(_skipped_line(skipped), file=sys.stderr)
    else:
        text = overview_markdown(rows, total=total, flt=flt, skipped=skipped, today=today)
    _write(text.encode("utf-8"))
    return 0


def _skipped_line(skipped: list[str]) -> str:
    return t("export.overview.skipped", count=len(skipped), ids=", ".join(skipped))


def _write(data: bytes) -> None:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a captured stream in tests: text only
        sys.stdout.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()
