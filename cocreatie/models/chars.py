"""Characters that must not reach a screen, a file or an export as typed.

Three kinds arrive through pastes from chat apps, e-mails and web pages:

* control characters and terminal escape sequences (ESC, CSI) move the
  cursor, repaint the projector or retitle the terminal: refused;
* direction overrides, embeddings and isolates (U+202A–U+202E,
  U+2066–U+2069) make text read in another order than it is stored, so a
  plan could show "Bewoner 3" where it says something else: refused;
* zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are invisible and
  change nothing a reader sees, only how a search or a comparison fails:
  dropped silently.

Plain ``re`` only, no pydantic: the command line and the first screen use
these before any model is built.
"""

from __future__ import annotations

import re

# C0 controls except tab/newline, DEL, C1 controls (includes CSI 0x9b).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The same for multi-line text, which keeps carriage returns as well.
CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")

# Everything an export or a terminal line should never carry.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200d\u2060\ufeff]"
)


def drop_zero_width(value: str) -> str:
    return ZERO_WIDTH.sub("", value)


def has_control(value: str, multiline: bool = True) -> bool:
    return bool((CONTROL_MULTILINE if multiline else CONTROL).search(value))


def has_bidi(value: str) -> bool:
    return bool(BIDI_CONTROL.search(value))


def drop_bidi(value: str) -> str:
    return BIDI_CONTROL.sub("", value)


def is_plain(value: str) -> bool:
    """No control character and no direction override: safe to paint as is."""
    return not (has_control(value) or has_bidi(value))


def strip_unsafe(value: str) -> str:
    """Remove control, direction and zero-width characters (a second line of
    defence for exports and terminal lines; tabs and newlines stay)."""
    return _UNSAFE.sub("", value)
