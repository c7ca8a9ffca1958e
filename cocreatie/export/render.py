"""One entry point for every export format, and writing exports to files."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Literal, get_args

from cocreatie.export.clean import clean
from cocreatie.export.record import render_json
from cocreatie.models import Session
from cocreatie.store.atomic import atomic_write_bytes
from cocreatie.store.paths import ensure_private_dir
from cocreatie.templating import SessionTemplate

Format = Literal["md", "html", "csv", "json"]
FORMATS: tuple[str, ...] = get_args(Format)
EXPORTS_FOLDER = "exports"
_SLUG_MAX = 40


class UnknownFormatError(ValueError):
    def __init__(self, fmt: str) -> None:
        super().__init__(fmt)
        self.fmt = fmt


def render(
    session: Session,
    template: SessionTemplate,
    fmt: str,
    *,
    with_names: bool = False,
    data_dir: Path | None = None,
    lang: str | None = None,
) -> bytes:
    """The export of ``session`` in ``fmt`` (md, html, csv, json), as UTF-8.

    ``lang`` is the language of the plan's own words (headings, labels,
    status words, dates); by default the session's language. Texts the
    template provides (factor names, role labels) stay as the template has
    them. Pure apart from reading the layout files (the data folder's copies
    win) and the clock's today: the plan states the day it was made and
    judges lateness as of that day (freeze ``cocreatie.models.clock`` in
    tests). The same session on the same day gives the same bytes.
    Raises ``UnknownFormatError``, and ``TemplateError`` for a broken layout.
    """
    if fmt not in FORMATS:
        raise UnknownFormatError(fmt)
    if fmt == "json":
        return render_json(session, with_names=with_names).encode("utf-8")
    if not with_names:
        # Names and phone numbers typed into free text go too, not only the
        # name fields (privacy by default; the JSON record does the same).
        from cocreatie.export.names import Namer
        from cocreatie.privacy.mask import masked_copy

        session = masked_copy(session, Namer(session, with_names=False).stand_ins(session))
    # Imported here: the actions overview and the CLI import this package
    # and should not pay for Jinja2, markdown-it and the analysis at start-up.
    from cocreatie.export.html import render_html
    from cocreatie.export.markdown import PLAN_LAYOUT, read_layout, render_markdown
    from cocreatie.export.plan import build_plan
    from cocreatie.export.spreadsheet import render_actions_csv

    plan = build_plan(session, template, with_names=with_names, lang=lang)
    if fmt == "csv":
        return render_actions_csv(plan).encode("utf-8")
    markdown = render_markdown(plan, read_layout(PLAN_LAYOUT, data_dir))
    if fmt == "md":
        return markdown.encode("utf-8")
    page = render_html(markdown, title=session.meta.title, lang=plan.lang, data_dir=data_dir)
    return clean(page).encode("utf-8")


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
    """``<data dir>/exports/<date>-<neighbourhood>-<id>.<fmt>``."""
    when = session.meta.date or session.created.date()
    slug = slugify(session.meta.neighbourhood) or slugify(session.meta.title) or "sessie"
    return Path(data_dir) / EXPORTS_FOLDER / f"{when.isoformat()}-{slug}-{session.id}.{fmt}"


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:_SLUG_MAX].rstrip("-")
