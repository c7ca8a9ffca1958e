"""The ASGI application: the join-code gate, the security headers, the
routes and the error pages.

Every path starts with the join code (``/K7PX9M/``); any other path gets a
bare 403 that does not say why. Every response carries a strict
Content-Security-Policy (only our own style sheet and script, no inline
code), and no response ever carries a stack trace.
"""

from __future__ import annotations

import html
import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cocreatie.i18n import t
from cocreatie.web import routes
from cocreatie.web.codes import normal_code, same_code
from cocreatie.web.phone import phone_of
from cocreatie.web.state import ShareState

log = logging.getLogger(__name__)

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
        b"connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
        b"object-src 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # The address holds the join code: never hand it on to another site.
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    (b"cache-control", b"no-store"),
]


class Gate:
    """Pure ASGI: refuse every request without the join code; add headers."""

    def __init__(self, app: ASGIApp, code: str) -> None:
        self.app = app
        self.code = code

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        first, _, rest = path.lstrip("/").partition("/")
        if not same_code(first, self.code):
            await _send_bare(send, 403)
            return
        if first != self.code:
            # Typed in lower case: the same code, the canonical path.
            canonical = f"/{normal_code(first)}/{rest}"
            scope = {**scope, "path": canonical, "raw_path": canonical.encode()}

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k != b"cache-control"]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        await self.app(scope, receive, with_headers)


async def _send_bare(send: Send, status: int) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8"), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": str(status).encode()})


def _static(name: str) -> Route:
    async def serve(request: Request) -> Response:
        state: ShareState = request.app.state.share
        item = state.pages.static[name]
        return Response(item.body, media_type=item.media_type)

    return Route(f"/static/{name}", serve, methods=["GET"])


async def _http_error(request: Request, exc: Exception) -> Response:
    phone = phone_of(request)
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 404:
        return phone.problem(404, t("web.not_found", lang=phone.lang))
    return phone.problem(status, t("web.server_error", lang=phone.lang))


async def _server_error(request: Request, exc: Exception) -> Response:
    # Nothing that could fail again: no record, no template, no cookie.
    log.error("phone request failed: %s", type(exc).__name__)
    lang = "en" if request.cookies.get("cc_lang") == "en" else "nl"
    text = html.escape(t("web.server_error", lang=lang))
    page = f'<!doctype html><html lang="{lang}"><meta charset="utf-8"><p>{text}</p></html>'
    return HTMLResponse(page, status_code=500)


def build_app(state: ShareState) -> ASGIApp:
    pages = [
        Route("/", routes.show, methods=["GET"]),
        Route("/state", routes.state, methods=["GET"]),
        Route("/lang/{lang}", routes.language, methods=["GET"]),
        Route("/join", routes.submission(routes.join), methods=["POST"]),
        Route("/contribution", routes.submission(routes.contribution), methods=["POST"]),
        Route("/wish", routes.submission(routes.wish), methods=["POST"]),
        Route("/dots", routes.submission(routes.dots), methods=["POST"]),
        Route("/statements", routes.submission(routes.statements), methods=["POST"]),
        Route("/closing", routes.submission(routes.closing), methods=["POST"]),
        *(_static(name) for name in state.pages.static),
    ]
    app = Starlette(
        debug=False,
        routes=[Mount(f"/{state.code}", routes=pages)],
        exception_handlers={HTTPException: _http_error, 500: _server_error},
    )
    app.state.share = state
    return Gate(app, state.code)
