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
from cocreatie.cli.parser import Subparsers
from cocreatie.export.formats import UnknownFormatError, by_extension, by_name, format_names
from cocreatie.i18n import t
from cocreatie.store.atomic import atomic_write_bytes
from cocreatie.store.errors import save_error

if TYPE_CHECKING:
    from cocreatie.export.formats import ExportFormat
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
        help=t("cli.export.format", formats=", ".join(format_names()), default=DEFAULT_FORMAT),
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar=t("cli.metavar.path"), help=t("cli.export.output")
    )
    parser.add_argument("--names", action="store_true", help=t("cli.export.names"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    fmt = chosen_format(args.fmt, args.output)
    if args.output is None and fmt.binary and sys.stdout.isatty():
        raise CliError(t("cli.export.binary_to_terminal", fmt=fmt.name, ext=fmt.extension))
    folder = context.data_dir(args)
    with context.repository(args).open(args.session, read_only=True) as opened:
        session = opened.session
    # --lang names the language of everything the command writes, the plan
    # included; without it the plan keeps the session's own language.
    data = render(
        session, fmt.name, folder, with_names=args.names, lang=getattr(args, "lang", None)
    )
    if fmt.name == "json":
        # The record for `import` on another laptop: with the archive versions
        # it derives from, so its next publish there knows its parent.
        from cocreatie.archive.travel import attach  # start-up: only for json

        data = attach(data, folder, session.id)
    if args.output is None:
        _to_stdout(data)
        return 0
    write_export(args.output, data)
    print(t("cli.export.written", path=args.output))
    return 0


def chosen_format(fmt: str | None, output: Path | None) -> ExportFormat:
    """The format to write: ``--format``, else the extension of ``-o``, else md.

    An extension that is not a format is refused rather than ignored: a file
    called plan.pdf holding Markdown is a broken promise to whoever opens it.
    """
    choices = ", ".join(format_names())
    try:
        wanted = by_name(fmt) if fmt else None
    except UnknownFormatError:
        raise CliError(t("cli.export.unknown_format", fmt=fmt, formats=choices)) from None
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    found = by_extension(output) if output is not None and suffix else None
    if suffix and found is None:
        raise CliError(t("cli.export.unknown_extension", suffix=suffix, formats=choices))
    if wanted is not None and found is not None and found is not wanted:
        raise CliError(t("cli.export.extension_mismatch", suffix=suffix, fmt=wanted.name))
    return wanted or found or by_name(DEFAULT_FORMAT)


def write_export(path: Path, data: bytes) -> None:
    """Write atomically and privately (0o600: an export with names is
    personal data); a failure names ``path``, never the temporary file."""
    if path.is_dir():
        raise CliError(t("cli.export.is_dir", path=path))
    if not path.parent.is_dir():
        raise CliError(t("cli.export.no_folder", folder=path.parent, path=path))
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise save_error(path, exc) from None


def render(
    session: Session, fmt: str, folder: Path, *, with_names: bool, lang: str | None = None
) -> bytes:
    # start-up: see cli/commands/__init__.py
    from cocreatie.export import render as render_export

    template = context.template_of(session, folder)
    return render_export(session, template, fmt, with_names=with_names, data_dir=folder, lang=lang)


def _to_stdout(data: bytes) -> None:
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a replaced stream without bytes underneath: text only
        sys.stdout.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()
