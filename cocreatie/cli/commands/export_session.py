"""``cocreatie export SESSION --format FMT``: the record or the plan as a file.

Every format comes from ``cocreatie.export.render`` (the export package owns
what a format looks like, and JSON is what ``cocreatie import`` reads), so a
new format there needs no change here. Residents are pseudonymised unless
``--names`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie.cli import context
from cocreatie.cli.errors import CliError
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t
from cocreatie.store.atomic import atomic_write_bytes

if TYPE_CHECKING:
    from cocreatie.models import Session

ORDER = 50
# The action plan is what people export; JSON is the exchange format for
# `cocreatie import` and must be asked for.
DEFAULT_FORMAT = "md"


def register(subparsers: Subparsers) -> None:
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
        help=t("cli.export.format"),
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar=t("cli.metavar.path"), help=t("cli.export.output")
    )
    parser.add_argument("--names", action="store_true", help=t("cli.export.names"))
    parser.set_defaults(handler=run)


def available_formats() -> tuple[str, ...]:
    # start-up: see cli/commands/__init__.py
    from cocreatie.export import FORMATS

    return FORMATS


def run(args: argparse.Namespace) -> int:
    formats = available_formats()
    fmt = (args.fmt or _format_of(args.output, formats)).lower()
    if fmt not in formats:
        raise CliError(t("cli.export.unknown_format", fmt=args.fmt, formats=", ".join(formats)))
    folder = context.data_dir(args)
    with context.repository(args).open(args.session, read_only=True) as opened:
        session = opened.session
    data = render(session, fmt, folder, with_names=args.names)
    if args.output is None:
        _to_stdout(data)
        return 0
    # Atomic and private (0o600): an export with names is personal data.
    atomic_write_bytes(args.output, data)
    print(t("cli.export.written", path=args.output))
    return 0


def _format_of(output: Path | None, formats: tuple[str, ...]) -> str:
    """Without --format, ``-o plan.html`` means html; otherwise the plan in md."""
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    return suffix if suffix in formats else DEFAULT_FORMAT


def render(session: Session, fmt: str, folder: Path, *, with_names: bool) -> bytes:
    # start-up: see cli/commands/__init__.py
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
