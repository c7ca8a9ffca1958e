"""One entry point for every export format, and writing exports to files.

The formats themselves are the modules of ``cocreatie.export.formats``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie.export.formats import Rendering, by_name
from cocreatie.store.atomic import atomic_write_bytes
from cocreatie.store.paths import ensure_private_dir

if TYPE_CHECKING:
    from cocreatie.models import Session
    from cocreatie.templating import SessionTemplate

EXPORTS_FOLDER = "exports"
_SLUG_MAX = 40


def render(
    session: Session,
    template: SessionTemplate,
    fmt: str,
    *,
    with_names: bool = False,
    data_dir: Path | None = None,
    lang: str | None = None,
) -> bytes:
    """The export of ``session`` in ``fmt`` (a name from the registry), as UTF-8.

    ``lang`` is the language of the plan's own words (headings, labels,
    status words, dates); by default the session's language. Texts the
    template provides (factor names, role labels) stay as the template has
    them. Pure apart from reading the layout files (the data folder's copies
    win) and the clock's today: the plan states the day it was made and
    judges lateness as of that day (freeze ``cocreatie.models.clock`` in
    tests). The same session on the same day gives the same bytes.
    Raises ``UnknownFormatError``, and ``TemplateError`` for a broken layout.
    """
    job = Rendering(session, template, with_names=with_names, data_dir=data_dir, lang=lang)
    return by_name(fmt).render(job)


def export_to_file(
    session: Session,
    template: SessionTemplate,
    fmt: str,
    path: Path,
    with_names: bool = False,
    data_dir: Path | None = None,
) -> Path:
    """Render and write atomically: ``path`` holds the old or the new export,
    never half of one. Missing folders are created (private, 0o700)."""
    data = render(session, template, fmt, with_names=with_names, data_dir=data_dir)
    path = Path(path)
    ensure_private_dir(path.parent)
    atomic_write_bytes(path, data)
    return path


def default_export_path(data_dir: Path, session: Session, fmt: str) -> Path:
    """``<data dir>/exports/<date>-<neighbourhood>-<id>.<extension>``."""
    when = session.meta.date or session.created.date()
    slug = slugify(session.meta.neighbourhood) or slugify(session.meta.title) or "sessie"
    name = f"{when.isoformat()}-{slug}-{session.id}.{by_name(fmt).extension}"
    return Path(data_dir) / EXPORTS_FOLDER / name


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:_SLUG_MAX].rstrip("-")
