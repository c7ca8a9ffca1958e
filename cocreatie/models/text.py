"""Text field types that refuse what would break a screen or an export.

Control characters and terminal escape sequences arrive through pastes from
chat apps and e-mails; they would move the cursor on the projector or hide
text in an export, so they are refused with a clear message instead of being
stored. So are direction overrides, which make text read in another order
than it is stored; zero-width characters are dropped without a word (see
``cocreatie.models.chars``). Length limits catch accidental
10,000-character pastes.

Records read back from the data folder were accepted by earlier versions,
some before direction overrides were refused; there the overrides are
dropped instead (``from_storage``), so an old session never reads as damaged
for a rule it predates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, StringConstraints, ValidationInfo
from pydantic_core import PydanticCustomError

from cocreatie.models.base import from_storage
from cocreatie.models.chars import (
    BIDI_CONTROL,
    CONTROL,
    CONTROL_MULTILINE,
    drop_bidi,
    drop_zero_width,
    strip_unsafe,
)

NAME_MAX = 80
SHORT_MAX = 200
TEXT_MAX = 2000
LONG_MAX = 8000


def _checker(max_len: int, multiline: bool, required: bool) -> Callable[[str, ValidationInfo], str]:
    pattern = CONTROL_MULTILINE if multiline else CONTROL

    def check(value: str, info: ValidationInfo) -> str:
        cleaned = drop_zero_width(value)
        if cleaned != value:
            value = cleaned.strip()
        if multiline:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        if pattern.search(value):
            raise PydanticCustomError("text_control_chars", "contains control characters")
        if BIDI_CONTROL.search(value):
            if not from_storage(info):
                raise PydanticCustomError(
                    "text_bidi_chars", "contains characters that change the reading direction"
                )
            value = drop_bidi(value).strip()
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
    """Remove control, direction and zero-width characters (used by exports
    and terminal lines as a second line of defence)."""
    return strip_unsafe(value)


_strip = StringConstraints(strip_whitespace=True)

Name = Annotated[str, _strip, AfterValidator(_checker(NAME_MAX, False, True))]
ShortText = Annotated[str, _strip, AfterValidator(_checker(SHORT_MAX, False, False))]
RequiredShortText = Annotated[str, _strip, AfterValidator(_checker(SHORT_MAX, False, True))]
Text = Annotated[str, _strip, AfterValidator(_checker(TEXT_MAX, True, False))]
RequiredText = Annotated[str, _strip, AfterValidator(_checker(TEXT_MAX, True, True))]
LongText = Annotated[str, _strip, AfterValidator(_checker(LONG_MAX, True, False))]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$")]
