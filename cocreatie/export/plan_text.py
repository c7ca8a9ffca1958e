"""The action plan as Markdown, HTML and CSV text (the plan formats' work)."""

from __future__ import annotations

from cocreatie.export.clean import clean
from cocreatie.export.formats import Rendering
from cocreatie.export.html import render_html
from cocreatie.export.markdown import PLAN_LAYOUT, read_layout, render_markdown
from cocreatie.export.names import Namer
from cocreatie.export.plan import build_plan
from cocreatie.export.plan_model import Plan
from cocreatie.export.spreadsheet import render_actions_csv
from cocreatie.models import Session
from cocreatie.privacy.mask import masked_copy


def _source(job: Rendering) -> Session:
    if job.with_names:
        return job.session
    # Names and phone numbers typed into free text go too, not only the
    # name fields (privacy by default; the JSON record does the same).
    return masked_copy(job.session, Namer(job.session, with_names=False).stand_ins(job.session))


def _plan(job: Rendering, session: Session) -> Plan:
    return build_plan(session, job.template, with_names=job.with_names, lang=job.lang)


def _markdown(job: Rendering, plan: Plan) -> str:
    return render_markdown(plan, read_layout(PLAN_LAYOUT, job.data_dir))


def plan_markdown(job: Rendering) -> str:
    return _markdown(job, _plan(job, _source(job)))


def plan_html(job: Rendering) -> str:
    session = _source(job)
    plan = _plan(job, session)
    page = render_html(
        _markdown(job, plan), title=session.meta.title, lang=plan.lang, data_dir=job.data_dir
    )
    return clean(page)


def plan_csv(job: Rendering) -> str:
    return render_actions_csv(_plan(job, _source(job)))
