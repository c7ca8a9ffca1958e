"""A refused change as a ``ValidationError``, like every other refusal.

Rules that span several parts of the record (a dot budget, a closed vote)
are checked by the session's methods, not by a field; raising the same
error type lets every front end word them with ``models.errors.describe``
(catalogue ``models.error.<code>``).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError


def refused(code: str, message: str, loc: tuple[str, ...] = (), **context: Any) -> ValidationError:
    error = PydanticCustomError(code, message, context or None)
    detail: InitErrorDetails = {"type": error, "loc": loc, "input": None}
    return ValidationError.from_exception_data("Session", [detail])
