"""A simulated phone (an httpx client with its own cookie jar) and helpers
to read what reached the disk."""

from __future__ import annotations

import json
import re
import secrets
from pathlib import Path
from typing import Any

import httpx

from cocreatie.live import LiveSession
from cocreatie.templating.model import StepType

FIELD = re.compile(r'name="(csrf|key)" value="([^"]*)"')


class Phone:
    def __init__(self, url: str, timeout: float = 30.0) -> None:
        self.url = url
        self.client = httpx.AsyncClient(follow_redirects=False, timeout=timeout)
        self.csrf = ""
        self.key = ""

    async def __aenter__(self) -> Phone:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    async def page(self, query: str = "") -> httpx.Response:
        response = await self.client.get(self.url + query)
        fields = dict(FIELD.findall(response.text))
        self.csrf = fields.get("csrf", self.csrf)
        self.key = fields.get("key", self.key)
        return response

    async def post(
        self, path: str, data: dict[str, Any] | None = None, **kw: Any
    ) -> httpx.Response:
        body = {"csrf": self.csrf, **(data or {})}
        return await self.client.post(self.url + path, data=body, **kw)

    async def join(self, kind: str = "resident", name: str = "") -> httpx.Response:
        await self.page()
        return await self.post("join", {"kind": kind, "name": name})

    async def contribute(self, text: str, key: str | None = None, **extra: Any) -> httpx.Response:
        return await self.post("contribution", {"text": text, "key": key or new_key(), **extra})

    async def wish(self, text: str, key: str | None = None, **extra: Any) -> httpx.Response:
        return await self.post("wish", {"text": text, "key": key or new_key(), **extra})

    async def dots(self, wish_id: str, count: int) -> httpx.Response:
        return await self.post("dots", {"wish": wish_id, "count": str(count)})


def new_key() -> str:
    return secrets.token_urlsafe(18)


def acknowledged(response: httpx.Response) -> bool:
    return response.status_code == 303 and "?ok=" in response.headers.get("location", "")


def record_on_disk(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    record: dict[str, Any] = data["session"]["1"]
    return record


def keys_on_disk(record: dict[str, Any]) -> list[str]:
    """The form keys of every contribution and wish in the record."""
    items = [*record["veiligheid"]["contributions"], *record["wishes"]]
    return [i["origin"]["key"] for i in items if i.get("origin")]


def go_to(live: LiveSession, step_type: StepType) -> None:
    index = next(i for i, s in enumerate(live.template.steps) if s.type is step_type)
    session = live.session
    session.progress = session.progress.validated_copy(current_step=index)
    live.submit()
