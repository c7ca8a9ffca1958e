"""What every command needs: the data folder, the repository, a template.

The store is imported here, never at module level of ``main``, so that
``cocreatie --help`` stays quick.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie import templating
from cocreatie.i18n import current_language
from cocreatie.store.paths import DataLayout, resolve_data_dir

if TYPE_CHECKING:
    from cocreatie.models import Session
    from cocreatie.store.repository import SessionRepository
    from cocreatie.templating import SessionTemplate


def data_dir(args: argparse.Namespace) -> Path:
    """``--data-dir`` beats ``$COCREATIE_DATA_DIR`` beats ``./sessions``."""
    return resolve_data_dir(getattr(args, "data_dir", None))


def repository(args: argparse.Namespace) -> SessionRepository:
    from cocreatie.store.repository import SessionRepository  # start-up: pydantic

    return SessionRepository(data_dir(args))


def resolve(args: argparse.Namespace, ref: str) -> str:
    """The session id ``ref`` names. File names suffice, so this needs no
    pydantic: commands that start the UI stay quick to start."""
    return DataLayout(data_dir(args)).resolve(ref)


def language(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or current_language()


def template_of(session: Session, folder: Path) -> SessionTemplate:
    """The template the session was made with (the data folder's copy wins)."""
    return templating.load_template(session.meta.template_id, folder)


def run_tui(args: argparse.Namespace, session_id: str | None, read_only: bool = False) -> int:
    from cocreatie.app import run_tui as start  # start-up: only the UI needs Textual

    return start(data_dir(args), session_id, read_only=read_only, lang=language(args))
