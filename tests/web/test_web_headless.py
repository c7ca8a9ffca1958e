"""The headless command: address first, serve, SIGTERM saves and exits 0;
bad options are one line and exit 2."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from cocreatie.templating.model import StepType

from .headless import first_line, make_session, start_share
from .phones import Phone, acknowledged, record_on_disk

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


async def test_share_serves_then_saves_and_exits_0_on_sigterm(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session_id, path = make_session(data, StepType.DEFINITION)
    process = start_share(data, session_id, "--code", "abcdef")
    try:
        url = first_line(process)
        assert url.startswith("http://127.0.0.1:") and url.endswith("/ABCDEF/")
        # The session is held: a second share is refused in one line.
        second = subprocess.run(
            [
                sys.executable,
                "-m",
                "cocreatie",
                "--data-dir",
                str(data),
                "share",
                session_id,
                "--no-ui",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 2 and len(second.stderr.strip().splitlines()) == 1
        async with Phone(url) as phone:
            assert acknowledged(await phone.join())
            assert acknowledged(await phone.contribute("Via de telefoon"))
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err and out == ""
    # No access log: no addresses, paths or codes on stderr; none in the record.
    assert "127.0.0.1" not in err and "ABCDEF" not in err and "POST" not in err
    assert "127.0.0.1" not in path.read_text("utf-8")
    texts = [c["text"] for c in record_on_disk(path)["veiligheid"]["contributions"]]
    assert texts == ["Via de telefoon"]


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--code", "ab0"], "toegangscode"),
        (["--port", "99999"], "poort"),
        (["--port", "busy"], "poort"),
        ([], "--no-ui"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(tmp_path: Path, options: list[str], says: str) -> None:
    data = tmp_path / "data"
    session_id, _ = make_session(data)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        options = [port if o == "busy" else o for o in options]
        flags = [] if not options else ["--no-ui"]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "cocreatie",
                "--data-dir",
                str(data),
                "share",
                session_id,
                "--host",
                "127.0.0.1",
                *flags,
                *options,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], result.stderr


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGHUP])
def test_ctrl_c_and_a_closed_terminal_stop_it_cleanly(tmp_path: Path, stop: int) -> None:
    data = tmp_path / "data"
    session_id, path = make_session(data)
    process = start_share(data, session_id)
    try:
        assert first_line(process).startswith("http://127.0.0.1:")
    finally:
        process.send_signal(stop)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0 and "Traceback" not in err, err
    # The lock is released: the session opens again at once.
    again = start_share(data, session_id)
    try:
        assert first_line(again)
    finally:
        again.send_signal(signal.SIGTERM)
        again.communicate(timeout=30)
    assert again.returncode == 0 and path.exists()
