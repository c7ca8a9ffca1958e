"""``cocreatie erase SESSION PARTICIPANT``: the right to erasure, for one person.

The name becomes the pseudonym everywhere in the record, contact details and
consent go, and older copies (backups, trashed or damaged copies, log lines)
are removed. What the person said, wished and voted stays, anonymous.
"""

from __future__ import annotations

import argparse

from cocreatie.cli import context
from cocreatie.cli.errors import CliError, one_line
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

ORDER = 70


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "erase", help=t("privacy.erase.help"), description=t("privacy.erase.description")
    )
    parser.add_argument("session", metavar=t("cli.metavar.session"), help=t("cli.option.session"))
    parser.add_argument(
        "participant", metavar=t("privacy.erase.metavar"), help=t("privacy.erase.participant")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # start-up: see cli/commands/__init__.py
    from cocreatie.privacy.cloud import warn_if_cloud_synced
    from cocreatie.privacy.erase import (
        AmbiguousParticipantError,
        ParticipantNotFoundError,
        erase_person,
        resolve_participant,
    )
    from cocreatie.privacy.scrub import scrub_session_copies, terms_of_participant

    warn_if_cloud_synced(context.data_dir(args))
    repository = context.repository(args)
    with repository.open(args.session) as opened:
        session = opened.session.model_copy(deep=True)
        try:
            person = resolve_participant(session, args.participant)
        except ParticipantNotFoundError as exc:
            raise CliError(
                t("privacy.erase.not_found", ref=one_line(exc.ref), session=session.id)
            ) from None
        except AmbiguousParticipantError as exc:
            candidates = ", ".join(f"{p.id} ({p.display_name})" for p in exc.candidates)
            raise CliError(
                t("privacy.erase.ambiguous", ref=one_line(exc.ref), candidates=candidates)
            ) from None
        # Read before erasing: afterwards the record no longer knows them.
        terms = terms_of_participant(person)
        result = erase_person(session, person.id)
        if not result.already:
            opened.save(session)
        report = scrub_session_copies(repository, session.id, terms)
    pseudonym = result.participant.display_name
    key = "privacy.erase.already" if result.already else "privacy.erase.done"
    print(t(key, pseudonym=pseudonym, session=session.id))
    print(t("privacy.erase.copies", backups=report.backups_removed, copies=report.copies_removed))
    if report.drafts_removed:
        print(t("privacy.erase.drafts", count=report.drafts_removed))
    if result.parts_left:
        print(t("privacy.erase.parts_left", count=result.parts_left))
    return 0
