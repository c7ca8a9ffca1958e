"""Hostile text in every field: the exports keep their shape and stay inert."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pydantic import ValidationError

from cocreatie.export import render
from cocreatie.export.plan import Plan, build_plan
from cocreatie.export.spreadsheet import ACTION_COLUMNS
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate, load_template

from .hostile import hostile_text
from .mdcheck import (
    CONTROL,
    TagCollector,
    assert_tables_intact,
    headings,
    section_titles,
    subsection_titles,
)
from .sessions import build_session

GREENFIELD = load_template("greenfield-buurt")
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What the plan's own layout produces; anything else came from user text.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "section",
    "h1", "h2", "h3", "p", "ul", "li", "strong", "br", "hr",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRS = {"lang", "charset", "name", "content", "style", "class", "scope"}


@st.composite
def hostile_sessions(draw: st.DrawFn) -> Session:
    def text(_default: str, limit: int) -> str:
        return draw(hostile_text(limit))

    try:
        return build_session(text=text, dual=draw(st.booleans()))
    except ValidationError:
        # A character pydantic strips as whitespace but Python does not.
        assume(False)
        raise


def labelled_items(plan: Plan) -> int:
    """List items that start with a bold label: meta and next meeting."""
    m, n = plan.meta, plan.next_meeting
    # Always there: the kind of session and the day the plan was made.
    meta = sum(bool(v) for v in (m.neighbourhood, m.area, m.date, m.place, m.facilitators)) + 2
    summary = 7  # purpose, neighbourhood, who, definition, wishes, next meeting, open points
    return summary + meta + sum(bool(v) for v in (n.date, n.time, n.place, n.note))


def text_items(plan: Plan) -> int:
    lists = (
        plan.summary.top_wishes,
        plan.agreements,
        plan.differences,
        plan.warnings,
        plan.open_questions,
    )
    return sum(len(x) for x in lists)


def assert_markdown_intact(md: str, plan: Plan) -> None:
    found = headings(md)
    assert [lvl for lvl, _ in found].count(1) == 1
    assert [text for lvl, text in found if lvl == 2] == section_titles()
    assert [text for lvl, text in found if lvl == 3] == subsection_titles()
    tables = assert_tables_intact(md)
    expected_rows = [
        *([len(plan.summary.actions)] if plan.summary.actions else []),
        len(plan.resident_areas),
        len(plan.others),
        len(plan.factor_rows),
        len(plan.wishes),
        2,  # the worry grid: high and low worry
        len(plan.matrix),
        len(plan.contacts),
        len(plan.actions),
        len(plan.calendar),
    ]
    assert [len(tb.rows) for tb in tables] == expected_rows
    # Parsed as GitHub would (raw HTML allowed): user text makes no markup.
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    kinds = {tok.type for tok in tokens} | {
        child.type for tok in tokens for child in (tok.children or [])
    }
    forbidden = {
        "html_block", "html_inline", "link_open", "image", "code_inline", "fence",
        "code_block", "em_open", "s_open", "blockquote_open", "ordered_list_open",
    }  # fmt: skip
    assert kinds & forbidden == set()
    items = sum(1 for tok in tokens if tok.type == "list_item_open")
    assert items == labelled_items(plan) + text_items(plan)
    strong = sum(1 for tok in tokens for c in tok.children or [] if c.type == "strong_open")
    pseudonyms_line = 1 if plan.residents else 0
    grid = 2 + 4  # the grid's row headers and its four quadrant labels
    assert strong == labelled_items(plan) + pseudonyms_line + grid


def assert_html_inert(page: str) -> None:
    collector = TagCollector()
    collector.feed(page)
    assert collector.tags <= ALLOWED_TAGS, collector.tags - ALLOWED_TAGS
    assert collector.attrs <= ALLOWED_ATTRS, collector.attrs - ALLOWED_ATTRS
    assert not any("javascript:" in value.lower() for value in collector.values)
    assert "<script" not in page.lower()
    assert page.count("<style>") == 1 and page.count("</style>") == 1


def assert_csv_safe(data: str, plan: Plan) -> None:
    assert data.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(data[1:], newline=""), delimiter=";"))
    assert len(rows) == 1 + len(plan.actions)
    for row in rows:
        assert len(row) == len(ACTION_COLUMNS) + 1  # and "late on <date>"
        for cell in row:
            assert "\n" not in cell and "\r" not in cell
            assert not cell.lstrip().startswith(("=", "+", "-", "@")), cell


@SETTINGS
@given(session=hostile_sessions(), with_names=st.booleans())
def test_hostile_text_cannot_change_the_shape_of_any_export(
    session: Session, with_names: bool
) -> None:
    plan = build_plan(session, GREENFIELD, with_names=with_names)
    outputs = {
        fmt: render(session, GREENFIELD, fmt, with_names=with_names).decode("utf-8")
        for fmt in ("md", "html", "csv", "json")
    }
    for fmt, text in outputs.items():
        assert not CONTROL.search(text), fmt
        assert "\x1b" not in text
        if fmt != "csv":
            assert "\r" not in text
    if not with_names:
        assert_markdown_intact(outputs["md"], plan)
    else:
        assert_tables_intact(outputs["md"])
    assert_html_inert(outputs["html"])
    assert_csv_safe(outputs["csv"], plan)
    if with_names:
        assert Session.model_validate(json.loads(outputs["json"])) == session


@SETTINGS
@given(session=hostile_sessions())
def test_the_same_hostile_session_gives_the_same_bytes(session: Session) -> None:
    copy = Session.model_validate(session.model_dump())
    for fmt in ("md", "html", "csv", "json"):
        assert render(session, GREENFIELD, fmt) == render(copy, GREENFIELD, fmt)


def test_the_template_fixture_is_the_shipped_one(greenfield: SessionTemplate) -> None:
    assert greenfield == GREENFIELD
