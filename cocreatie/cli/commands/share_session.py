"""``cocreatie share SESSION --no-ui``: let phones take part, without the TUI.

Holds the session (its lock) like the TUI does, prints the participants'
address with the join code as the first line of stdout, serves until
SIGTERM or SIGINT, then saves and exits 0 (1 when the last save failed).
"""

from __future__ import annotations

import argparse
import sys

from cocreatie.cli import context
from cocreatie.cli.errors import CliError
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

ORDER = 12
MAX_PORT = 65535


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "share", help=t("cli.share.help"), description=t("cli.share.description")
    )
    parser.add_argument("session", metavar=t("cli.metavar.session"), help=t("cli.option.session"))
    parser.add_argument("--host", metavar=t("cli.share.host_metavar"), help=t("cli.share.host"))
    parser.add_argument("--port", metavar=t("cli.share.port_metavar"), help=t("cli.share.port"))
    parser.add_argument("--code", metavar=t("cli.share.code_metavar"), help=t("cli.share.code"))
    parser.add_argument("--no-ui", action="store_true", help=t("cli.share.no_ui"))
    parser.set_defaults(handler=run)


def _port(text: str | None) -> int:
    if text is None:
        return 0
    if not text.isdigit() or int(text) > MAX_PORT:
        raise CliError(t("cli.share.bad_port", port=text))
    return int(text)


def run(args: argparse.Namespace) -> int:
    # start-up: see cli/commands/__init__.py
    import asyncio

    from cocreatie.live.opening import prepare_live
    from cocreatie.web.codes import valid_code
    from cocreatie.web.headless import serve
    from cocreatie.web.host import ShareError

    port = _port(args.port)
    if args.code is not None and not valid_code(args.code):
        raise CliError(t("cli.share.bad_code", code=args.code))
    if not args.no_ui:
        raise CliError(t("cli.share.needs_no_ui"))
    session_id = context.resolve(args, args.session)
    opened = context.repository(args).open(session_id)
    live, problem = prepare_live(opened, context.data_dir(args))
    if problem:
        print(f"cocreatie: {problem}", file=sys.stderr)
    try:
        asyncio.run(serve(live, host=args.host, port=port, code=args.code, out=sys.stdout))
    except ShareError as exc:
        live.close()
        raise CliError(t("cli.share.cannot_listen", port=port, detail=exc.detail)) from exc
    except BaseException:
        live.close()
        raise
    if not live.close():
        print(f"cocreatie: {t('cli.share.not_saved')}", file=sys.stderr)
        return 1
    return 0
