"""``cocreatie demo``: the Molenbuurt example session, made once and then reused."""

from __future__ import annotations

import argparse

from cocreatie import demo
from cocreatie.cli import context
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t
from cocreatie.store.paths import DataLayout

ORDER = 20

# The demo's id, spelt out here so that starting an existing demo does not
# load cocreatie.demo's modules (it builds the record with pydantic, a quarter
# second before the first screen). tests/cli/test_cli_startup.py checks it.
DEMO_ID = "molenbuurt-demo"


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "demo", help=t("cli.demo.help"), description=t("cli.demo.description")
    )
    parser.add_argument("--no-ui", action="store_true", help=t("cli.demo.no_ui"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    session_id = DEMO_ID
    if not DataLayout(context.data_dir(args)).has_session(DEMO_ID):
        session_id = demo.ensure_demo(context.repository(args))
    if args.no_ui:
        print(session_id)
        return 0
    return context.run_tui(args, session_id)
