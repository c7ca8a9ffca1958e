"""Template problems as ``file:line: where: what`` lines for facilitators.

One line per problem, in the catalogue's language, e.g.
``templates/oov-verkeer.toml:14: stap 3: onbekend staptype "wensen2" (...)``.
The "where" part counts entries from 1 as a person reading the file would
(the third ``[[steps]]`` is "stap 3"), and fields keep the names they have
in the file, because that is what the facilitator has to find and fix.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from typing import Any

from pydantic import BaseModel, ValidationError

from cocreatie.i18n import has, t
from cocreatie.models.vocab import PolicyDomain
from cocreatie.templating import model
from cocreatie.templating.lines import Loc, TomlPositions

# The model behind each part of the file, to suggest the right key for a typo.
_SECTION_MODELS: dict[str, type[BaseModel]] = {
    "steps": model.Step,
    "factors": model.Factor,
    "roles": model.Role,
    "actors": model.ActorPreset,
    "location_types": model.LocationType,
    "participant_kinds": model.ParticipantKind,
    "comparison": model.Comparison,
    "voting": model.Voting,
    "limits": model.Limits,
}

# Enum fields whose own message says what is wrong ("unknown step type").
_ENUM_CHOICES: dict[str, tuple[str, list[str]]] = {
    "type": ("unknown_step_type", [s.value for s in model.StepType]),
    "domain": ("unknown_domain", [d.value for d in PolicyDomain]),
}

# Errors whose message names the field itself, so no "field: " prefix.
_SELF_NAMING = {
    "missing",
    "extra_forbidden",
    "enum",
    "template_no_accountable",
    "template_many_accountable",
    "template_duplicate_id",
    "template_unknown_domain",
    "template_unknown_kind",
    "template_follow_up_needs_previous",
    "template_statements_need_statement",
}

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_END = re.compile(r"\s*\(at end of document\)$")
# tomllib's English messages, by their opening words, to catalogue keys.
_TOML_MESSAGES = (
    # A one-line string running into the end of its line.
    ("Illegal character '\\n'", "unterminated_string"),
    ("Expected '=' after a key", "expected_equals"),
    ("Invalid value", "invalid_value"),
    ("Invalid statement", "invalid_statement"),
    ("Unterminated string", "unterminated_string"),
    ("Unclosed array", "unclosed_array"),
    ("Unclosed inline table", "unclosed_table"),
    ("Expected ']", "unclosed_header"),
    ("Cannot declare", "duplicate"),
    ("Cannot overwrite", "duplicate"),
    ("Cannot redefine", "duplicate"),
    ("Cannot mutate", "duplicate"),
    ("Duplicate inline table key", "duplicate"),
    ("Illegal character", "illegal_character"),
    ("Found invalid character", "illegal_character"),
    ("Invalid initial character for a key", "invalid_key"),
    ("Invalid date or datetime", "invalid_date"),
    ("Unescaped '\\'", "backslash"),
)


def describe_toml_error(exc: tomllib.TOMLDecodeError, source: str) -> str:
    """``file:line: not valid TOML (column c): reason`` for a syntax error."""
    text = str(exc)
    line: int | None = None
    column: int | None = None
    position = _TOML_POSITION.search(text)
    if position:
        line, column = int(position.group(1)), int(position.group(2))
        text = text[: position.start()]
    else:
        text = _TOML_END.sub("", text)
    code = next((key for prefix, key in _TOML_MESSAGES if text.startswith(prefix)), None)
    detail = t(f"templates.toml.{code}") if code else text
    if column is not None:
        message = t("templates.error.toml_syntax_at", detail=detail, column=column)
    else:
        message = t("templates.error.toml_syntax", detail=detail)
    return f"{source}:{line}: {message}" if line else f"{source}: {message}"


def describe_template_errors(exc: ValidationError, text: str, source: str) -> list[str]:
    """One line per pydantic error, located in ``text`` where possible."""
    positions = TomlPositions(text)
    out: list[str] = []
    for error in exc.errors():
        loc = _effective_loc(error)
        line = positions.line_of(loc)
        where = _where(loc, error["type"])
        message = _message(error, loc)
        prefix = f"{source}:{line}" if line else source
        out.append(f"{prefix}: {where}: {message}" if where else f"{prefix}: {message}")
    return out


def _effective_loc(error: Any) -> Loc:
    """The location the problem is really about.

    Rules over a whole list (one accountable role, unique ids) or over the
    whole template carry the offending entry in their context instead.
    """
    ctx = error.get("ctx") or {}
    if "loc" in ctx:
        return tuple(ctx["loc"])
    loc: Loc = tuple(error["loc"])
    if "index" in ctx:
        loc = (*loc, int(ctx["index"]))
        if "field" in ctx:
            loc = (*loc, str(ctx["field"]))
    return loc


def _field_of(loc: Loc) -> str:
    """The key a problem is about: the last name in ``loc``."""
    return next((p for p in reversed(loc) if isinstance(p, str)), "")


def _where(loc: Loc, kind: str) -> str:
    """``stap 3``, ``[voting]: dots_per_participant``, ``stap 2: vraag 1`` ...

    A final plain field is included unless the message names it itself.
    """
    field = loc[-1] if loc and isinstance(loc[-1], str) else None
    context = loc[:-1] if field is not None else loc
    parts: list[str] = []
    i = 0
    while i < len(context):
        part = context[i]
        nxt = context[i + 1] if i + 1 < len(context) else None
        if isinstance(part, str) and isinstance(nxt, int):
            key = f"templates.where.{part}"
            parts.append(t(key, n=nxt + 1) if has(key) else f"{part} {nxt + 1}")
            i += 2
            continue
        parts.append(f"[{part}]" if i == 0 and part in _SECTION_MODELS else str(part))
        i += 1
    if field is not None and kind not in _SELF_NAMING:
        parts.append(field)
    return ": ".join(parts)


def _message(error: Any, loc: Loc) -> str:
    kind: str = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    field = _field_of(loc)
    # Rules of the template model put the offending value in their context.
    shown = _shown(ctx.get("input", error.get("input")))
    params: dict[str, Any] = {**ctx, "field": field, "input": shown}
    if kind == "enum" and field in _ENUM_CHOICES:
        code, choices = _ENUM_CHOICES[field]
        return t(f"templates.error.{code}", input=shown, expected=", ".join(choices))
    if kind in ("enum", "literal_error"):
        params["expected"] = _choices(ctx)
    if kind == "enum":
        return t("templates.error.unknown_value", **params)
    if kind == "extra_forbidden":
        suggestion = _suggest(field, loc)
        if suggestion:
            return t("templates.error.unknown_field_hint", field=field, suggestion=suggestion)
        return t("templates.error.unknown_field", field=field)
    if kind in ("too_short", "string_too_short") and ctx.get("min_length") == 1:
        kind = "empty"
    key = f"templates.error.{kind}"
    return t(key, **params) if has(key) else str(error["msg"])


def _choices(ctx: dict[str, Any]) -> str:
    expected = str(ctx.get("expected", ""))
    options = re.findall(r"'([^']*)'", expected)
    return ", ".join(options) if options else expected


def _suggest(field: str, loc: Loc) -> str | None:
    section = next((p for p in loc[:-1] if isinstance(p, str)), None)
    owner = _SECTION_MODELS.get(section or "", model.SessionTemplate)
    known = list(owner.model_fields)
    match = difflib.get_close_matches(field, known, n=1, cutoff=0.6)
    return match[0] if match else None


def _shown(value: Any) -> str:
    """The value as it is written in TOML, so ``"30"`` shows its quotes."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "…"
        return f'"{text}"'
    if isinstance(value, int | float):
        return str(value)
    # Tables and lists: too long to repeat; the location says where it is.
    return "…"
