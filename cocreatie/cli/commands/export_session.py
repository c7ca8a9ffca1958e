"""``cocreatie export SESSION --format FMT``: the record or the plan as a file.

Every format comes from the registry ``cocreatie.export.formats`` (the
export package owns what a format looks like, and JSON is what ``cocreatie
import`` reads), so a new format there needs no change here. Residents are
pseudonymised unless ``--names`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie.cli import context
from cocreatie.cli.errors import CliError
from cocreatie.export.formats import UnknownFormatError, by_extension, by_name, format_names
from cocreatie.i18n import t
from cocreatie.store.atomic import atomic_write_bytes

if TYPE_CHECKING:
    from cocreatie.export.formats import ExportFormat
    from cocreatie.models import Session

ORDER = 50
# The action plan is what people export; JSON is the exchange format for
# `cocreatie import` and must be asked for.
DEFAULT_FORMAT = "md"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help=t("cli.export.help"), description=t("cli.export.description")
    )
    parser.add_argument("session", metavar=t("cli.metavar.session"), help=t("cli.option.session"))
    parser.add_argument(
        "--format",
        "-f",
        dest="fmt",
        default=None,
        metavar=t("cli.metavar.format"),
        help=t("cli.export.format", formats=", ".join(format_names()), default=DEFAULT_FORMAT),
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar=t("cli.metavar.path"), help=t("cli.export.output")
    )
    parser.add_argument("--names", action="store_true", help=t("cli.export.names"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        fmt = by_name(args.fmt) if args.fmt else _format_of(args.output)
    except UnknownFormatError:
        formats = ", ".join(format_names())
        raise CliError(t("cli.export.unknown_format", fmt=args.fmt, formats=formats)) from None
    folder = context.data_dir(args)
    with context.repository(args).open(args.session, read_only=True) as opened:
        session = opened.session
    data = render(session, fmt.name, folder, with_names=args.names)
    if args.output is None:
        _to_stdout(data)
        return 0
    # Atomic and private (0o600): an export with names is personal data.
    atomic_write_bytes(args.output, data)
    print(t("cli.export.written", path=args.output))
    return 0


def _format_of(output: Path | None) -> ExportFormat:
    """Without --format, ``-o plan.html`` means html; otherwise the plan in md."""
    found = by_extension(output) if output is not None else None
    return found or by_name(DEFAULT_FORMAT)


def render(session: Session, fmt: str, folder: Path, *, with_names: bool) -> bytes:
    # Start-up speed: rendering needs the models and the templates.
    from cocreatie.export import render as render_export

    template = context.template_of(session, folder)
    return render_export(session, template, fmt, with_names=with_names, data_dir=folder)


def _to_stdout(data: bytes) -> None:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stream without bytes underneath: text only
        sys.stdout.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()
