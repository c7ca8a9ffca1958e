"""The action table as CSV, for spreadsheets.

Semicolon-separated with a byte-order mark: that is what Dutch-language
Excel opens directly (it reads commas as one column and guesses the
encoding wrong without the mark); LibreOffice and Google Sheets detect it.
Dates are ISO (JJJJ-MM-DD) so a spreadsheet sorts them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from cocreatie.export.clean import clean
from cocreatie.export.escape import CELL_LINE_SEPARATOR
from cocreatie.export.plan import Plan
from cocreatie.i18n import t

DELIMITER = ";"
BOM = "\ufeff"
# A spreadsheet runs a cell that starts with one of these as a formula
# ("=HYPERLINK(...)"); tab and carriage return are on OWASP's list too.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

ACTION_COLUMNS = (
    "action",
    "wish",
    "factors",
    "owner",
    "co_owner",
    "contact",
    "channel",
    "deadline",
    "feedback_date",
    "status",
    "visibility",
)


def safe_cell(value: object) -> str:
    """One spreadsheet cell: clean, on one line, never a formula."""
    text = clean("" if value is None else str(value))
    text = CELL_LINE_SEPARATOR.join(part.strip() for part in text.split("\n") if part.strip())
    if text.startswith(_FORMULA_START) or text.lstrip().startswith(_FORMULA_START):
        # The quote makes the spreadsheet show the text instead of running it.
        text = "'" + text
    return text


def write_csv(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return BOM + out.getvalue()


def render_actions_csv(plan: Plan) -> str:
    headers = [t(f"export.csv.{c}", lang=plan.lang) for c in ACTION_COLUMNS]
    # The date in the header: a spreadsheet keeps no other trace of when
    # "late" was judged.
    headers.append(t("export.csv.late", lang=plan.lang, date=plan.made_iso))
    yes = t("export.text.yes", lang=plan.lang)
    rows = (
        (
            a.title,
            "; ".join(a.wishes),
            ", ".join(a.factors),
            a.owner,
            a.co_owner,
            a.contact,
            a.contact_channel,
            a.deadline_iso,
            a.feedback_iso,
            a.status,
            a.visibility,
            yes if a.late else "",
        )
        for a in plan.actions
    )
    return write_csv(headers, rows)
