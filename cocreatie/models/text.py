"""Text field types that refuse what would break a screen or an export.

Control characters and terminal escape sequences arrive through pastes from
chat apps and e-mails; they would move the cursor on the projector or hide
text in an export, so they are refused with a clear message instead of being
stored. Length limits catch accidental 10,000-character pastes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, StringConstraints
from pydantic_core import PydanticCustomError

# C0 controls except tab/newline, DEL, C1 controls (includes CSI 0x9b).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

NAME_MAX = 80
SHORT_MAX = 200
TEXT_MAX = 2000
LONG_MAX = 8000


def _checker(max_len: int, multiline: bool, required: bool) -> Callable[[str], str]:
    pattern = _CONTROL_MULTILINE if multiline else _CONTROL

    def check(value: str) -> str:
        if multiline:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        if pattern.search(value):
            raise PydanticCustomError("text_control_chars", "contains control characters")
        if len(value) > max_len:
            raise PydanticCustomError(
                "text_too_long",
                "at most {max} characters (got {actual})",
                {"max": max_len, "actual": len(value)},
            )
        if required and not value:
            raise PydanticCustomError("text_required", "may not be empty")
        return value

    return check


def strip_control(value: str) -> str:
    """Remove control characters (used by exports as a second line of defence)."""
    return _CONTROL_MULTILINE.sub("", value)


_strip = StringConstraints(strip_whitespace=True)

Name = Annotated[str, _strip, AfterValidator(_checker(NAME_MAX, False, True))]
ShortText = Annotated[str, _strip, AfterValidator(_checker(SHORT_MAX, False, False))]
RequiredShortText = Annotated[str, _strip, AfterValidator(_checker(SHORT_MAX, False, True))]
Text = Annotated[str, _strip, AfterValidator(_checker(TEXT_MAX, True, False))]
RequiredText = Annotated[str, _strip, AfterValidator(_checker(TEXT_MAX, True, True))]
LongText = Annotated[str, _strip, AfterValidator(_checker(LONG_MAX, True, False))]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
