"""``cocreatie new --template ID [--previous SESSION] [--title TEXT]``.

Starts a session from a template, or a follow-up of an earlier session, and
prints the new id on stdout: scripts (and tests) can build a follow-up and
then export it or list its actions without opening the TUI.
"""

from __future__ import annotations

import argparse

from cocreatie.cli import context
from cocreatie.cli.errors import CliError
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

ORDER = 15


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "new", help=t("cli.new.help"), description=t("cli.new.description")
    )
    parser.add_argument("--template", required=True, metavar="ID", help=t("cli.new.template"))
    parser.add_argument(
        "--previous", metavar=t("cli.metavar.session"), default=None, help=t("cli.new.previous")
    )
    parser.add_argument(
        "--title", metavar=t("cli.new.title_metavar"), default=None, help=t("cli.new.title")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # start-up: see cli/commands/__init__.py
    from cocreatie.followup import create_session
    from cocreatie.models import SessionMeta
    from cocreatie.templating import load_template

    folder = context.data_dir(args)
    template = load_template(args.template, folder)
    if template.requires_previous and not args.previous:
        raise CliError(t("cli.new.needs_previous", id=template.id))
    title = args.title
    if title is not None:
        # Checked before anything is read or written: a bad title is one line.
        title = SessionMeta(title=title).title
    repository = context.repository(args)
    previous = repository.resolve(args.previous) if args.previous else None
    with create_session(repository, template, title, previous) as opened:
        print(opened.session.id)
    return 0
