"""The action plan as Markdown, HTML and CSV text (the plan formats' work)."""

from __future__ import annotations

from cocreatie.export.calendar import render_ics
from cocreatie.export.clean import clean
from cocreatie.export.formats import Rendering
from cocreatie.export.html import render_html
from cocreatie.export.layout_env import read_layout
from cocreatie.export.markdown import PLAN_LAYOUT, render_markdown
from cocreatie.export.names import Namer
from cocreatie.export.pdf import PLAN_LAYOUT as PDF_LAYOUT
from cocreatie.export.pdf import plan_data, typeset
from cocreatie.export.plan import build_plan
from cocreatie.export.plan_model import Plan
from cocreatie.export.spreadsheet import render_actions_csv
from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.privacy.mask import RESIDENT_MARK, masked_copy
from cocreatie.privacy.redact import EMAIL_MARK, PHONE_MARK

_MARKS = {RESIDENT_MARK: "resident", PHONE_MARK: "phone", EMAIL_MARK: "email"}


def plan_language(job: Rendering) -> str:
    return job.lang or job.session.meta.language


def marks(lang: str) -> dict[str, str]:
    """The masks' marks in ``lang``, where they differ from the record's."""
    local = {mark: t(f"export.mark.{name}", lang=lang) for mark, name in _MARKS.items()}
    return {mark: word for mark, word in local.items() if word != mark}


def masked_source(job: Rendering) -> Session:
    if job.with_names:
        return job.session
    # Names and phone numbers typed into free text go too, not only the
    # name fields (privacy by default; the JSON record does the same).
    lang = plan_language(job)
    stand_ins = Namer(job.session, with_names=False, lang=lang).stand_ins(job.session)
    return masked_copy(job.session, stand_ins, marks(lang) or None)


def plan_of(job: Rendering) -> Plan:
    """The plan a format renders: pseudonymised unless names were asked for."""
    return build_plan(
        masked_source(job), job.template, with_names=job.with_names, lang=plan_language(job)
    )


def plan_markdown(job: Rendering) -> str:
    return render_markdown(plan_of(job), read_layout(PLAN_LAYOUT, job.data_dir))


def plan_html(job: Rendering) -> str:
    return clean(render_html(plan_of(job), data_dir=job.data_dir))


def plan_csv(job: Rendering) -> str:
    return render_actions_csv(plan_of(job))


def plan_pdf(job: Rendering) -> bytes:
    plan = plan_of(job)
    return typeset(read_layout(PDF_LAYOUT, job.data_dir), plan_data(plan))


def plan_ics(job: Rendering) -> bytes:
    session = masked_source(job)
    plan = build_plan(session, job.template, with_names=job.with_names, lang=plan_language(job))
    return render_ics(session, plan)
