"""Hostile input: refused or shown harmlessly, never a 500 or a trace."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from cocreatie.templating.model import StepType
from cocreatie.web.limits import Limits

from .conftest import CODE, Shared, _share
from .phones import Phone, acknowledged, go_to, record_on_disk

CSP = "default-src 'self'"


def harmless(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text[:200]
    assert "Traceback" not in response.text and 'File "' not in response.text
    assert CSP in response.headers["content-security-policy"]


@pytest.fixture
async def tight(tmp_path: Path) -> AsyncIterator[Shared]:
    limits = Limits(per_minute=6, max_body_bytes=4096, header_timeout_s=0.5, body_timeout_s=0.5)
    async for item in _share(tmp_path, limits):
        yield item


@pytest.mark.parametrize(
    "path",
    ["WRONG1/", "?code=WRONG1", "K7PX9/", "K7PX9MX/", "static/style.css", "%2e%2e/", "K7PX9M%00/"],
)
async def test_without_the_code_everything_is_403_without_a_reason(
    shared: Shared, path: str
) -> None:
    root = shared.url.removesuffix(f"{CODE}/")
    async with httpx.AsyncClient() as client:
        response = await client.get(root + path)
    harmless(response)
    assert response.status_code == 403
    assert response.text == "403" and "set-cookie" not in response.headers


async def test_the_bare_address_asks_for_the_code_and_leads_to_its_page(shared: Shared) -> None:
    root = shared.url.removesuffix(f"{CODE}/")
    async with httpx.AsyncClient() as client:
        form = await client.get(root)
        harmless(form)
        assert form.status_code == 200 and 'name="code"' in form.text
        assert "set-cookie" not in form.headers and CODE not in form.text
        typed = await client.get(root, params={"code": f" {CODE.lower()} "})
        assert typed.status_code == 303 and typed.headers["location"] == f"/{CODE}/"
        page = await client.get(root, params={"code": CODE}, follow_redirects=True)
    assert page.status_code == 200 and str(page.url) == shared.url


async def test_code_typed_in_lower_case_is_the_same_code(shared: Shared) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.get(shared.url.replace(CODE, CODE.lower()))
    assert response.status_code == 200


async def test_no_listing_no_unknown_pages_no_other_methods(shared: Shared) -> None:
    async with Phone(shared.url) as phone:
        for path in ("static/", "static/nope.css", "record.json", "static/style.css/x"):
            response = await phone.client.get(shared.url + path)
            harmless(response)
            assert response.status_code in (403, 404)
        put = await phone.client.put(shared.url + "join", content=b"x")
        harmless(put)
        assert put.status_code == 405


async def test_forms_need_the_cookie_and_the_csrf_token(shared: Shared) -> None:
    async with Phone(shared.url) as phone:
        await phone.page()
        token = phone.csrf
        for fields in ({}, {"csrf": ""}, {"csrf": "0" * 32}, {"csrf": token + "x"}):
            body = {"kind": "resident", **fields}
            response = await phone.client.post(shared.url + "join", data=body)
            harmless(response)
            assert response.status_code == 403
    # The right token without its cookie is worthless too.
    async with httpx.AsyncClient() as stranger:
        response = await stranger.post(shared.url + "join", data={"csrf": token, "kind": "x"})
    assert response.status_code == 403
    assert record_on_disk(shared.path)["participants"] == []


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("x" * 10_000, "2000"),
        ("bel \x1b[31mrood\x1b[0m", "stuurteken"),
        ("nul\x00teken", "stuurteken"),
        ("omgekeerd \u202etxet", "leesrichting"),
        ("   ", "leeg"),
    ],
)
async def test_bad_texts_are_refused_in_dutch(shared: Shared, text: str, reason: str) -> None:
    async with Phone(shared.url) as phone:
        await phone.join()
        response = await phone.contribute(text)
        harmless(response)
        assert response.status_code == 400
        assert reason in response.text.lower() or reason in response.text
    assert record_on_disk(shared.path)["veiligheid"]["contributions"] == []


async def test_markup_is_kept_as_text_and_shown_escaped(shared: Shared) -> None:
    go_to(shared.live, StepType.WISHES)
    markup = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    async with Phone(shared.url) as phone:
        await phone.join("resident", "<b>Jan</b>")
        assert acknowledged(await phone.wish(markup, place="<i>plein</i>"))
        page = await phone.page()
        harmless(page)
        assert "<script>alert" not in page.text and "<img src=x" not in page.text
        assert "&lt;script&gt;alert" in page.text
        assert "<b>Jan</b>" not in page.text
    assert record_on_disk(shared.path)["wishes"][0]["text"] == markup


async def test_odd_fields_never_break_the_server(shared: Shared) -> None:
    go_to(shared.live, StepType.WISHES)
    async with Phone(shared.url) as phone:
        await phone.join()
        attempts = [
            ("dots", {"wish": "geen-wens", "count": "1"}),
            ("dots", {"wish": "x", "count": "-1"}),
            ("dots", {"wish": "x", "count": "9" * 40}),
            ("dots", {"wish": "x", "count": "1e3"}),
            ("contribution", {"text": "zonder sleutel"}),
            ("contribution", {"text": "rare sleutel", "key": "../../" * 5}),
            ("wish", {"text": "wens", "key": "k" * 20, "time": "gisteren"}),
            ("statements", {"a-toezicht": "<b>", "grade": "11"}),
            ("statements", {"a-bestaat-niet": "3"}),
            ("closing", {"grade": "-3", "remark": "x"}),
            ("closing", {"remark": "\x07bel"}),
            ("join", {"kind": "burgemeester"}),
        ]
        for path, data in attempts:
            response = await phone.post(path, data)
            harmless(response)
            assert response.status_code in (303, 400, 409), (path, data, response.status_code)
        raw = await phone.client.post(
            shared.url + "closing",
            content=b"csrf=" + phone.csrf.encode() + b"&remark=\xff\xfe\xfa",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        harmless(raw)
        many = "&".join(f"f{i}=1" for i in range(300))
        crowded = await phone.client.post(
            shared.url + "closing",
            content=f"csrf={phone.csrf}&{many}".encode(),
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        harmless(crowded)
        assert crowded.status_code == 413


async def test_size_and_rate_limits(tight: Shared) -> None:
    async with Phone(tight.url) as phone:
        await phone.join()
        huge = await phone.contribute("x" * 8000)
        harmless(huge)
        assert huge.status_code == 413
        statuses = [(await phone.contribute(f"bijdrage {i}")).status_code for i in range(8)]
        assert 429 in statuses
        assert statuses.count(303) == 6 - 2  # the join and the huge one counted too
    texts = [c["text"] for c in record_on_disk(tight.path)["veiligheid"]["contributions"]]
    assert len(texts) == statuses.count(303)


async def test_a_slow_client_is_cut_off(tight: Shared) -> None:
    async with Phone(tight.url) as phone:
        await phone.join()
        cookie = "; ".join(f"{c.name}={c.value}" for c in phone.client.cookies.jar)
    where = urlsplit(tight.url)
    reader, writer = await asyncio.open_connection(where.hostname, where.port)
    head = (
        f"POST {where.path}contribution HTTP/1.1\r\nHost: {where.netloc}\r\n"
        f"Cookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        "Content-Length: 500\r\n\r\ntext=slow"
    )
    writer.write(head.encode())
    await writer.drain()
    status = await asyncio.wait_for(reader.readline(), 10)
    writer.close()
    assert status.split()[1] == b"408"


async def test_a_client_that_never_finishes_its_headers_is_cut_off(tight: Shared) -> None:
    where = urlsplit(tight.url)
    reader, writer = await asyncio.open_connection(where.hostname, where.port)
    writer.write(f"GET {where.path} HTTP/1.1\r\nHost: {where.netloc}\r\nX-Slow: ".encode())
    await writer.drain()
    # The server closes the connection (end of stream) without an answer.
    assert await asyncio.wait_for(reader.read(), 10) == b""
    writer.close()
    # A normal phone is still served.
    async with Phone(tight.url) as phone:
        assert (await phone.page()).status_code == 200
