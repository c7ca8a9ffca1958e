"""The Markdown plan read by an independent tool: pandoc (GitHub-flavoured).

pandoc comes from the PyPI package pypandoc_binary (a test dependency), so
no system package is needed.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import pypandoc

from cocreatie.export import render
from cocreatie.export.plan import build_plan
from cocreatie.i18n import t
from cocreatie.models import Session
from cocreatie.templating import SessionTemplate

from .hostile import HOSTILE
from .mdcheck import section_titles, subsection_titles
from .sessions import build_session


def pandoc_ast(md: str) -> dict[str, Any]:
    return json.loads(pypandoc.convert_text(md, "json", format="gfm"))


def stringify(node: Any) -> str:
    if isinstance(node, list):
        return "".join(stringify(n) for n in node)
    if not isinstance(node, dict):
        return ""
    kind, content = node.get("t"), node.get("c")
    if kind == "Str":
        return str(content)
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind in ("Code", "Math", "RawInline"):
        return str(content[-1])
    if kind == "Link":
        return stringify(content[1])
    return stringify(content)


def walk(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, list):
        for item in node:
            found += walk(item)
    elif isinstance(node, dict):
        if "t" in node:
            found.append(node)
        found += walk(node.get("c"))
        found += walk(node.get("blocks"))
    return found


def headers(ast: dict[str, Any]) -> list[tuple[int, str]]:
    return [(b["c"][0], stringify(b["c"][2])) for b in ast["blocks"] if b["t"] == "Header"]


def table_shapes(ast: dict[str, Any]) -> list[tuple[int, list[int]]]:
    """(header cells, cells per body row) for every table."""
    shapes = []
    for block in ast["blocks"]:
        if block["t"] != "Table":
            continue
        _attr, _caption, _colspecs, head, bodies, _foot = block["c"]
        head_rows = head[1]
        width = len(head_rows[0][1])
        rows = [len(row[1]) for body in bodies for row in itertools.chain(body[2], body[3])]
        shapes.append((width, rows))
    return shapes


def test_pandoc_reads_every_heading_and_table(
    session: Session, greenfield: SessionTemplate
) -> None:
    md = render(session, greenfield, "md").decode("utf-8")
    ast = pandoc_ast(md)
    found = headers(ast)
    assert found[0] == (1, t("export.heading.title", title=session.meta.title))
    assert [text for level, text in found if level == 2] == section_titles()
    assert [text for level, text in found if level == 3] == subsection_titles()
    plan = build_plan(session, greenfield)
    shapes = table_shapes(ast)
    assert [len(rows) for _, rows in shapes] == [
        len(plan.summary.actions),
        len(plan.resident_areas),
        len(plan.others),
        len(plan.factor_rows),
        len(plan.wishes),
        2,  # the worry grid
        len(plan.matrix),
        len(plan.contacts),
        len(plan.actions),
        len(plan.calendar),
    ]
    for width, rows in shapes:
        assert all(cells == width for cells in rows)


def test_pandoc_html_has_the_action_table(session: Session, greenfield: SessionTemplate) -> None:
    html = pypandoc.convert_text(
        render(session, greenfield, "md").decode("utf-8"), "html", format="gfm"
    )
    assert "<th>Actie</th>" in html
    assert "<td>Drempels plaatsen</td>" in html


def test_pandoc_sees_hostile_text_as_plain_text(greenfield: SessionTemplate) -> None:
    pieces = itertools.cycle(HOSTILE)

    def text(_default: str, limit: int) -> str:
        value = "".join(next(pieces) for _ in range(3))[:limit]
        return value if value.strip() else "x"

    session = build_session(text=text)
    md = render(session, greenfield, "md").decode("utf-8")
    ast = pandoc_ast(md)
    assert [text for level, text in headers(ast) if level == 2] == section_titles()
    for width, rows in table_shapes(ast):
        assert all(cells == width for cells in rows)
    kinds = {node["t"] for node in walk(ast["blocks"])}
    assert kinds.isdisjoint(
        {
            "RawInline",
            "RawBlock",
            "Image",
            "Code",
            "CodeBlock",
            "Emph",
            "Strikeout",
            "BlockQuote",
            "OrderedList",
            "Note",
            "Math",
        }
    )
    # GitHub-flavoured Markdown turns bare web addresses into links; nothing else.
    for node in walk(ast["blocks"]):
        if node["t"] == "Link":
            target = node["c"][2][0]
            assert target.startswith(("http://", "https://", "mailto:")), target
