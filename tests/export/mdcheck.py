"""Reading an exported Markdown plan back with markdown-it-py, for assertions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

from cocreatie.i18n import t

# Control characters as the model defines them, plus ESC and lone CR.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f]")


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    source_lines: list[str]


def tokens(md: str) -> list[Token]:
    return parser().parse(md)


def text_of(inline: Token) -> str:
    """What a reader sees of an inline token (escapes resolved)."""
    parts = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def headings(md: str) -> list[tuple[int, str]]:
    toks = tokens(md)
    found = []
    for i, tok in enumerate(toks):
        if tok.type == "heading_open":
            found.append((int(tok.tag[1]), text_of(toks[i + 1])))
    return found


def tables(md: str) -> list[Table]:
    toks = tokens(md)
    lines = md.split("\n")
    out: list[Table] = []
    current: Table | None = None
    row: list[str] | None = None
    in_head = False
    for i, tok in enumerate(toks):
        if tok.type == "table_open":
            assert tok.map is not None
            current = Table([], [], lines[tok.map[0] : tok.map[1]])
        elif tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row = []
        elif tok.type in ("th_open", "td_open"):
            assert row is not None
            row.append(text_of(toks[i + 1]) if toks[i + 1].type == "inline" else "")
        elif tok.type == "tr_close":
            assert current is not None and row is not None
            if in_head:
                current.header = row
            else:
                current.rows.append(row)
        elif tok.type == "table_close":
            assert current is not None
            out.append(current)
            current = None
    return out


def unescaped_pipes(line: str) -> int:
    count, i = 0, 0
    while i < len(line):
        if line[i] == "\\":
            i += 2
            continue
        if line[i] == "|":
            count += 1
        i += 1
    return count


def assert_tables_intact(md: str) -> list[Table]:
    """Every row of every table, in the source and as parsed, has the header's
    number of cells (markdown-it pads short rows, so the source is checked)."""
    found = tables(md)
    for table in found:
        width = len(table.header)
        assert width > 0
        assert len(table.source_lines) == 2 + len(table.rows), table.source_lines
        for line in table.source_lines:
            assert line.startswith("|") and line.endswith("|"), line
            assert unescaped_pipes(line) == width + 1, line
        for row in table.rows:
            assert len(row) == width
    return found


def section_titles() -> list[str]:
    """The level-2 headings every plan has, in order (Dutch catalogue)."""
    keys = [
        "summary",
        "details",
        "purpose",
        "participants",
        "veiligheid",
        "wishes",
        "roles",
        "contacts",
        "actions",
        "calendar",
        "closing",
        "warnings",
        "next_meeting",
    ]
    return [t(f"export.heading.{k}") for k in keys]


def subsection_titles() -> list[str]:
    keys = [
        "residents",
        "others",
        "shared_definition",
        "per_factor",
        "agreements",
        "differences",
        "buikpijn",
        "remarks",
        "open_questions",
    ]
    return [t(f"export.heading.{k}") for k in keys]


def table_after(md: str, heading: str) -> Table:
    """The first table below ``heading`` (and before the next heading)."""
    start = md.index(f" {heading}\n")
    rest = md[start:]
    nxt = re.search(r"\n#{1,3} ", rest[1:])
    chunk = rest[: nxt.start() + 1] if nxt else rest
    found = tables(chunk)
    assert found, f"no table under {heading}"
    return found[0]


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.values: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs |= {name for name, _ in attrs}
        self.values += [value or "" for _, value in attrs]
