"""The real program in a real terminal: a form typed into survives a closed
terminal and a SIGKILL, and comes back on the next start."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cocreatie.demo import DEMO_ID
from cocreatie.store import SessionRepository
from cocreatie.store.drafts import read_drafts

from .conftest import demo, stored
from .test_hangup import _screen, _wait_for_screen, _wait_gone

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

# Only a hang detector for the file checks: the screen waits have their own.
FILE_WAIT_S = 30.0
# The form's own hint line (its title is in the footer as well).
FORM_OPEN = "Tab volgend veld"


def _wait_for(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + FILE_WAIT_S
    while not check():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.05)


@pytest.fixture
def terminal(data_dir: Path) -> Iterator[Callable[[], tuple[str, int]]]:
    """Start ``cocreatie open`` on the demo in a new tmux session: (name, pid)."""
    names: list[str] = []
    env = {**os.environ, "TERM": "xterm-256color"}
    command = f"exec {sys.executable} -m cocreatie --data-dir {data_dir} open {DEMO_ID}"

    def start() -> tuple[str, int]:
        name = f"drafts-tmux-{uuid.uuid4().hex[:8]}"
        names.append(name)
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", name, "-x", "100", "-y", "30", command],
            check=True,
            env=env,
        )
        pane = subprocess.run(
            ["tmux", "list-panes", "-t", name, "-F", "#{pane_pid}"],
            check=True,
            capture_output=True,
            text=True,
        )
        return name, int(pane.stdout.split()[0])

    yield start
    for name in names:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def keys(name: str, *sent: str) -> None:
    subprocess.run(["tmux", "send-keys", "-t", name, *sent], check=True)


def open_new_wish_form(name: str) -> None:
    _wait_for_screen(name, "Stap 8/8")
    keys(name, "C-PageUp", "C-PageUp", "C-PageUp", "C-PageUp")
    _wait_for_screen(name, "Stap 4/8")
    _wait_for_screen(name, "^f Formulier")  # the step opens on its quick line ...
    keys(name, "C-f")  # ... and its full form
    _wait_for_screen(name, FORM_OPEN)


def draft_texts(data_dir: Path) -> list[object]:
    layout = SessionRepository(data_dir).layout
    return [d.fields.get("text") for d in read_drafts(layout, DEMO_ID)]


def test_closed_terminal_and_kill_keep_the_form_and_it_comes_back(
    data_dir: Path, terminal: Callable[[], tuple[str, int]]
) -> None:
    demo(data_dir)
    # 1. The terminal closes right after typing: the hangup writes the draft.
    name, pid = terminal()
    open_new_wish_form(name)
    keys(name, "-l", "Verlichting bij de speeltuin")
    _wait_for_screen(name, "Verlichting bij de speeltuin")
    subprocess.run(["tmux", "kill-session", "-t", name], check=True)
    assert _wait_gone(pid)
    assert draft_texts(data_dir) == ["Verlichting bij de speeltuin"]

    # 2. Offered; put back, typed on, then SIGKILL once the draft is written.
    name, pid = terminal()
    _wait_for_screen(name, "niet-opgeslagen concept")
    assert "Verlichting bij de speeltuin" in _screen(name)
    keys(name, "Enter")
    _wait_for_screen(name, FORM_OPEN)
    keys(name, "-l", " en het pleintje")
    full = "Verlichting bij de speeltuin en het pleintje"
    _wait_for(lambda: draft_texts(data_dir) == [full], "the longer draft on disk")
    os.kill(pid, signal.SIGKILL)
    assert _wait_gone(pid)
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)

    # 3. Offered again after the kill; restored exactly, and saved.
    name, pid = terminal()
    _wait_for_screen(name, "niet-opgeslagen concept")
    keys(name, "Enter")
    _wait_for_screen(name, FORM_OPEN)
    assert f"Wens            {full}" in _screen(name)
    keys(name, "C-s")
    _wait_for(lambda: draft_texts(data_dir) == [], "the draft removed after saving")
    _wait_for_screen(name, "opgeslagen")
    keys(name, "C-q")
    assert _wait_gone(pid)
    assert full in [w.text for w in stored(data_dir, DEMO_ID).wishes]
