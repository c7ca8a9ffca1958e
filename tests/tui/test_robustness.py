"""Signals, handler errors, locks and save failures: never lose the room's words."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from textual.widgets import Input

from cocreatie.crashlog import CrashLog, log_path
from cocreatie.models import Participant
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.screens.steps.participants import ParticipantsView
from cocreatie.store import OpenSession, SessionRepository
from cocreatie.widgets.save_status import SaveStatus

from .conftest import SIZE, goto_step, make_app, settle, stored, wait_for_session


def _slow_saves(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    original = OpenSession.save_snapshot

    def slow(self: OpenSession, snapshot: dict) -> object:
        time.sleep(seconds)
        return original(self, snapshot)

    monkeypatch.setattr(OpenSession, "save_snapshot", slow)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
async def test_terminating_signals_save_and_exit_cleanly(
    data_dir: Path, demo_id: str, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    # A slow disk: without the handler's flush the exit would outrun the save.
    _slow_saves(monkeypatch, 0.5)
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for_session(pilot)
        screen = await goto_step(pilot, 0)
        field = screen.query_one("#prep-neighbourhood", Input)
        field.value = "Molenbuurt-Zuid"
        await pilot.pause()
        os.kill(os.getpid(), signum)
        for _ in range(20):
            await pilot.pause()
            if app._exit_renderables or not app.is_running:
                break
    assert app.return_code == 0
    assert stored(data_dir, demo_id).meta.neighbourhood == "Molenbuurt-Zuid"


async def test_a_failing_handler_keeps_input_saves_and_logs(
    data_dir: Path, demo_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(fields: dict[str, object], **when: object) -> dict[str, object]:
        raise RuntimeError("secret 06-12345678")

    # A bug inside the participants step's Enter handler.
    monkeypatch.setattr("cocreatie.screens.steps.participants.participant_values", broken)
    crash_log = CrashLog(data_dir)
    crash_log.start()
    try:
        app = make_app(data_dir, demo_id)
        async with app.run_test(size=SIZE) as pilot:
            await wait_for_session(pilot)
            screen = await goto_step(pilot, 1)
            name = screen.query_one("#participant-name", Input)
            await pilot.press(*"Yvonne", "enter")
            await settle(pilot)
            assert len(app.handler_errors) == 1
            assert pilot.app.screen is screen  # still running, same screen
            assert name.value == "Yvonne"  # the typed text is still there
            # The app keeps working after the error.
            await pilot.press("ctrl+pagedown")
            await settle(pilot)
            assert screen.current == 2
            notes = [n.message for n in app._notifications]
            assert any(str(log_path(data_dir)) in m for m in notes)
    finally:
        crash_log.stop()
    logged = log_path(data_dir).read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "participants" in logged
    # Exception messages may quote what was typed: they never reach the log.
    assert "06-12345678" not in logged


async def test_a_locked_session_is_offered_read_only(data_dir: Path, demo_id: str) -> None:
    holder = SessionRepository(data_dir).open(demo_id)  # another window has it open
    try:
        before = stored(data_dir, demo_id)
        app = make_app(data_dir, demo_id)
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(50):
                await pilot.pause()
                if isinstance(pilot.app.screen, ConfirmDialog):
                    break
            assert isinstance(pilot.app.screen, ConfirmDialog)
            await pilot.press("j")
            screen = await wait_for_session(pilot)
            assert screen.live.read_only
            status = str(screen.query_one(SaveStatus).render())
            assert "ALLEEN LEZEN (elders geopend" in status
            screen = await goto_step(pilot, 1)
            view = screen.query_one(ParticipantsView)
            assert view.query_one("#participant-name", Input).disabled
            refused = view.mutate(
                lambda s: s.update(Participant, s.participants[0].id, display_name="Anders")
            )
            assert refused is None
            await settle(pilot)
        assert stored(data_dir, demo_id) == before
    finally:
        holder.close()


async def test_read_only_by_choice_does_not_claim_the_session_is_open_elsewhere(
    data_dir: Path, demo_id: str
) -> None:
    app = make_app(data_dir, demo_id, read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        assert screen.live.read_only
        status = str(screen.query_one(SaveStatus).render())
        assert status.startswith("ALLEEN LEZEN (wijzigen kan niet): ")
        assert "elders" not in status
    assert not list(data_dir.glob("*.lock"))


async def test_a_failing_save_is_shown_and_retried(
    data_dir: Path, demo_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cocreatie.store import DiskFullError

    real = OpenSession.save_snapshot
    failing = {"on": True}

    def flaky(self: OpenSession, snapshot: dict) -> object:
        if failing["on"]:
            raise DiskFullError(self.path)
        return real(self, snapshot)

    monkeypatch.setattr(OpenSession, "save_snapshot", flaky)
    app = make_app(data_dir, demo_id)
    async with app.run_test(size=SIZE) as pilot:
        screen = await wait_for_session(pilot)
        screen = await goto_step(pilot, 0)
        screen.query_one("#prep-place", Input).value = "Buurthuis De Wieken"
        for _ in range(50):
            await settle(pilot, 1)
            if screen.query_one(SaveStatus).has_class("-failed"):
                break
        status = str(screen.query_one(SaveStatus).render())
        assert "NIET OPGESLAGEN" in status and "schijf is vol" in status
        assert "molenbuurt-demo.json" in status
        assert screen.session.meta.place == "Buurthuis De Wieken"  # kept in memory
        failing["on"] = False
        screen.query_one("#prep-place", Input).value = "Buurthuis De Wieken, zaal 2"
        for _ in range(50):
            await settle(pilot, 1)
            if screen.query_one(SaveStatus).has_class("-saved"):
                break
        assert "opgeslagen" in str(screen.query_one(SaveStatus).render())
    assert stored(data_dir, demo_id).meta.place == "Buurthuis De Wieken, zaal 2"


async def test_an_error_inside_textual_saves_logs_and_exits_in_dutch(
    data_dir: Path,
    demo_id: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The last resort: an error our guards cannot catch (here: while a step
    is being built) still saves the record and leaves a Dutch line."""
    from cocreatie.screens.steps.contacts import ContactsView

    def broken_compose(self: ContactsView) -> None:
        raise RuntimeError("kapot")

    _slow_saves(monkeypatch, 0.3)  # the exit must wait for the save
    crash_log = CrashLog(data_dir)
    crash_log.start()
    app = make_app(data_dir, demo_id)
    try:
        with pytest.raises(RuntimeError, match="kapot"):
            async with app.run_test(size=SIZE) as pilot:
                await wait_for_session(pilot)
                screen = await goto_step(pilot, 0)
                screen.query_one("#prep-place", Input).value = "Bibliotheek"
                await pilot.pause()
                monkeypatch.setattr(ContactsView, "compose", broken_compose)
                screen.action_goto(5)  # the contact step, not built yet
                for _ in range(20):
                    await pilot.pause()
    finally:
        crash_log.stop()
    assert app.return_code == 1
    printed = " ".join(capsys.readouterr().err.split())
    assert "Uw werk is opgeslagen" in printed and "Traceback" not in printed
    assert "RuntimeError" in log_path(data_dir).read_text(encoding="utf-8")
    assert stored(data_dir, demo_id).meta.place == "Bibliotheek"
