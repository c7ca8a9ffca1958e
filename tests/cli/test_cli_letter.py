"""``actions --owner TEXT --format md|pdf``: a letter to one owner, and the
PDF and agenda exports on the command line."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from clihelpers import Run
from pypdf import PdfReader

from cocreatie.demo import DEMO_ID, build_demo_session
from cocreatie.followup import start_follow_up
from cocreatie.i18n import t
from cocreatie.models import ActionStatus
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import SessionTemplate

OWNER = "Karin de Boer"  # gebiedsmanager in the demo: owner of two actions, contact of a third


def test_letter_lists_each_action_of_the_owner_once_as_it_stands_now(
    run: Run, repo: SessionRepository, greenfield: SessionTemplate, frozen_clock: object
) -> None:
    demo = build_demo_session(greenfield)
    repo.create(demo).close()
    follow_up = start_follow_up(demo, greenfield)
    carried = next(
        a for a in follow_up.actions if a.status is ActionStatus.OPEN and "fietspad" in a.title
    )
    follow_up.set_action_status(carried.id, ActionStatus.BUSY, "schouw gepland")
    repo.create(follow_up).close()

    result = run("actions", "--owner", "karin", "--format", "md")
    assert result.code == 0, result.err
    letter = result.out
    assert letter.startswith(f"# {t('export.letter.title', owner=OWNER)}\n")
    assert t("export.letter.salutation", name=OWNER) in letter
    titles = [a.title for a in demo.actions if f". {a.title}\n" in letter]
    assert len(titles) == 3 == len(set(titles))  # each action once, across both sessions
    assert letter.count(f". {carried.title}\n") == 1
    section = letter.split(f". {carried.title}\n", 1)[1].split("\n## ", 1)[0]
    assert "bezig" in section  # the follow-up's state, not the first evening's
    assert carried.visibility in section
    assert "bereikbaar via e-mail" in section
    assert t("export.letter.feedback_heading") in letter
    assert t("export.letter.closing") in letter


def test_letter_as_pdf_to_a_file(run: Run, with_demo: str, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    result = run("actions", "--owner", "karin", "--format", "pdf", "-o", str(target))
    assert result.code == 0, result.err
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    assert t("export.letter.salutation", name=OWNER) in " ".join(text.split())
    assert "Donkere plekken langs het fietspad" in " ".join(text.split())


def test_letter_in_english(run: Run, with_demo: str) -> None:
    result = run("--lang", "en", "actions", "--owner", "karin", "--format", "md")
    assert result.code == 0, result.err
    assert f"Dear {OWNER}," in result.out
    assert "Your feedback dates" in result.out


def test_an_owner_without_actions_gets_no_letter(run: Run, with_demo: str) -> None:
    result = run("actions", "--owner", "niemand-hier", "--format", "md")
    assert result.code == 2
    assert result.out == ""
    assert result.err == f"cocreatie: {t('export.letter.none', owner='niemand-hier')}\n"


def test_pdf_needs_an_owner(run: Run, with_demo: str) -> None:
    result = run("actions", "--format", "pdf")
    assert result.code == 2
    assert result.err == f"cocreatie: {t('review.cli.pdf_needs_owner')}\n"


def test_the_table_stays_without_a_format(run: Run, with_demo: str) -> None:
    # `actions --owner X` was a filter before letters existed; scripts rely on it.
    result = run("actions", "--owner", "karin")
    assert result.code == 0, result.err
    assert not result.out.startswith("# " + t("export.letter.title", owner=OWNER))
    assert "| Donkere plekken langs het fietspad" in result.out or "Donkere plekken" in result.out
    assert t("export.letter.salutation", name=OWNER) not in result.out


def test_the_table_stays_for_csv_with_an_owner(run: Run, with_demo: str) -> None:
    result = run("actions", "--owner", "karin", "--format", "csv")
    assert result.code == 0
    assert result.out.lstrip("\ufeff").startswith(t("export.csv.session"))


@pytest.mark.parametrize(
    "args",
    [("export", DEMO_ID, "--format", "pdf"), ("actions", "--owner", "karin", "--format", "pdf")],
)
def test_a_pdf_is_not_written_to_a_terminal(
    run: Run, with_demo: str, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    result = run(*args)
    assert result.code == 2
    assert result.out == ""
    assert result.err == f"cocreatie: {t('cli.export.binary_to_terminal', fmt='pdf', ext='pdf')}\n"


def test_export_pdf_and_ics_to_files(run: Run, with_demo: str, tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    assert run("export", DEMO_ID, "-o", str(pdf)).code == 0
    assert pdf.read_bytes().startswith(b"%PDF-")
    agenda = tmp_path / "plan.ics"
    assert run("export", DEMO_ID, "-o", str(agenda)).code == 0
    assert agenda.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
