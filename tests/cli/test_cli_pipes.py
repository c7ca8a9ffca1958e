"""A closed pipe is not an error: ``cocreatie schema | head -1`` exits 0, quietly.

The real program runs in a child process whose standard output is a pipe
nobody reads any more (the read end is closed before it starts, which is
what ``head`` has done by the time a long output arrives), so every write
meets EPIPE, including the flush Python makes at exit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cocreatie.demo import DEMO_ID

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX pipes")


def _with_reader_gone(args: list[str], data: Path) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {**os.environ, "COCREATIE_DATA_DIR": str(data), "PYTHONIOENCODING": "utf-8"}
    try:
        return subprocess.run(
            [sys.executable, "-m", "cocreatie", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("pipes") / "data"
    env = {**os.environ, "COCREATIE_DATA_DIR": str(data)}
    subprocess.run(
        [sys.executable, "-m", "cocreatie", "demo", "--no-ui"], env=env, check=True, timeout=120
    )
    return data


@pytest.mark.parametrize(
    "args",
    [
        ["schema"],
        ["actions"],
        ["list", "--json"],
        ["export", DEMO_ID],
        ["templates"],
        ["--help"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_closed_pipe_ends_the_command_quietly_with_status_0(
    folder: Path, args: list[str]
) -> None:
    result = _with_reader_gone(args, folder)
    assert result.stderr == ""
    assert result.returncode == 0


@pytest.mark.skipif(shutil.which("head") is None, reason="needs head")
def test_schema_into_head_in_a_shell(folder: Path) -> None:
    script = f'"{sys.executable}" -m cocreatie schema | head -1; echo "status=${{PIPESTATUS[0]}}"'
    result = subprocess.run(
        ["bash", "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "COCREATIE_DATA_DIR": str(folder)},
        timeout=120,
    )
    assert result.stdout == "{\nstatus=0\n"
    assert result.stderr == ""
