"""``ShareHost``: let phones take part in the live session.

The one service both front ends use: the TUI starts it on Textual's loop,
``cocreatie share --no-ui`` on ``asyncio.run``'s. It owns a uvicorn server
running as a task on the caller's loop (never a thread: the handlers call
the same model methods as the screens, on the same loop, so no lock is
needed), and hands every change to the live session's saver.

    host = ShareHost(live)                  # nothing listens yet
    url = await host.start()                # "http://192.168.1.20:53211/K7PX9M/"
    host.url_for("10.0.0.5")                # the same through another LAN address
    stop_listening = host.watch(on_change)  # on_change(PhoneChange) on the loop
    host.pause(); host.resume()             # phones see "even wachten"
    await host.stop()                       # stops listening; saving is live's

uvicorn's own signal handling is switched off (``capture_signals``): the
caller keeps SIGINT/SIGTERM (Textual's, or the headless command's).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable, Iterator

import uvicorn

from cocreatie.live import LiveSession
from cocreatie.live.durable import DurableWaiter
from cocreatie.web.addresses import preferred_address
from cocreatie.web.app import build_app
from cocreatie.web.codes import FormTokens, new_join_code, normal_code, valid_code
from cocreatie.web.limits import Limits, RateLimiter
from cocreatie.web.pages import Pages
from cocreatie.web.protocol import TimedH11Protocol
from cocreatie.web.state import PhoneChange, ShareState

log = logging.getLogger(__name__)

ANY_ADDRESS = "0.0.0.0"
STARTUP_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 5.0


class ShareError(Exception):
    """Sharing could not start; ``reason`` says why ("port", "code", "read_only")."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # The caller owns the process's signals; uvicorn must not replace
        # (and later re-raise) them.
        yield


class ShareHost:
    def __init__(
        self,
        live: LiveSession,
        *,
        host: str | None = None,
        port: int = 0,
        code: str | None = None,
        limits: Limits | None = None,
    ) -> None:
        if live.read_only:
            raise ShareError("read_only")
        if code is not None and not valid_code(code):
            raise ShareError("code", code)
        self.live = live
        self.code = normal_code(code) if code else new_join_code()
        self.limits = limits or Limits()
        self._host = host
        self._port = port
        self._listeners: list[Callable[[PhoneChange], object]] = []
        self._state: ShareState | None = None
        self._server: _Server | None = None
        self._task: asyncio.Task[None] | None = None
        self._paused = False
        self.url = ""
        self.port = 0

    def url_for(self, address: str) -> str:
        """The phones' address through another of the laptop's addresses
        (``web.addresses.lan_addresses``), for a facilitator who picks one."""
        return f"http://{address}:{self.port}/{self.code}/"

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        """Phones see "even wachten" and submissions are refused (409)."""
        self._paused = True
        if self._state is not None:
            self._state.paused = True

    def resume(self) -> None:
        self._paused = False
        if self._state is not None:
            self._state.paused = False

    def watch(self, listener: Callable[[PhoneChange], object]) -> Callable[[], None]:
        """Call ``listener`` on the loop after each acknowledged change."""
        self._listeners.append(listener)

        def stop() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return stop

    async def start(self) -> str:
        """Listen, and return the address for the phones (with the code)."""
        if self.running:
            return self.url
        loop = asyncio.get_running_loop()
        # Files and the list of network interfaces: read off the loop.
        pages = await asyncio.to_thread(Pages.load)
        if self._host and self._host != ANY_ADDRESS:
            shown = self._host
        else:
            shown = await asyncio.to_thread(preferred_address)
        sock = self._bind()
        state = ShareState(
            live=self.live,
            code=self.code,
            pages=pages,
            limits=self.limits,
            waiter=DurableWaiter(self.live, loop),
            tokens=FormTokens(self.live.session.id, self.code),
            rate=RateLimiter(self.limits.per_minute),
            paused=self._paused,
            listeners=self._listeners,
        )
        config = uvicorn.Config(
            build_app(state),
            log_config=None,
            access_log=False,
            lifespan="off",
            http=type(
                "SharingProtocol",
                (TimedH11Protocol,),
                {"header_timeout": self.limits.header_timeout_s},
            ),
            ws="none",
            server_header=False,
            proxy_headers=False,
            timeout_keep_alive=self.limits.keep_alive_s,
            limit_concurrency=self.limits.max_connections,
            h11_max_incomplete_event_size=self.limits.max_body_bytes,
            timeout_graceful_shutdown=int(STOP_TIMEOUT_S),
        )
        server = _Server(config)
        self._state, self._server = state, server
        self._task = loop.create_task(server.serve(sockets=[sock]), name="cocreatie-share")
        deadline = loop.time() + STARTUP_TIMEOUT_S
        while not server.started:
            if self._task.done() or loop.time() > deadline:
                await self.stop()
                sock.close()
                raise ShareError("start")
            await asyncio.sleep(0.01)
        self.url = self.url_for(shown)
        return self.url

    async def stop(self) -> None:
        """Stop listening (bounded); what phones sent is the live session's."""
        server, task = self._server, self._task
        if server is None or task is None:
            return
        server.should_exit = True
        try:
            await asyncio.wait_for(asyncio.shield(task), STOP_TIMEOUT_S)
        except TimeoutError:
            server.force_exit = True
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(task, STOP_TIMEOUT_S)
        except Exception:
            # The server failed while running; stopping must still clean up.
            log.exception("share server failed")
        if self._state is not None:
            self._state.waiter.close()
        self._server = self._task = None

    def _bind(self) -> socket.socket:
        host = self._host or ANY_ADDRESS
        # Started again after a stop: the same port if it is still free, so
        # the address (and the QR code) the room has stays valid.
        ports = [self.port, 0] if self._port == 0 and self.port else [self._port]
        for attempt, port in enumerate(ports, 1):
            try:
                sock = socket.create_server((host, port), family=socket.AF_INET, backlog=128)
                break
            except (OSError, OverflowError) as exc:
                if attempt == len(ports):
                    raise ShareError("port", str(exc)) from exc
        sock.setblocking(False)
        self.port = sock.getsockname()[1]
        return sock
