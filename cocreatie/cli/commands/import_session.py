"""``cocreatie import FILE.json``: add a session from an export or another laptop."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie.cli import context
from cocreatie.cli.errors import CliError
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t
from cocreatie.models.clock import now
from cocreatie.models.ids import new_session_id
from cocreatie.store.errors import save_error

if TYPE_CHECKING:
    from cocreatie.store.repository import SessionRepository

ORDER = 40


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import", help=t("cli.import.help"), description=t("cli.import.description")
    )
    parser.add_argument("file", type=Path, metavar=t("cli.metavar.file"), help=t("cli.import.file"))
    parser.add_argument("--new-id", action="store_true", help=t("cli.import.new_id"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # start-up: see cli/commands/__init__.py
    from cocreatie.archive import bases, travel
    from cocreatie.cli.record_json import read_json_file
    from cocreatie.privacy.retention import ensure_retention
    from cocreatie.store.errors import InvalidRecordError
    from cocreatie.store.messages import join_reasons
    from cocreatie.store.records import read_foreign

    # Everything is checked before the repository writes anything, so a
    # refused file leaves the data folder as it was.
    record = read_json_file(args.file)
    try:
        versions = travel.take(record)
    except travel.BadVersionsError:
        raise CliError(t("archive.error.bad_versions", path=args.file, key=travel.KEY)) from None
    try:
        session = read_foreign(record)
    except InvalidRecordError as exc:
        reasons = join_reasons(exc.errors)
        raise CliError(t("cli.import.invalid", path=args.file, reasons=reasons)) from None
    repository = context.repository(args)
    if args.new_id:
        session = session.model_copy(update={"id": _free_id(repository), "created": now()})
    elif repository.exists(session.id):
        # Never overwrite: the session here may hold newer work than the file.
        raise CliError(t("cli.import.exists", id=session.id))
    # Privacy: a record from elsewhere may predate retention dates.
    folder = context.data_dir(args)
    ensure_retention(session, folder)
    if not args.new_id:
        # Before the session, so a failure leaves nothing imported; a copy
        # under a new id is another session for the archive.
        try:
            travel.restore(folder, session.id, versions)
        except OSError as exc:
            raise save_error(bases.path_of(folder, session.id), exc) from None
    repository.create(session).close()
    print(t("cli.import.done", id=session.id, title=session.meta.title))
    return 0


def _free_id(repository: SessionRepository) -> str:
    candidate = new_session_id()
    while repository.exists(candidate):
        candidate = new_session_id()
    return candidate
