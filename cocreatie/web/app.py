"""The ASGI application: the join-code gate, the security headers, the
routes and the error pages.

Every path starts with the join code (``/K7PX9M/``); any other path gets a
bare 403 that does not say why. The bare address (``/``) is the one
exception: a participant who typed the address from the projector gets a
form for the code, which leads to the code's own page (or to the bare 403).
Every response carries a strict Content-Security-Policy (only our own
style sheet and script, no inline code), and no response ever carries a
stack trace.
"""

from __future__ import annotations

import html
import logging
from urllib.parse import parse_qs

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
        if path == "/" and scope["method"] in ("GET", "HEAD"):
            await self._code_form(scope, send)
            return
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

    async def _code_form(self, scope: Scope, send: Send) -> None:
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        typed = query.get("code", [""])[0].strip()
        if not typed:
            await _send_html(send, _code_page())
        elif same_code(typed, self.code):
            headers = [(b"location", f"/{self.code}/".encode()), *SECURITY_HEADERS]
            await send({"type": "http.response.start", "status": 303, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
        else:
            await _send_bare(send, 403)


def _code_page() -> str:
    # Both languages at once: no cookie reaches this page, and nothing on it
    # may depend on the session (it is shown to anyone on the network).
    lines = []
    for lang in ("nl", "en"):
        lines.append(
            f'<p><label for="code-{lang}">{html.escape(t("web.code.label", lang=lang))}</label></p>'
        )
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(t('web.title'))}</title></head><body>"
        f"<h1>{html.escape(t('web.title'))}</h1>"
        '<form method="get" action="/">'
        + "".join(lines)
        + '<p><input id="code-nl" name="code" size="8" maxlength="12" required '
        'autocomplete="off" autocapitalize="characters" spellcheck="false"></p>'
        f'<p><button type="submit">{html.escape(t("web.code.go", lang="nl"))} / '
        f"{html.escape(t('web.code.go', lang='en'))}</button></p>"
        "</form></body></html>"
    )


async def _send_html(send: Send, page: str) -> None:
    headers = [(b"content-type", b"text/html; charset=utf-8"), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": page.encode()})


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
