"""``cocreatie archive init|migrate|roles|get|history``: set up and read the archive."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cocreatie.cli.errors import CliError
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

if TYPE_CHECKING:
    import psycopg

ORDER = 58


def register(subparsers: Subparsers) -> None:
    from cocreatie.cli.parser import add_global_options

    parser = subparsers.add_parser(
        "archive",
        help=t("archive.cli.archive_help"),
        description=t("archive.cli.archive_description"),
    )
    actions = parser.add_subparsers(
        title=t("cli.help.commands"), metavar=t("cli.metavar.command"), dest="archive_command"
    )
    actions.required = True
    init = actions.add_parser("init", help=t("archive.cli.init_help"))
    init.add_argument("url", metavar="URL", help=t("archive.cli.url"))
    init.add_argument("--roles", action="store_true", help=t("archive.cli.roles_flag"))
    init.set_defaults(handler=run_init)
    migrate = actions.add_parser("migrate", help=t("archive.cli.migrate_help"))
    migrate.add_argument("url", metavar="URL", help=t("archive.cli.url"))
    migrate.set_defaults(handler=run_migrate)
    roles = actions.add_parser("roles", help=t("archive.cli.roles_help"))
    roles.set_defaults(handler=run_roles)
    get = actions.add_parser("get", help=t("archive.cli.get_help"))
    get.add_argument("url", metavar="URL", help=t("archive.cli.url"))
    get.add_argument("session", metavar=t("cli.metavar.session"), help=t("cli.option.session"))
    get.add_argument("--version", type=int, metavar="N", help=t("archive.cli.version"))
    get.add_argument(
        "-o", "--output", type=Path, metavar=t("cli.metavar.path"), help=t("cli.export.output")
    )
    get.set_defaults(handler=run_get)
    history = actions.add_parser("history", help=t("archive.cli.history_help"))
    history.add_argument("url", metavar="URL", help=t("archive.cli.url"))
    history.add_argument("session", metavar=t("cli.metavar.session"), help=t("cli.option.session"))
    history.set_defaults(handler=run_history)
    for sub in (init, migrate, roles, get, history):
        add_global_options(sub, on_command=True)


def _connect(url: str) -> psycopg.Connection[Any]:
    from cocreatie.archive.driver import connect

    return connect(url)


def run_init(args: argparse.Namespace) -> int:
    from cocreatie.archive import schema
    from cocreatie.archive.urls import mask

    with _connect(args.url) as conn:
        found = _guarded(args.url, schema.current_version, conn)
        if found:
            print(t("archive.cli.exists", url=mask(args.url), version=found))
        else:
            _guarded(args.url, schema.migrate, conn)
            print(t("archive.cli.created", url=mask(args.url), version=schema.LATEST))
        if args.roles:
            _guarded(args.url, schema.create_roles, conn)
            print(t("archive.cli.roles_created"))
        elif not _guarded(args.url, schema.roles_exist, conn):
            print(t("archive.cli.no_roles"))
        if found and found < schema.LATEST:
            print(t("archive.error.older_schema", found=found, known=schema.LATEST))
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    from cocreatie.archive import schema
    from cocreatie.archive.urls import mask

    with _connect(args.url) as conn:
        found = _guarded(args.url, schema.current_version, conn)
        if not found:
            raise CliError(t("archive.error.not_initialised"))
        applied = _guarded(args.url, schema.migrate, conn)
    if applied:
        print(t("archive.cli.migrated", url=mask(args.url), old=found, new=applied[-1]))
    else:
        print(t("archive.cli.up_to_date", url=mask(args.url), version=found))
    return 0


def run_roles(args: argparse.Namespace) -> int:
    from cocreatie.archive.schema import roles_sql

    sys.stdout.write(roles_sql())
    return 0


def run_get(args: argparse.Namespace) -> int:
    from cocreatie.archive import query
    from cocreatie.archive.record import record_bytes
    from cocreatie.store.atomic import atomic_write_bytes

    with _connect(args.url) as conn:
        session_id = query.resolve(conn, args.url, args.session)
        record = query.version_record(conn, args.url, session_id, args.version)
    data = record_bytes(record)
    if args.output is None:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:
            sys.stdout.write(data.decode("utf-8"))
        else:
            buffer.write(data)
            buffer.flush()
        return 0
    atomic_write_bytes(args.output, data)
    print(t("cli.export.written", path=args.output))
    return 0


def run_history(args: argparse.Namespace) -> int:
    from cocreatie.archive import query

    with _connect(args.url) as conn:
        session_id = query.resolve(conn, args.url, args.session)
        versions = query.history(conn, args.url, session_id)
    print(t("archive.cli.history_title", id=session_id))
    for v in versions:
        parent = v.parent if v.parent is not None else "-"
        line = t(
            "archive.cli.history_line",
            version=v.version,
            parent=parent,
            publisher=v.publisher,
            when=v.published_at.astimezone().strftime("%d-%m-%Y %H:%M"),
            hash=v.content_hash[:12],
        )
        if v.conflicts_with is not None:
            line += " " + t("archive.cli.history_conflict", other=v.conflicts_with)
        print(line)
    return 0


def _guarded(url: str, function: Any, conn: psycopg.Connection[Any]) -> Any:
    """Run ``function(conn)``; a driver error becomes one archive error line."""
    from cocreatie.archive.driver import load_driver, translate

    try:
        return function(conn)
    except load_driver().Error as exc:
        raise translate(exc, url) from None
