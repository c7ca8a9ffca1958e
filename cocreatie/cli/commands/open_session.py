"""``cocreatie open SESSION``: open a session in the TUI."""

from __future__ import annotations

import argparse

from cocreatie.cli import context
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

ORDER = 10


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "open", help=t("cli.open.help"), description=t("cli.open.description")
    )
    parser.add_argument("session", metavar=t("cli.metavar.session"), help=t("cli.option.session"))
    parser.add_argument("--read-only", action="store_true", help=t("cli.open.read_only"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Resolve before starting the UI: a typo should be one line here, not a
    # full-screen error.
    session_id = context.resolve(args, args.session)
    return context.run_tui(args, session_id, read_only=args.read_only)
