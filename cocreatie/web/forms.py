"""Reading a posted form: size-capped, deadline-bound, urlencoded only.

No multipart parser: the phone pages post plain ``application/x-www-form-
urlencoded`` forms, and a smaller parser is a smaller surface.
"""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs

from starlette.requests import Request

from cocreatie.web.limits import Limits


class FormTooLargeError(Exception):
    pass


class FormTooSlowError(Exception):
    pass


class Form:
    def __init__(self, fields: dict[str, list[str]]) -> None:
        self._fields = fields

    def get(self, name: str) -> str:
        values = self._fields.get(name)
        return values[0] if values else ""

    def all(self, name: str) -> list[str]:
        return list(self._fields.get(name, []))

    def names(self) -> list[str]:
        return list(self._fields)


async def read_form(request: Request, limits: Limits) -> Form:
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limits.max_body_bytes):
        raise FormTooLargeError
    body = bytearray()
    try:
        async with asyncio.timeout(limits.body_timeout_s):
            async for chunk in request.stream():
                body += chunk
                if len(body) > limits.max_body_bytes:
                    raise FormTooLargeError
    except TimeoutError as exc:
        raise FormTooSlowError from exc
    text = bytes(body).decode("utf-8", errors="replace")
    try:
        fields = parse_qs(text, keep_blank_values=True, max_num_fields=100)
    except ValueError as exc:
        raise FormTooLargeError from exc
    return Form(fields)
