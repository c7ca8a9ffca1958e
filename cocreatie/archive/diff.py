"""Which fields differ between two versions of a session, in words.

Lists of items (actions, wishes, participants, ...) are matched by id, so a
changed status reads as "Actie «Meer licht» · Stand: bezig ↔ open" rather
than as a change at list position 3. Item timestamps (``updated``) change
with every edit and say nothing a facilitator can act on; they are left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from cocreatie.i18n import has, t

_IGNORED = frozenset({"updated"})
_LABEL_FIELDS = ("title", "display_name", "text", "function", "subject", "person_name", "theme")
_VALUE_WIDTH = 48
_LABEL_WIDTH = 36


@dataclass(frozen=True)
class Difference:
    where: str
    mine: str
    theirs: str

    def line(self) -> str:
        return f"{self.where}: {self.mine} ↔ {self.theirs}"


def differences(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[Difference]:
    """Every differing field, in record order (``mine`` first)."""
    return list(_diff_dicts(mine, theirs, ()))


def _diff_dicts(
    mine: Mapping[str, Any], theirs: Mapping[str, Any], where: tuple[str, ...]
) -> Iterator[Difference]:
    for key in [*mine, *(k for k in theirs if k not in mine)]:
        if key in _IGNORED:
            continue
        label = _section(key) if isinstance(mine.get(key, theirs.get(key)), dict) else _field(key)
        yield from _diff_values(mine.get(key), theirs.get(key), (*where, label), key)


def _diff_values(a: Any, b: Any, where: tuple[str, ...], key: str) -> Iterator[Difference]:
    if a == b:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        yield from _diff_dicts(a, b, where)
    elif _is_item_list(a) and _is_item_list(b):
        yield from _diff_items(a, b, where[:-1], key)
    else:
        yield Difference(" · ".join(where), _show(a, key), _show(b, key))


def _diff_items(
    mine: list[dict[str, Any]], theirs: list[dict[str, Any]], where: tuple[str, ...], key: str
) -> Iterator[Difference]:
    kind = _section(key)
    by_id = {item["id"]: item for item in theirs}
    mine_ids = {item["id"] for item in mine}
    for item in mine:
        label = (*where, f"{kind} «{_label(item)}»")
        other = by_id.get(item["id"])
        if other is None:
            yield Difference(" · ".join(label), t("archive.diff.present"), t("archive.diff.absent"))
        else:
            yield from _diff_dicts(item, other, label)
    for item in theirs:
        if item["id"] not in mine_ids:
            label = (*where, f"{kind} «{_label(item)}»")
            yield Difference(" · ".join(label), t("archive.diff.absent"), t("archive.diff.present"))


def _is_item_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(i, dict) and "id" in i for i in value)


def _section(key: str) -> str:
    return t(f"archive.section.{key}") if has(f"archive.section.{key}") else _field(key)


def _field(key: str) -> str:
    for catalogue_key in (f"archive.field.{key}", f"models.field.{key}"):
        if has(catalogue_key):
            return t(catalogue_key)
    return key


def _label(item: Mapping[str, Any]) -> str:
    for name in _LABEL_FIELDS:
        value = item.get(name)
        if isinstance(value, str) and value.strip():
            return _short(value, _LABEL_WIDTH)
    return str(item.get("id", "?"))


def _show(value: Any, key: str) -> str:
    if value is None or value == "" or value == []:
        return t("archive.diff.empty")
    if isinstance(value, bool):
        return t("archive.diff.yes") if value else t("archive.diff.no")
    if isinstance(value, str):
        # A word from a fixed list (a status, a verdict) reads in the UI's words.
        vocab = f"models.vocab.{key}.{value}"
        return t(vocab) if has(vocab) else f"“{_short(value, _VALUE_WIDTH)}”"
    if isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            return _short(", ".join(str(v) for v in value), _VALUE_WIDTH)
        return t("archive.diff.items", count=len(value))
    if isinstance(value, dict):
        return t("archive.diff.items", count=len(value))
    return str(value)


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
