"""Make a live session of an opened record: its template, or the default.

Loading the template reads files: call it from a thread. The first step's
view is imported there too, by the caller that knows about views.
"""

from __future__ import annotations

import logging
from pathlib import Path

from cocreatie.i18n import t
from cocreatie.live.session import LiveSession
from cocreatie.store import OpenSession
from cocreatie.templating import DEFAULT_TEMPLATE_ID, TemplateError, load_template

log = logging.getLogger(__name__)


def prepare_live(opened: OpenSession, data_dir: Path) -> tuple[LiveSession, str | None]:
    """The live session and, if the session's own template is unusable, why."""
    problem = None
    try:
        template = load_template(opened.session.meta.template_id, data_dir)
    except TemplateError as exc:
        # A session must still open when its template was removed or broken:
        # the record is what matters, the default steps show it all.
        problem = t("ui.open_error.template", template=opened.session.meta.template_id)
        log.warning("template %s unusable: %s", opened.session.meta.template_id, exc.source)
        template = load_template(DEFAULT_TEMPLATE_ID, data_dir)
    live = LiveSession(opened, template)
    live.drafts.load()
    return live, problem
