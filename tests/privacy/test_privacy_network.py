"""``cocreatie`` makes no network connection at all."""

from __future__ import annotations

import ast
import re
import socket
from pathlib import Path

import pytest

from cocreatie.models import Session
from tests.privacy.conftest import NAME, RunCli

PACKAGE = Path(__file__).resolve().parents[2] / "cocreatie"
NETWORK_MODULES = {
    "urllib.request",
    "http.client",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "ftplib",
    "smtplib",
    "socket",
    "telnetlib",
    "xmlrpc.client",
    "websockets",
}


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args!r}")
            raise NetworkUsed(f"network use: {name}{args!r}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_the_commands_stay_offline(
    no_network: list[str], cli: RunCli, tmp_path: Path, stored: Session
) -> None:
    exported = tmp_path / "export.json"
    plan = tmp_path / "plan.html"
    steps = [
        ("list",),
        ("list", "--json"),
        ("demo", "--no-ui"),
        ("export", stored.id, "-o", str(exported)),
        ("export", stored.id, "--format", "html", "-o", str(plan)),
        ("export", stored.id, "-o", str(tmp_path / "plan.pdf")),
        ("export", stored.id, "-o", str(tmp_path / "plan.ics")),
        ("import", str(exported), "--new-id"),
        ("erase", stored.id, NAME),
        ("purge", "--dry-run"),
        ("purge",),
        ("--help",),
    ]
    for args in steps:
        status, _, err = cli(*args)
        assert status == 0, (args, err)
    assert no_network == []
    # Nor does the exported plan make the reader's browser fetch anything.
    assert not re.search(rb"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", plan.read_bytes())


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def test_no_module_imports_a_network_library() -> None:
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in PACKAGE.rglob("*.py")
        for name in _imports(path)
        if any(name == m or name.startswith(f"{m}.") for m in NETWORK_MODULES)
    }
    assert offenders == set()
