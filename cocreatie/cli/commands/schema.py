"""``cocreatie schema``: the JSON Schema of the session record."""

from __future__ import annotations

import argparse
import json

from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

ORDER = 60


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "schema", help=t("cli.schema.help"), description=t("cli.schema.description")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # start-up: see cli/commands/__init__.py
    from cocreatie.models import Session

    print(json.dumps(Session.model_json_schema(), indent=2, ensure_ascii=False))
    return 0
