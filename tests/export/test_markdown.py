"""The Markdown action plan: sections, tables, privacy, layout files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cocreatie.export import render
from cocreatie.export.markdown import PLAN_LAYOUT
from cocreatie.i18n import t, tn
from cocreatie.models import Participant, Session
from cocreatie.templating import SessionTemplate, TemplateError

from .mdcheck import (
    CONTROL,
    assert_tables_intact,
    headings,
    section_titles,
    subsection_titles,
    table_after,
)
from .sessions import PROFESSIONAL_NAME, RESIDENT_NAMES, RESIDENT_PHONE, build_session


def md_of(session: Session, template: SessionTemplate, **kwargs: object) -> str:
    return render(session, template, "md", **kwargs).decode("utf-8")  # type: ignore[arg-type]


def test_every_section_is_there_in_the_issue_order(
    session: Session, greenfield: SessionTemplate
) -> None:
    found = headings(md_of(session, greenfield))
    assert found[0] == (1, t("export.heading.title", title=session.meta.title))
    level2 = [text for level, text in found if level == 2]
    assert level2 == section_titles()
    level3 = [text for level, text in found if level == 3]
    assert level3 == subsection_titles()


def test_every_table_row_has_the_headers_number_of_cells(
    session: Session, greenfield: SessionTemplate
) -> None:
    md = md_of(session, greenfield)
    found = assert_tables_intact(md)
    # the summary's actions, areas, professionals, factors, wishes, the
    # worry grid, roles, contacts, actions, calendar
    assert len(found) == 10


def test_empty_sections_say_so_in_one_line(
    empty_session: Session, greenfield: SessionTemplate
) -> None:
    md = md_of(empty_session, greenfield)
    for key in (
        "purpose",
        "residents",
        "others",
        "shared_definition",
        "factors",
        "agreements",
        "differences",
        "wishes",
        "roles",
        "contacts",
        "actions",
        "calendar",
        "open_questions",
        "next_meeting",
    ):
        assert f"\n{t(f'export.empty.{key}')}\n" in md, key
    # The empty session still lacks a purpose: that is an open point, not "nothing open".
    assert t("analysis.warning.no_purpose") in md
    level2 = [text for level, text in headings(md) if level == 2]
    assert level2 == section_titles()


def test_nothing_open_says_so(greenfield: SessionTemplate) -> None:
    session = Session(
        id="klaar001",
        meta={"title": "Alles geregeld", "purpose": "Een veilige buurt."},
        created=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        updated=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    assert f"\n{t('export.empty.warnings')}\n" in md_of(session, greenfield)


def test_residents_are_pseudonymised_by_default(
    session: Session, greenfield: SessionTemplate
) -> None:
    md = md_of(session, greenfield)
    for name in RESIDENT_NAMES:
        assert name not in md
        assert name.split()[1] not in md
    assert RESIDENT_PHONE not in md
    assert "Bewoner 1, Bewoner 2, Bewoner 3" in md
    assert t("export.foot.pseudonymised") in md
    # A resident typed in as contact person or actor is pseudonymised there too.
    assert "Bewoner 3 heeft nog niet ingestemd" in md
    assert "Buurtpreventieteam (Bewoners) – Bewoner 2" in md
    # Professionals appear by function and organisation, not by name.
    assert PROFESSIONAL_NAME not in md


def test_pseudonyms_never_fall_back_to_real_names(greenfield: SessionTemplate) -> None:
    # A hand-edited or imported record may lack pseudonyms altogether: the
    # record numbers them when it is read, and the export shows those.
    record = build_session().model_dump(mode="json")
    for person in record["participants"]:
        person["pseudonym"] = ""
    record["privacy"]["pseudonyms_issued"] = 0
    session = Session.model_validate(record)
    residents = [p for p in session.participants if p.is_resident]
    assert [p.pseudonym for p in residents] == ["Bewoner 1", "Bewoner 2", "Bewoner 3"]
    md = md_of(session, greenfield)
    assert not any(name in md for name in RESIDENT_NAMES)
    assert all(p.pseudonym in md for p in residents)


def test_names_on_request_and_contact_details_only_with_consent(
    session: Session, greenfield: SessionTemplate
) -> None:
    md = md_of(session, greenfield, with_names=True)
    for name in RESIDENT_NAMES:
        assert name in md
    assert f"- {RESIDENT_NAMES[0]} (Molenweg): {RESIDENT_PHONE}" in md
    assert f"- {RESIDENT_NAMES[1]} (Molenweg)\n" in md  # no consent, no details
    assert PROFESSIONAL_NAME in md
    assert t("export.foot.names") in md
    assert t("export.foot.pseudonymised") not in md


def test_contact_details_stay_out_after_consent_is_withdrawn(
    session: Session, greenfield: SessionTemplate
) -> None:
    session.withdraw_consent("res0")
    assert RESIDENT_PHONE not in md_of(session, greenfield, with_names=True)


def test_action_table_has_the_issue_columns(
    session: Session, greenfield: SessionTemplate, frozen_clock: object
) -> None:
    # Frozen on the evening itself (12 March): nothing is late yet.
    table = table_after(md_of(session, greenfield), t("export.heading.actions"))
    keys = ["action", "owner", "contact", "deadline", "visibility", "feedback_date", "status"]
    assert table.header == [t(f"export.column.{k}") for k in keys]
    assert [r[0] for r in table.rows] == [
        "Drempels plaatsen",
        "Lantaarns vervangen",
        "Spreekuur wijkagent",
    ]
    assert table.rows[0][3] == "1 juni 2026"
    assert table.rows[0][6] == "bezig"


def test_dual_ownership_shows_both_owners(greenfield: SessionTemplate) -> None:
    session = build_session(dual=True)
    table = table_after(md_of(session, greenfield), t("export.heading.actions"))
    assert table.header[1:3] == [t("export.column.owner"), t("export.column.co_owner")]
    assert table.rows[0][1] == "Verkeerskundige (Gemeente)"
    assert table.rows[0][2] == "Wijkagent (Politie) – Ingrid"


def test_a_dual_ownership_template_shows_the_column_even_when_empty(
    session: Session, greenfield: SessionTemplate
) -> None:
    joint = greenfield.model_copy(update={"dual_ownership": True})
    table = table_after(md_of(session, joint), t("export.heading.actions"))
    assert t("export.column.co_owner") in table.header


def test_feedback_calendar_is_in_date_order_without_dropped_actions(
    session: Session, greenfield: SessionTemplate
) -> None:
    table = table_after(md_of(session, greenfield), t("export.heading.calendar"))
    assert [r[:2] for r in table.rows] == [
        ["2 april 2026", "Lantaarns vervangen"],
        ["1 mei 2026", "Drempels plaatsen"],
    ]


def test_contact_channel_is_shown_only_once_the_person_agreed(
    session: Session, greenfield: SessionTemplate
) -> None:
    table = table_after(md_of(session, greenfield), t("export.heading.contacts"))
    assert table.rows[0][2] == "verkeer@almere.example"
    assert table.rows[1][2] == t("export.text.not_agreed")
    assert table.rows[1][4] == tn("export.text.feedback_days", 5, days=5)


def test_role_matrix_is_actors_by_roles(session: Session, greenfield: SessionTemplate) -> None:
    table = table_after(md_of(session, greenfield), t("export.heading.roles"))
    assert table.header == [t("export.column.actor"), *[r.label for r in greenfield.roles]]
    verkeer = next(r for r in table.rows if r[0].startswith("Verkeerskundige"))
    assert verkeer[1] == "Drempels op de Molenweg tegen hard rijden"


def test_wishes_are_in_priority_order(session: Session, greenfield: SessionTemplate) -> None:
    table = table_after(md_of(session, greenfield), t("export.heading.wishes"))
    assert [int(r[2]) for r in table.rows] == [7, 4, 0]
    assert table.rows[0][7] == t("models.vocab.quadrant.act_or_explain")


def test_said_but_untagged_contributions_are_not_dropped(
    session: Session, greenfield: SessionTemplate
) -> None:
    table = table_after(md_of(session, greenfield), t("export.heading.per_factor"))
    untagged = next(r for r in table.rows if r[0] == t("export.text.untagged"))
    assert untagged[1] == "Ik weet niet wie ik moet bellen"


def test_the_same_session_gives_the_same_bytes(
    greenfield: SessionTemplate, frozen_clock: object
) -> None:
    # The clock is frozen so both builds stamp the same times: only the
    # renderer may make a difference here.
    first = {fmt: render(build_session(), greenfield, fmt) for fmt in ("md", "html", "csv", "json")}
    again = {fmt: render(build_session(), greenfield, fmt) for fmt in ("md", "html", "csv", "json")}
    assert first == again


def test_output_is_clean_utf8_with_one_final_newline(
    session: Session, greenfield: SessionTemplate
) -> None:
    md = md_of(session, greenfield)
    assert md.endswith("\n") and not md.endswith("\n\n")
    assert not CONTROL.search(md)
    assert "\n\n\n" not in md


def test_progress_block_is_empty_without_a_previous_session(
    session: Session, greenfield: SessionTemplate
) -> None:
    assert t("export.heading.progress") not in md_of(session, greenfield)


def test_progress_block_renders_what_the_provider_gives(
    greenfield: SessionTemplate, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    from cocreatie.export import plan

    section = SimpleNamespace(
        summary=[("Klaar", "1 van 3"), ("Te | laat", "# 2")],
        headers=["Actie", "Stand"],
        rows=[["Drempels", "bezig"]],
    )
    monkeypatch.setattr(plan, "progress_section", lambda s, tpl, today, lang: section)
    md = md_of(build_session(previous="vorige01"), greenfield)
    assert (2, t("export.heading.progress")) in headings(md)
    tables = assert_tables_intact(md)
    summary = next(tb for tb in tables if tb.header[0] == t("export.column.progress_item"))
    assert summary.rows == [["Klaar", "1 van 3"], ["Te | laat", "# 2"]]
    assert any(tb.header == ["Actie", "Stand"] for tb in tables)


def test_the_data_folders_layout_wins(
    session: Session, greenfield: SessionTemplate, data_dir: Path
) -> None:
    own = data_dir / "templates" / "export" / PLAN_LAYOUT
    own.parent.mkdir(parents=True)
    own.write_text("# Ons plan voor {{ plan.meta.neighbourhood }}\n", encoding="utf-8")
    md = md_of(session, greenfield, data_dir=data_dir)
    assert md == "# Ons plan voor Molenbuurt\n"
    assert md_of(session, greenfield, data_dir=data_dir / "elders").startswith("# Actieplan")


def test_an_unescaped_value_in_an_own_layout_is_still_escaped(
    greenfield: SessionTemplate, data_dir: Path
) -> None:
    own = data_dir / "templates" / "export" / PLAN_LAYOUT
    own.parent.mkdir(parents=True)
    own.write_text("{{ plan.meta.title }}\n\n{{ plan.meta.title|safe }}\n", encoding="utf-8")
    session = build_session(text=lambda s, _: "# Kop <b>" if s.startswith("Greenfield") else s)
    md = md_of(session, greenfield, data_dir=data_dir)
    assert headings(md) == []
    assert "<b>" not in md


@pytest.mark.parametrize(
    ("layout", "line"),
    [
        ("# ok\n\n{{ plan.meta.titel }}\n", 3),  # a typo: StrictUndefined
        ("# ok\n{% for x in plan.actions %}\n", 2),  # unclosed block
    ],
)
def test_a_broken_layout_names_its_file_and_line(
    session: Session, greenfield: SessionTemplate, data_dir: Path, layout: str, line: int
) -> None:
    own = data_dir / "templates" / "export" / PLAN_LAYOUT
    own.parent.mkdir(parents=True)
    own.write_text(layout, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        render(session, greenfield, "md", data_dir=data_dir)
    (message,) = caught.value.messages
    assert message.startswith(f"{own}:{line}: ")


def test_erased_participants_stay_pseudonymous_even_with_names(
    session: Session, greenfield: SessionTemplate
) -> None:
    erased: Participant = session.erase_participant("res1")
    md = md_of(session, greenfield, with_names=True)
    residents = md.split(f"### {t('export.heading.residents')}")[1].split("###")[0]
    assert RESIDENT_NAMES[1] not in residents
    assert f"- {erased.pseudonym} (Molenweg)" in residents


def test_progress_block_comes_from_the_real_provider(greenfield: SessionTemplate) -> None:
    md = md_of(build_session(previous="vorige01"), greenfield)
    assert (2, t("export.heading.progress")) in headings(md)
    assert_tables_intact(md)
