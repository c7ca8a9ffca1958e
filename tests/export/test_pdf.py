"""The PDF plan, read back with pypdf: pages, page 1, every cell, whole words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cocreatie.demo import build_demo_session
from cocreatie.export import render
from cocreatie.export.plan import build_plan
from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate, TemplateError, load_template

from .hostile import HOSTILE
from .pdfcheck import contains, flat, page_size_mm, pages_text
from .sessions import RESIDENT_NAMES, build_session
from .test_hostile import hostile_sessions

GREENFIELD = load_template("greenfield-buurt")


@pytest.fixture(scope="module")
def demo() -> Session:
    return build_demo_session(GREENFIELD)


@pytest.fixture(scope="module")
def demo_pdf(demo: Session) -> list[str]:
    return pages_text(render(demo, GREENFIELD, "pdf"))


def test_a4_pages_numbered_with_the_day_made(demo: Session) -> None:
    pdf = render(demo, GREENFIELD, "pdf")
    assert pdf.startswith(b"%PDF-")
    assert page_size_mm(pdf) == (210, 297)
    pages = pages_text(pdf)
    assert len(pages) >= 3
    made = build_plan(demo, GREENFIELD).made
    for number, page in enumerate(pages, start=1):
        assert contains(page, t("export.pdf.page", page=number, total=len(pages)))
        assert contains(page, f"{t('export.meta.made')} {made}")


def test_page_one_is_the_summary(demo: Session, demo_pdf: list[str]) -> None:
    plan = build_plan(demo, GREENFIELD)
    first = demo_pdf[0]
    assert contains(first, t("export.heading.title", title=demo.meta.title))
    assert contains(first, t("export.heading.summary"))
    assert contains(first, plan.summary.purpose)
    assert contains(first, plan.summary.definition)
    assert contains(first, t("export.summary.counts", residents=8, professionals=6))
    for wish in plan.summary.top_wishes:
        assert contains(first, wish.text)
    for action in plan.summary.actions:
        for cell in (action.title, action.owner, action.contact, action.deadline, action.status):
            assert contains(first, cell), cell
    assert contains(first, plan.next_meeting.date)
    assert contains(first, t("export.summary.open_warnings", count=len(plan.warnings)))
    # Only the summary: the details start on a later page.
    for later in ("details", "participants", "per_factor", "roles"):
        assert not contains(first, t(f"export.heading.{later}")), later


def test_the_demo_summary_and_action_table_are_within_two_pages(
    demo: Session, demo_pdf: list[str]
) -> None:
    plan = build_plan(demo, GREENFIELD)
    first_two = " ".join(demo_pdf[:2])
    assert contains(first_two, t("export.heading.actions"))
    for a in plan.actions:
        for cell in (a.title, a.owner, a.contact, a.deadline, a.visibility, a.feedback_date):
            assert contains(first_two, cell), cell
        assert contains(first_two, a.status)


def every_cell(plan_session: Session) -> list[str]:
    plan = build_plan(plan_session, GREENFIELD)
    cells: list[str] = []
    for w in plan.wishes:
        cells += [w.text, str(w.votes), w.location, w.time_of_day, w.scale, w.quadrant]
        cells += w.factors
    for r in plan.factor_rows:
        cells += [r.factor, r.verdict, *r.left, *r.right, *r.other]
    for m in plan.matrix:
        cells += [m.actor, *(s for subjects in m.cells for s in subjects)]
    for c in plan.contacts:
        cells += [c.subject, c.who, c.channel, c.availability, c.promise]
    for a in plan.actions:
        cells += [a.title, a.owner, a.contact, a.deadline, a.visibility, a.feedback_date]
    for row in plan.calendar:
        cells += [row.date, row.action, row.who, row.channel]
    for o in plan.others:
        cells += [o.kind, o.function, o.organisation]
    return [c for c in cells if c]


def test_no_table_cell_loses_text(demo: Session, demo_pdf: list[str]) -> None:
    whole = " ".join(demo_pdf)
    missing = [cell for cell in every_cell(demo) if not contains(whole, cell)]
    assert missing == []


def test_words_are_never_broken(demo: Session, demo_pdf: list[str]) -> None:
    # Hyphenation or a forced break would leave "Wipmolen- weg" or "Wip molenweg".
    words = set(" ".join(demo_pdf).split())
    for cell in every_cell(demo):
        for word in flat(cell).split():
            assert word in words, word


def test_a_word_too_long_for_its_column_stays_whole_and_inside(
    greenfield: SessionTemplate,
) -> None:
    compound = "Verkeersveiligheidsmaatregelenonderzoekscommissievoorzittersverkiezing"
    session = build_session(
        text=lambda s, _: f"{compound} en meer" if s == "Drempels plaatsen" else s
    )
    pages = pages_text(render(session, greenfield, "pdf"))
    assert compound in " ".join(pages).split()


@pytest.mark.parametrize("hostile", [h for h in HOSTILE if h.isascii() and h.strip()])
def test_markup_typed_by_a_participant_is_shown_as_text(
    hostile: str, greenfield: SessionTemplate
) -> None:
    session = build_session(text=lambda s, _: hostile)
    pdf = render(session, greenfield, "pdf")
    whole = " ".join(pages_text(pdf))
    # The title is one line in the heading and the footer: line breaks show as " / ".
    expected = re.sub(r"\s*\n\s*", " / ", session.meta.title)
    assert contains(whole, t("export.heading.title", title=expected)), hostile


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(session=hostile_sessions(), with_names=st.booleans())
def test_any_text_gives_a_pdf_with_the_summary_first(session: Session, with_names: bool) -> None:
    pdf = render(session, GREENFIELD, "pdf", with_names=with_names)
    pages = pages_text(pdf)
    assert len(pages) >= 2
    assert contains(pages[0], t("export.heading.summary"))
    assert contains(pages[-1], t("export.foot.record", id=session.id, updated="")[:-2])


def test_pseudonymised_unless_names_are_asked(
    session: Session, greenfield: SessionTemplate
) -> None:
    whole = " ".join(pages_text(render(session, greenfield, "pdf")))
    assert not any(name in whole for name in RESIDENT_NAMES)
    named = " ".join(pages_text(render(session, greenfield, "pdf", with_names=True)))
    assert any(name in named for name in RESIDENT_NAMES)


def test_english_pdf(demo: Session) -> None:
    pages = pages_text(render(demo, GREENFIELD, "pdf", lang="en"))
    whole = " ".join(pages)
    assert contains(pages[0], t("export.heading.summary", lang="en"))
    assert contains(pages[0], t("export.pdf.page", lang="en", page=1, total=len(pages)))
    assert "Resident 1" in whole
    assert not re.search(r"Bewoner \d", whole)


def test_the_data_folders_layout_wins_and_a_broken_one_is_named(
    session: Session, greenfield: SessionTemplate, tmp_path: Path
) -> None:
    own = tmp_path / "templates" / "export" / "actieplan.typ"
    own.parent.mkdir(parents=True)
    own.write_text(
        "#let data = json(bytes(sys.inputs.plan))\nEigen opmaak: #data.plan.meta.title\n",
        encoding="utf-8",
    )
    pages = pages_text(render(session, greenfield, "pdf", data_dir=tmp_path))
    assert pages == [f"Eigen opmaak: {session.meta.title}"]
    own.write_text("= Kop\n\n#let x = (\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render(session, greenfield, "pdf", data_dir=tmp_path)
    assert f"{own}:3" in str(caught.value)


def test_the_same_session_gives_the_same_bytes(
    session: Session, greenfield: SessionTemplate, frozen_clock: object
) -> None:
    assert render(session, greenfield, "pdf") == render(session, greenfield, "pdf")


def test_a_layout_may_not_fetch_packages(
    session: Session, greenfield: SessionTemplate, tmp_path: Path
) -> None:
    own = tmp_path / "templates" / "export" / "actieplan.typ"
    own.parent.mkdir(parents=True)
    own.write_text('= Plan\n\n#import "@preview/tablex:0.0.8": tablex\n', encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render(session, greenfield, "pdf", data_dir=tmp_path)
    assert f"{own}:3" in str(caught.value)
    assert t("export.error.package") in str(caught.value)
