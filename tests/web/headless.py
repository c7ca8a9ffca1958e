"""``cocreatie share --no-ui`` as a separate process, as a facilitator's
laptop would run it."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from pathlib import Path

from cocreatie.followup.create import create_session
from cocreatie.store.repository import SessionRepository
from cocreatie.templating import load_template
from cocreatie.templating.model import StepType

START_TIMEOUT_S = 30.0


def make_session(data_dir: Path, step: StepType | None = None) -> tuple[str, Path]:
    repository = SessionRepository(data_dir)
    template = load_template("stellingenavond")
    with create_session(repository, template, "Proefavond") as opened:
        session = opened.session
        if step is not None:
            index = next(i for i, s in enumerate(template.steps) if s.type is step)
            session.progress = session.progress.validated_copy(current_step=index)
            opened.save(session)
        return session.id, opened.path


def start_share(data_dir: Path, session_id: str, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "cocreatie", "--data-dir", str(data_dir), "share"]
    return subprocess.Popen(
        [*command, session_id, "--no-ui", "--host", "127.0.0.1", *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def first_line(process: subprocess.Popen[str], timeout: float = START_TIMEOUT_S) -> str:
    """The address the command prints first (it must flush it at once)."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.1)
        if ready:
            return process.stdout.readline().strip()
        if process.poll() is not None:
            raise AssertionError(f"share exited: {process.stderr.read() if process.stderr else ''}")
    raise AssertionError("no address printed")
