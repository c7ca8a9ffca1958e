"""JSON encoding that only re-encodes the items that changed.

A session is a record with long lists of items (wishes, contributions,
actions ...), and an edit changes one or two of them. Encoding 1,000 wishes
with the standard library takes 7-10 ms on the development machine, far
more than writing the bytes (about 1 ms with both fsyncs). So each list of
dicts is encoded item by item and each item's text is kept, keyed by its
``id`` (or position) together with a private copy of the item; the next
encode compares each item with its copy (a C-level ``==``, some twenty times
cheaper than encoding it) and reuses the text when they are equal.

The output is byte-for-byte what ``json.dumps(data, ensure_ascii=False,
sort_keys=True, separators=(",", ":"))`` gives, with one documented
exception: Python's ``==`` treats ``1``, ``1.0`` and ``True`` (and ``0.0``
and ``-0.0``) as equal, so a value that changes only between those keeps
its earlier spelling. Records from the pydantic models never do that (each
field has one JSON type), and strings, which hold the words, are always
compared exactly.
"""

from __future__ import annotations

import copy
import json
import marshal
import operator
from dataclasses import dataclass
from itertools import repeat
from typing import Any

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
# The same key escaping the C encoder uses when ensure_ascii is off.
_encode_key = json.encoder.encode_basestring

# Deeper dicts are encoded whole; the item lists of a session sit at depth 4
# (tables → table → document → field → list) or 5 (veiligheid.contributions).
_MAX_DICT_DEPTH = 6

Path = tuple[str, ...]


@dataclass(frozen=True)
class _EncodedList:
    ids: list[Any]
    copies: list[Any]  # private copies of the items, as encoded
    texts: list[str]


def encode_plain(data: Any) -> str:
    """The reference encoding (and the fallback for anything unusual)."""
    return _ENCODER.encode(data)


class IncrementalEncoder:
    """Encodes successive versions of one database, reusing unchanged items.

    Not thread-safe; one per storage, used under that storage's writer.
    """

    def __init__(self) -> None:
        self._cache: dict[Path, _EncodedList] = {}

    def encode(self, data: Any) -> str:
        fresh: dict[Path, _EncodedList] = {}
        # Pieces are joined once at the end: nested concatenation would copy
        # a large file's text once per level.
        out: list[str] = []
        self._value(data, (), out, fresh)
        # Only lists present in this version are kept: memory stays bounded
        # by the record's size.
        self._cache = fresh
        return "".join(out)

    def _value(
        self, value: Any, path: Path, out: list[str], fresh: dict[Path, _EncodedList]
    ) -> None:
        # Exact types only: subclasses (TinyDB's Document, enums) take the
        # reference path so their encoding is never second-guessed.
        if type(value) is dict and len(path) < _MAX_DICT_DEPTH and value:
            if all(type(key) is str for key in value):
                separator = "{"
                for key in sorted(value):
                    out.append(f"{separator}{_encode_key(key)}:")
                    self._value(value[key], (*path, key), out, fresh)
                    separator = ","
                out.append("}")
                return
        elif type(value) is list and len(value) > 1 and set(map(type, value)) == {dict}:
            encoded = self._items(value, self._cache.get(path))
            fresh[path] = encoded
            # Interleave the commas rather than join: a joined list would be
            # copied once more into the final text.
            pieces = [","] * (2 * len(encoded.texts) + 1)
            pieces[0], pieces[-1] = "[", "]"
            pieces[1::2] = encoded.texts
            out.extend(pieces)
            return
        out.append(_ENCODER.encode(value))

    @staticmethod
    def _items(items: list[dict[str, Any]], before: _EncodedList | None) -> _EncodedList:
        ids = list(map(dict.get, items, repeat("id")))
        if before is not None and before.ids == ids:
            # The usual edit: same items in the same order. Compare them all
            # in C and re-encode only those that differ.
            copies, texts = before.copies[:], before.texts[:]
            same = list(map(operator.eq, items, before.copies))
            index = -1
            while not all(same[index + 1 :]):
                index = same.index(False, index + 1)
                copies[index] = _private_copy(items[index])
                texts[index] = _ENCODER.encode(items[index])
            return _EncodedList(ids, copies, texts)
        # Items added, removed or moved: match them up by id.
        known: dict[Any, tuple[Any, str]] = {}
        if before is not None:
            known = {
                i: (c, t)
                for i, c, t in zip(before.ids, before.copies, before.texts, strict=True)
                if type(i) is str
            }
        copies, texts = [], []
        for ident, item in zip(ids, items, strict=True):
            hit = known.get(ident) if type(ident) is str else None
            if hit is not None and hit[0] == item:
                copies.append(hit[0])
                texts.append(hit[1])
            else:
                copies.append(_private_copy(item))
                texts.append(_ENCODER.encode(item))
        return _EncodedList(ids, copies, texts)


def _private_copy(item: dict[str, Any]) -> Any:
    # The caller may change its dicts in place later; the comparison needs
    # the item as it was encoded. marshal copies plain JSON data ~10x faster
    # than deepcopy and keeps exact types.
    try:
        return marshal.loads(marshal.dumps(item))
    except ValueError:  # not plain data (a str subclass, say)
        return copy.deepcopy(item)
