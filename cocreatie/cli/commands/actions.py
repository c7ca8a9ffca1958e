"""``cocreatie actions``: every action of every session, on standard output.

With ``--owner``, an explicit ``--format md`` or ``--format pdf`` makes a
letter to that owner instead of the table: their actions across all sessions,
ready to mail. Without ``--format`` the command prints the Markdown table, so
``actions --owner X`` stays the filter it always was (also over ``--from``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie.cli import context
from cocreatie.cli.commands.export_session import write_export
from cocreatie.cli.errors import CliError
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import current_language, t
from cocreatie.models import ActionStatus

if TYPE_CHECKING:
    from cocreatie.export.overview import OverviewRow

ORDER = 56
FORMATS = ("md", "csv", "pdf")
LETTER_FORMATS = ("md", "pdf")


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
        "--format", "-f", dest="fmt", choices=FORMATS, default=None, help=t("review.cli.format")
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar=t("cli.metavar.path"), help=t("review.cli.output")
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
    letter = bool(flt.owner) and args.fmt in LETTER_FORMATS
    if args.fmt is None:
        args.fmt = "md"
    _check_letter(args, letter)
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
    if skipped and (letter or args.fmt == "csv"):
        # The table or the letter stays clean; the warning goes beside it.
        print(_skipped_line(skipped), file=sys.stderr)
    if letter:
        data = _letter(args, rows, flt.owner, today)
    elif args.fmt == "csv":
        data = overview_csv(rows, today=today).encode("utf-8")
    else:
        text = overview_markdown(rows, total=total, flt=flt, skipped=skipped, today=today)
        data = text.encode("utf-8")
    if args.output is not None:
        write_export(args.output, data)
        print(t("cli.export.written", path=args.output))
    else:
        _write(data)
    return 0


def _check_letter(args: argparse.Namespace, letter: bool) -> None:
    if args.fmt == "pdf" and not letter:
        raise CliError(t("review.cli.pdf_needs_owner"))
    if letter and args.source:
        # The archive keeps neither how residents notice nor how to reach
        # the contact person: a letter from it would leave out half.
        raise CliError(t("review.cli.letter_from_folder"))
    if args.fmt == "pdf" and args.output is None and sys.stdout.isatty():
        raise CliError(t("cli.export.binary_to_terminal", fmt="pdf", ext="pdf"))


def _letter(args: argparse.Namespace, rows: list[OverviewRow], owner: str, today: dt.date) -> bytes:
    # start-up: see cli/commands/__init__.py (Jinja2 and Typst load only for a letter)
    from cocreatie.export.letter import build_letter, letter_markdown, letter_pdf

    letter = build_letter(rows, owner, current_language(), today)
    if not letter.actions:
        raise CliError(t("export.letter.none", owner=owner))
    folder = context.data_dir(args)
    if args.fmt == "pdf":
        return letter_pdf(letter, folder)
    return letter_markdown(letter, folder).encode("utf-8")


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
