"""The Markdown plan and letter pass markdownlint's default rules, line length
apart (a table row is one line however long). The real markdownlint, through
markdownlint-cli2 from npm: CI installs it (``.ci/run``); without it these
tests are skipped with the reason printed, like the tmux and PostgreSQL ones."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from cocreatie.demo import build_demo_session
from cocreatie.export import render
from cocreatie.export.letter import build_letter, letter_markdown
from cocreatie.export.overview import build_overview
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate

from .sessions import build_session

LINTER = shutil.which("markdownlint-cli2")
pytestmark = pytest.mark.skipif(
    LINTER is None, reason="markdownlint-cli2 is not installed (npm install -g markdownlint-cli2)"
)
# Everything markdownlint checks by default, except the length of a line.
CONFIG = {"config": {"default": True, "MD013": False}}


def lint(folder: Path, documents: dict[str, str]) -> str:
    assert LINTER is not None
    (folder / ".markdownlint-cli2.jsonc").write_text(json.dumps(CONFIG), encoding="utf-8")
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    done = subprocess.run(
        [LINTER, *documents], cwd=folder, capture_output=True, text=True, timeout=120
    )
    findings = [line for line in (done.stdout + done.stderr).splitlines() if " MD0" in line]
    assert done.returncode == (1 if findings else 0), done.stdout + done.stderr
    return "\n".join(findings)


def test_the_linter_finds_what_it_should(tmp_path: Path) -> None:
    # The plan's tables before (an empty cell as "|  |") and a bare address:
    # the linter must object to both.
    old = "# Kop\n\n| a | b |\n|---|--:|\n|  | 2 |\n\nMail verkeer@almere.example.\n"
    findings = lint(tmp_path, {"oud.md": old})
    assert "MD060" in findings and "MD034" in findings


def test_plans_pass_markdownlint(
    tmp_path: Path, greenfield: SessionTemplate, session: Session, empty_session: Session
) -> None:
    demo = build_demo_session(greenfield)
    documents = {
        "demo.md": render(demo, greenfield, "md").decode("utf-8"),
        "demo-en.md": render(demo, greenfield, "md", lang="en").decode("utf-8"),
        "namen.md": render(session, greenfield, "md", with_names=True).decode("utf-8"),
        "leeg.md": render(empty_session, greenfield, "md").decode("utf-8"),
        "twee-eigenaren.md": render(build_session(dual=True), greenfield, "md").decode("utf-8"),
    }
    assert lint(tmp_path, documents) == ""


def test_the_letter_passes_markdownlint(tmp_path: Path, greenfield: SessionTemplate) -> None:
    demo = build_demo_session(greenfield)
    overview = build_overview([demo])
    letter = build_letter(overview.rows, "karin", "nl", overview.today)
    assert lint(tmp_path, {"brief.md": letter_markdown(letter, None)}) == ""
