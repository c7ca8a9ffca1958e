"""The real program in a real terminal (tmux): keys in, screen text out.

Skipped only when tmux is not installed; CI installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cocreatie.store import SessionRepository
from cocreatie.templating import load_template

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

# Generous: CI machines are slow; a wait ends as soon as the text is there.
# Keys are sent the moment the screen shows what they act on, never after a
# pause: the app must take keys from its first paint on.
WAIT_S = 30.0
STEPS = load_template("greenfield-buurt").steps


class Terminal:
    def __init__(self, name: str) -> None:
        self.name = name

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-t", self.name, "-p"],
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout

    def wait_for(self, found: Callable[[str], bool] | str) -> str:
        check = found if callable(found) else (lambda text: found in text)
        deadline = time.monotonic() + WAIT_S
        text = self.screen()
        while not check(text):
            if time.monotonic() > deadline:
                raise AssertionError(f"not on screen:\n{text}")
            time.sleep(0.1)
            text = self.screen()
        return text

    def app_pid(self) -> int:
        shell = subprocess.run(
            ["tmux", "list-panes", "-t", self.name, "-F", "#{pane_pid}"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()[0]
        children = subprocess.run(
            ["pgrep", "-P", shell], capture_output=True, text=True
        ).stdout.split()
        return int(children[0])


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Callable[[str], Terminal]]:
    names: list[str] = []

    def start(arguments: str, size: tuple[int, int] = (100, 30)) -> Terminal:
        name = f"cocreatie-test-{uuid.uuid4().hex[:8]}"
        names.append(name)
        command = f"{sys.executable} -m cocreatie {arguments}; echo EXIT=$?; sleep 60"
        env = {**os.environ, "TERM": "xterm-256color"}
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                str(size[0]),
                "-y",
                str(size[1]),
                command,
            ],
            check=True,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
        )
        return Terminal(name)

    yield start
    for name in names:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def test_demo_walks_through_every_step_without_a_traceback(
    terminal: Callable[..., Terminal], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    term = terminal(f"demo --data-dir {data}")
    term.wait_for(f"Stap {len(STEPS)}/{len(STEPS)}")  # the demo opens where it stopped
    term.keys("C-g")
    term.wait_for("Naar welke stap?")
    term.keys("stap 1", "Enter")
    seen = []
    for number, step in enumerate(STEPS, start=1):
        text = term.wait_for(f"Stap {number}/{len(STEPS)} · {step.title}")
        assert "Traceback" not in text
        seen.append(step.title)
        if number < len(STEPS):
            term.keys("C-PageDown")
    assert seen == [s.title for s in STEPS]
    # Presentation mode on and off, then back home and quit.
    term.keys("F5")
    term.wait_for(STEPS[-1].title.upper())
    term.keys("F5", "Escape", "Escape", "Escape")
    term.wait_for("Gegevensmap:")
    term.keys("C-q")
    text = term.wait_for("EXIT=")
    assert "EXIT=0" in text
    assert "Traceback" not in text


def test_sigterm_in_the_real_program_saves_what_was_typed(
    terminal: Callable[..., Terminal], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    template = load_template("greenfield-buurt")
    from cocreatie.followup import fresh_session

    with SessionRepository(data).create(fresh_session(template, "Signalen")) as opened:
        session_id = opened.id
    term = terminal(f"open {session_id} --data-dir {data}", size=(80, 24))
    term.wait_for("Stap 1/")
    term.keys("C-PageDown")
    term.wait_for("Stap 2/")
    # At once: keys typed while the step is built wait for its field.
    term.keys("-l", "Zoë")
    term.keys("Enter")
    term.wait_for("Bewoner: 1")
    os.kill(term.app_pid(), 15)
    text = term.wait_for("EXIT=")
    assert "EXIT=0" in text and "Traceback" not in text
    with SessionRepository(data).open(session_id, read_only=True) as stored:
        assert [p.display_name for p in stored.session.participants] == ["Zoë"]
