"""Template validation errors as ``file:line: where: what`` lines.

tomllib gives no positions, so the line is found by walking the text for the
table header and key the error points at; where that fails the line is left
out rather than guessed wrong.
"""

from __future__ import annotations

import re

from pydantic import ValidationError


def describe_template_errors(exc: ValidationError, text: str, source: str) -> list[str]:
    lines = text.splitlines()
    out: list[str] = []
    for error in exc.errors():
        loc = [str(p) for p in error["loc"]]
        line = _find_line(lines, error["loc"])
        where = _where(error["loc"])
        message = error["msg"]
        if error["type"] == "enum":
            message = f'unknown {loc[-1].replace("_", " ")} "{error.get("input")}"'
        prefix = f"{source}:{line}" if line else source
        out.append(f"{prefix}: {where}: {message}" if where else f"{prefix}: {message}")
    return out


def _where(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    i = 0
    while i < len(loc):
        part = loc[i]
        if i + 1 < len(loc) and isinstance(loc[i + 1], int):
            name = str(part).rstrip("s") if str(part).endswith("s") else str(part)
            parts.append(f"{name} {int(loc[i + 1]) + 1}")
            i += 2
            continue
        parts.append(str(part))
        i += 1
    return ": ".join(parts)


def _find_line(lines: list[str], loc: tuple[int | str, ...]) -> int | None:
    if not loc:
        return None
    start = 0
    remaining = list(loc)
    if len(remaining) >= 2 and isinstance(remaining[1], int):
        header = re.compile(rf"^\s*\[\[\s*{re.escape(str(remaining[0]))}\s*\]\]")
        seen = -1
        for index, line in enumerate(lines):
            if header.match(line):
                seen += 1
                if seen == remaining[1]:
                    start = index
                    break
        else:
            return None
        remaining = remaining[2:]
        if not remaining:
            return start + 1
    key = re.compile(rf"^\s*{re.escape(str(remaining[0]))}\s*=")
    for index in range(start, len(lines)):
        if index > start and lines[index].lstrip().startswith("[") and start:
            break
        if key.match(lines[index]):
            return index + 1
    return start + 1 if start else None
