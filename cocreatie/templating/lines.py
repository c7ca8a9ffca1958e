"""Where each table and key of a TOML file starts, by line number.

tomllib returns plain dicts without positions, but a facilitator fixing a
template needs "line 14", not a path like ``steps[2].type``. This is a small
scanner over the text that understands just enough TOML (table headers,
arrays of tables, dotted and quoted keys, strings that span lines, arrays
that span lines, comments) to map a pydantic error location such as
``("steps", 2, "type")`` back to a line. It only runs on files tomllib has
already accepted, so it need not diagnose bad syntax.
"""

from __future__ import annotations

import re

Loc = tuple[str | int, ...]

_BARE = r"[A-Za-z0-9_-]+"
_BASIC = r'"(?:[^"\\]|\\.)*"'
_LITERAL = r"'[^']*'"
_PART = rf"(?:{_BARE}|{_BASIC}|{_LITERAL})"
_DOTTED = rf"{_PART}(?:\s*\.\s*{_PART})*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_DOTTED})\s*\]\]?")
_KEY = re.compile(rf"^\s*({_DOTTED})\s*=")
_SPLIT = re.compile(rf"\s*({_PART})\s*(?:\.|$)")


class TomlPositions:
    """Line numbers (1-based) of tables, array-of-table entries and keys."""

    def __init__(self, text: str) -> None:
        self._lines: dict[Loc, int] = {}
        self._scan(text.splitlines())

    def line_of(self, loc: Loc) -> int | None:
        """The line of ``loc``, or of the nearest enclosing table or key."""
        for end in range(len(loc), 0, -1):
            line = self._lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None

    def _record(self, loc: Loc, line: int) -> None:
        self._lines.setdefault(loc, line)

    def _scan(self, lines: list[str]) -> None:
        table: Loc = ()
        array_counts: dict[Loc, int] = {}
        pending: _ValueState | None = None
        for number, line in enumerate(lines, start=1):
            if pending is not None:
                pending.feed(line)
                if pending.done:
                    pending = None
                continue
            header = _HEADER.match(line)
            if header:
                is_array = header.group(1) == "[["
                table = self._table_path(_split(header.group(2)), is_array, array_counts)
                self._record(table, number)
                if is_array:
                    # The array as a whole is found at its first entry.
                    self._record(table[:-1], number)
                continue
            key = _KEY.match(line)
            if key:
                path = table
                for part in _split(key.group(1)):
                    path = (*path, part)
                    self._record(path, number)
                state = _ValueState()
                state.feed(line[key.end() :])
                if not state.done:
                    pending = state

    @staticmethod
    def _table_path(parts: list[str], is_array: bool, counts: dict[Loc, int]) -> Loc:
        # [[a.b]] appends to array b inside the latest entry of array a.
        path: Loc = ()
        for position, part in enumerate(parts):
            path = (*path, part)
            last = position == len(parts) - 1
            if last and is_array:
                counts[path] = counts.get(path, 0) + 1
                path = (*path, counts[path] - 1)
            elif path in counts:
                path = (*path, counts[path] - 1)
        return path


def _split(dotted: str) -> list[str]:
    return [_unquote(m.group(1)) for m in _SPLIT.finditer(dotted) if m.group(1)]


def _unquote(part: str) -> str:
    if len(part) >= 2 and part[0] == part[-1] and part[0] in "\"'":
        return part[1:-1]
    return part


class _ValueState:
    """Follows a value over lines until its strings and brackets close."""

    def __init__(self) -> None:
        self.depth = 0
        self.delimiter: str | None = None  # the open string's quote, if any

    @property
    def done(self) -> bool:
        return self.depth <= 0 and self.delimiter is None

    def feed(self, text: str) -> None:
        i = 0
        while i < len(text):
            if self.delimiter is not None:
                i = self._in_string(text, i)
                continue
            char = text[i]
            if char == "#":
                break
            if text.startswith(('"""', "'''"), i):
                self.delimiter = text[i : i + 3]
                i += 3
            elif char in "\"'":
                self.delimiter = char
                i += 1
            else:
                if char in "[{":
                    self.depth += 1
                elif char in "]}":
                    self.depth -= 1
                i += 1
        if self.delimiter in ('"', "'"):
            # One-line strings cannot run on; the file parsed, so this is
            # only reachable by odd input. Close it rather than swallow lines.
            self.delimiter = None

    def _in_string(self, text: str, i: int) -> int:
        assert self.delimiter is not None
        if self.delimiter[0] == '"' and text[i] == "\\":
            return i + 2
        if text.startswith(self.delimiter, i):
            end = i + len(self.delimiter)
            # """a"""" is legal: up to two quotes may close the content.
            while len(self.delimiter) == 3 and text.startswith(self.delimiter[0], end):
                end += 1
            self.delimiter = None
            return end
        return i + 1
