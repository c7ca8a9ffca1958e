"""Remove what could steer a terminal or hide text, from any exported string.

The record already refuses control characters, but exports also take text
from templates, catalogues and older records; this is the second line of
defence. Whole escape sequences go first, so "ESC [31m" leaves nothing
behind rather than a stray "[31m".
"""

from __future__ import annotations

import re

from cocreatie.models.text import strip_control

_ESCAPE_SEQUENCES = re.compile(
    r"""
      \x1b\[[0-?]*[ -/]*[@-~]            # CSI: colours, cursor moves
    | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)  # OSC: window titles, hyperlinks
    | \x1b[PX^_][^\x1b]*\x1b\\           # DCS, SOS, PM, APC strings
    | \x1b[ -/]*[0-~]                    # two- and three-byte escapes
    | \x9b[0-?]*[ -/]*[@-~]              # 8-bit CSI
    | \x9d[^\x07\x9c]*(?:\x07|\x9c)      # 8-bit OSC
    """,
    re.VERBOSE,
)
# A lone surrogate (odd pastes) cannot be written as UTF-8 at all.
_SURROGATES = re.compile("[\ud800-\udfff]")
# Nearly all text has none of the above: one search decides (exports clean
# tens of thousands of strings).
_SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without escape sequences, control characters or lone surrogates.

    Newlines and tabs stay; carriage returns become newlines.
    """
    if not text:
        return ""
    if not _SUSPECT.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPE_SEQUENCES.sub("", text)
    text = strip_control(text)
    return _SURROGATES.sub("\ufffd", text)
