"""``cocreatie demo``: the Molenbuurt example session, made once and then reused."""

from __future__ import annotations

import argparse

from cocreatie.cli import context
from cocreatie.i18n import t

ORDER = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo", help=t("cli.demo.help"), description=t("cli.demo.description")
    )
    parser.add_argument("--no-ui", action="store_true", help=t("cli.demo.no_ui"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cocreatie.demo import ensure_demo

    session_id = ensure_demo(context.repository(args))
    if args.no_ui:
        print(session_id)
        return 0
    return context.run_tui(args, session_id)
