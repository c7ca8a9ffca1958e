"""Hypothesis strategies for text that tries to break an export."""

from __future__ import annotations

from hypothesis import strategies as st

# Each one tries to break out of its place: a table cell, a paragraph, a
# list item, the page. The record accepts all of them (no control chars).
HOSTILE = [
    "|",
    "a | b",
    "\\|",
    "\\",
    "# Kop",
    "## x ##",
    "#",
    "```",
    "~~~",
    "`code`",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- x -->",
    "[x](javascript:alert(1))",
    "![img](javascript:alert(1))",
    "<javascript:alert(1)>",
    "<http://evil.example>",
    "[link]: http://evil.example",
    "[^1]: voetnoot",
    "regel 1\nregel 2",
    "\n\n- item\n\n",
    "x\n---",
    "x\n===",
    "1. lijst",
    "1) lijst",
    "* ster",
    "+ plus",
    "- min",
    "> citaat",
    "    ingesprongen code",
    "\ttab",
    "***",
    "*nadruk* en _nadruk_ en **vet**",
    "~~weg~~",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "&amp;",
    "$x^2$",
    "@gemeente",
    '=HYPERLINK("http://evil.example")',
    "+31 6 1234",
    "-1+1",
    "@SUM(A1)",
    " =1+1",
    "😀👍🏽🏳️‍🌈",
    "مرحبا بالعالم",
    "שלום עולם",
    # Direction marks are allowed (overrides are refused by the model).
    "\u200fevil\u200e",
    "e\u0301\u0301\u0301",
    "Z\u0364\u0354\u0367\u0311",
    "| --- | --- |",
    "\u2028\u2029",
    "\u00a0\u3000",
]

# Valid record text: anything but surrogates, control characters and
# direction overrides (which the model refuses) and zero-width characters
# (which it drops), newlines and tabs included.
_NOT_KEPT = "\r\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DROPPED = "\u200b\u200c\u200d\u2060\ufeff"
_CHARS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=_NOT_KEPT + _DROPPED)
_PLAIN = st.text(alphabet=st.one_of(_CHARS, st.sampled_from("\n\t|#`<>[]()\\*_-=+!&")))


def hostile_text(limit: int) -> st.SearchStrategy[str]:
    pieces = st.lists(st.one_of(st.sampled_from(HOSTILE), _PLAIN), min_size=1, max_size=6)
    joined = pieces.map("".join)
    # Up to the field's limit: a long run of one hostile piece.
    long = st.builds(
        lambda piece, n: (piece * (limit // max(len(piece), 1) + 1))[:n],
        st.sampled_from(HOSTILE),
        st.integers(min_value=max(1, limit - 20), max_value=limit),
    )
    return st.one_of(joined, long).map(lambda s: _fit(s, limit))


def _fit(value: str, limit: int) -> str:
    value = value[:limit]
    # Required fields: never blank once the model strips it.
    return value if value.strip() else "x"
