"""The incremental encoder writes exactly what json.dumps would, edit after edit."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cocreatie.store.jsonenc import IncrementalEncoder, encode_plain


def reference(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


# Each key keeps one JSON type across versions, as in records from the
# models: the encoder's documented blind spot is a value changing only
# between equal numbers of different types (1 → True → 1.0).
scalars = st.one_of(st.none(), st.integers(-(2**40), 2**40), st.text(max_size=20))
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
ids = st.sampled_from(["a1", "b2", "c3", "d4", "e5", None, 7])
items = st.fixed_dictionaries(
    {"id": ids, "text": st.text(max_size=30)},
    optional={
        "votes": st.integers(0, 5),
        "flag": st.booleans(),
        "score": st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: f != 0),
        "extra": json_values,
    },
)
records = st.fixed_dictionaries(
    {
        "wishes": st.lists(items, max_size=6),
        "meta": st.dictionaries(st.text(max_size=6), json_values, max_size=3),
        "veiligheid": st.fixed_dictionaries({"contributions": st.lists(items, max_size=4)}),
    }
)


def tables(record: dict[str, Any]) -> dict[str, Any]:
    return {"session": {"1": record}}


@settings(max_examples=100, deadline=None)
@given(st.lists(records, min_size=1, max_size=6))
def test_successive_versions_encode_like_json_dumps(versions: list[dict[str, Any]]) -> None:
    encoder = IncrementalEncoder()
    for record in versions:
        assert encoder.encode(tables(record)) == reference(tables(record))


@settings(max_examples=60, deadline=None)
@given(records, st.data())
def test_in_place_edits_are_never_missed(record: dict[str, Any], data: st.DataObject) -> None:
    """Callers may change their dicts in place between writes."""
    encoder = IncrementalEncoder()
    encoder.encode(tables(record))
    for _ in range(3):
        for item in [*record["wishes"], *record["veiligheid"]["contributions"]]:
            if data.draw(st.booleans()):
                item["text"] = data.draw(st.text(max_size=30))
            if data.draw(st.booleans()):
                item.setdefault("nested", {"list": []})["list"].append(data.draw(scalars))
        if record["wishes"] and data.draw(st.booleans()):
            record["wishes"].insert(0, record["wishes"].pop())  # reorder
        assert encoder.encode(tables(record)) == reference(tables(record))


def test_reuses_unchanged_items() -> None:
    encoder = IncrementalEncoder()
    wishes = [{"id": f"w{i}", "text": f"wens {i}"} for i in range(50)]
    encoder.encode(tables({"wishes": wishes}))
    cached = encoder._cache[("session", "1", "wishes")]
    wishes[10] = {"id": "w10", "text": "gewijzigd"}
    encoder.encode(tables({"wishes": wishes}))
    again = encoder._cache[("session", "1", "wishes")]
    assert again.texts[9] is cached.texts[9]
    assert again.texts[10] is not cached.texts[10]
    assert again.texts[10] == '{"id":"w10","text":"gewijzigd"}'


def test_unusual_values_take_the_reference_path() -> None:
    encoder = IncrementalEncoder()
    data = {"session": {"1": {"n": {1: "int key"}, "x": [{"id": "a"}, {"id": "a"}], "t": (1, 2)}}}
    assert encoder.encode(data) == encode_plain(data)
