"""The action plan as Markdown, HTML and CSV text (the plan formats' work)."""

from __future__ import annotations

from cocreatie.export.clean import clean
from cocreatie.export.formats import Rendering
from cocreatie.export.html import render_html
from cocreatie.export.markdown import PLAN_LAYOUT, read_layout, render_markdown
from cocreatie.export.plan import build_plan
from cocreatie.export.plan_model import Plan
from cocreatie.export.spreadsheet import render_actions_csv


def _plan(job: Rendering) -> Plan:
    return build_plan(job.session, job.template, with_names=job.with_names, lang=job.lang)


def _markdown(job: Rendering, plan: Plan) -> str:
    return render_markdown(plan, read_layout(PLAN_LAYOUT, job.data_dir))


def plan_markdown(job: Rendering) -> str:
    return _markdown(job, _plan(job))


def plan_html(job: Rendering) -> str:
    plan = _plan(job)
    page = render_html(
        _markdown(job, plan), title=job.session.meta.title, lang=plan.lang, data_dir=job.data_dir
    )
    return clean(page)


def plan_csv(job: Rendering) -> str:
    return render_actions_csv(_plan(job))
