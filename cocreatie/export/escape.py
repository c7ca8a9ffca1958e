"""Escaping user text for CommonMark/GFM, so it stays text.

A wish may contain ``|``, a leading ``#``, backticks, ``<script>`` or a
markdown link; escaped here, it cannot split a table cell, start a heading,
open a code span or become markup or a link. Every ASCII punctuation
character may be backslash-escaped in CommonMark, so escaping renders the
character itself everywhere (GitHub, GitLab, pandoc, Textual, markdown-it).

Only characters that can start a construct are escaped, so the raw Markdown
stays readable in a diff.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache, wraps

from cocreatie.export.clean import clean


class Md(str):
    """Markdown that may be emitted as is (already escaped, or our own text)."""

    __slots__ = ()


# Inline constructs: escapes, code, emphasis, links, autolinks and HTML,
# table pipes, strikethrough, ATX headings (also their closing #), math,
# and e-mail addresses that GitHub would turn into links.
_ALWAYS = re.compile(r"([\\`*_\[\]<>|~#$@])")
# Web addresses GitHub links without brackets: "https://..." and "www.".
_BARE_URL = re.compile(r"(?<=[A-Za-z])(:)(?=//)|(?<![\w.])(www)(\.)", re.IGNORECASE)
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED_LIST = re.compile(r"^(\d{1,9})([.)])")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")

CELL_LINE_SEPARATOR = " / "


def _escape_line(line: str, block_start: bool) -> str:
    # Leading blanks would make an indented code block; trailing ones a
    # hard line break.
    line = line.strip(" \t")
    line = _ALWAYS.sub(r"\\\1", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _BARE_URL.sub(_unlink, line)
    if block_start:
        # Only where a line can open a block: table cells and headings hold
        # inline text, and "4. Het gesprek" reads better unescaped there.
        line = _ORDERED_LIST.sub(r"\1\\\2", line)
        if line[:1] in ("-", "+", "="):  # bullet, thematic break, setext underline
            line = "\\" + line
    return line


def _unlink(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\:"
    return f"{match.group(2)}\\."


def _lines(value: object, block_start: bool = True) -> list[str]:
    if value is None:
        return []
    lines = (_escape_line(line, block_start) for line in clean(str(value)).split("\n"))
    return [line for line in lines if line]


def _cached(fn: Callable[[object], Md]) -> Callable[[object], Md]:
    """Escape each distinct text once: plans repeat the same names, dates
    and labels row after row. Only strings are cached (hashable, and what
    nearly every value is)."""
    cached = lru_cache(maxsize=4096)(fn)
    _CACHES.append(cached.cache_clear)

    @wraps(fn)
    def escape(value: object) -> Md:
        return cached(value) if type(value) is str else fn(value)

    return escape


_CACHES: list[Callable[[], None]] = []


def clear_caches() -> None:
    """Forget escaped texts (benchmarks measure a first export, not a repeat)."""
    for clear in _CACHES:
        clear()


@_cached
def md_inline(value: object) -> Md:
    """Text inside a paragraph or list item; its newlines become hard breaks."""
    return Md("\\\n".join(_lines(value)))


@_cached
def md_cell(value: object) -> Md:
    """Text on one line: a table cell or a heading. Newlines become `` / ``."""
    return Md(CELL_LINE_SEPARATOR.join(_lines(value, block_start=False)))


@_cached
def md_line(value: object) -> Md:
    """Text on one line that may land at the start of a line: the default
    for any value a layout prints without a filter."""
    return Md(CELL_LINE_SEPARATOR.join(_lines(value, block_start=True)))


def md_cells(values: Iterable[object], separator: str = " · ") -> Md:
    """Several texts in one cell; empty ones are left out."""
    parts = (md_cell(v) for v in values)
    return Md(separator.join(p for p in parts if p))


def md_block(value: object) -> Md:
    """Paragraphs at the top level of the document (blank lines kept)."""
    if value is None:
        return Md("")
    paragraphs = (md_inline(p) for p in _BLANK_LINES.split(clean(str(value))))
    return Md("\n\n".join(p for p in paragraphs if p))
