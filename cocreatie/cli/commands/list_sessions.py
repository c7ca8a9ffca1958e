"""``cocreatie list``: the sessions in the data folder, newest first.

A damaged file is listed as damaged with its reason, never a crash: the
facilitator must see it to act on it.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cocreatie import templating
from cocreatie.cli import context
from cocreatie.cli.errors import one_line
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

if TYPE_CHECKING:
    from cocreatie.store.summaries import SessionSummary
    from cocreatie.templating import SessionTemplate

ORDER = 30
TITLE_WIDTH = 40


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "list", help=t("cli.list.help"), description=t("cli.list.description")
    )
    parser.add_argument("--json", action="store_true", help=t("cli.list.json"))
    parser.set_defaults(handler=run)


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    neighbourhood: str
    date: str
    step: int
    step_title: str
    last_saved: str
    damaged: bool
    newer_schema: bool
    problem: str | None

    def as_json(self) -> dict[str, Any]:
        return self.__dict__.copy()


def run(args: argparse.Namespace) -> int:
    folder = context.data_dir(args)
    summaries = context.repository(args).list_summaries()
    rows = [_row(s, StepTitles(folder)) for s in summaries]
    if args.json:
        print(json.dumps([r.as_json() for r in rows], indent=2, ensure_ascii=False))
    elif not rows:
        print(t("cli.list.empty", path=folder))
    else:
        print(format_table(rows))
    return 0


class StepTitles:
    """Step titles per template, each template read once."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._templates: dict[str, SessionTemplate | None] = {}

    def title(self, template_id: str, step: int) -> str:
        if template_id not in self._templates:
            try:
                self._templates[template_id] = templating.load_template(template_id, self._folder)
            except templating.TemplateError:
                self._templates[template_id] = None  # the number still tells something
        template = self._templates[template_id]
        if template is not None and 0 <= step < len(template.steps):
            return template.steps[step].title
        return t("cli.list.step_number", number=step + 1)


def _row(summary: SessionSummary, titles: StepTitles) -> Row:
    # A damaged file has no trustworthy template id; the default is the best guess.
    template_id = summary.template_id or templating.DEFAULT_TEMPLATE_ID
    broken = summary.damaged or summary.newer_schema
    return Row(
        id=summary.id,
        title=summary.title,
        neighbourhood=summary.neighbourhood,
        date=summary.date.isoformat() if summary.date else "",
        step=summary.step,
        step_title="" if broken else titles.title(template_id, summary.step),
        last_saved=summary.last_saved.astimezone().strftime("%Y-%m-%d %H:%M"),
        damaged=summary.damaged,
        newer_schema=summary.newer_schema,
        problem=summary.problem,
    )


def _state(row: Row) -> str:
    if row.damaged:
        return t("cli.list.damaged", problem=row.problem or "")
    if row.newer_schema:
        return t("cli.list.newer_schema")
    return row.step_title


def format_table(rows: list[Row]) -> str:
    header = [
        t(f"cli.list.column.{c}") for c in ("id", "title", "neighbourhood", "date", "step", "saved")
    ]
    body = [
        [r.id, _clip(r.title), r.neighbourhood, r.date, _clip(_state(r)), r.last_saved]
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in [header, *body]
    ]
    return "\n".join(lines)


def _clip(text: str, width: int = TITLE_WIDTH) -> str:
    # A damaged file's title was never validated: keep the terminal safe.
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"
