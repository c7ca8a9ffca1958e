"""Logs never hold contact details, and only their owner can read them."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cocreatie.privacy.log_filter import PrivateRotatingFileHandler, setup_logging


@pytest.fixture
def log_file(data_dir: Path) -> Iterator[Path]:
    old_umask = os.umask(0o022)  # the usual default: files would be world-readable
    try:
        path = setup_logging(data_dir)
    finally:
        os.umask(old_umask)
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


def _written(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_log_file_and_folder_are_private(log_file: Path, data_dir: Path) -> None:
    assert log_file == data_dir / "logs" / "cocreatie.log"
    assert stat.S_IMODE(os.stat(log_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(log_file.parent).st_mode) == 0o700


def test_contact_details_are_redacted_in_messages_and_arguments(log_file: Path) -> None:
    log = logging.getLogger("cocreatie.somewhere")
    log.warning("saved contact 06-12345678 for %s", "anja@voorbeeld.nl")
    log.info("ring %s", "+31 6 1234 5678")
    text = _written(log_file)
    assert "12345678" not in text and "1234 5678" not in text
    assert "anja@voorbeeld.nl" not in text
    assert "saved contact [telefoon] for [e-mail]" in text
    assert "ring [telefoon]" in text


def test_tracebacks_are_redacted_too(log_file: Path) -> None:
    from pydantic import ValidationError

    from cocreatie.models import ContactDetails, Participant

    try:
        # pydantic quotes the refused input in its message.
        Participant(display_name="x", contact=ContactDetails(phone="06-12345678"))
    except ValidationError:
        logging.getLogger("cocreatie.crash").exception("step failed")
    text = _written(log_file)
    assert "step failed" in text and "Traceback" in text
    assert "12345678" not in text


def test_setting_up_twice_keeps_one_handler(log_file: Path, data_dir: Path) -> None:
    setup_logging(data_dir)
    ours = [h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler)]
    assert len(ours) == 1


def test_rotated_logs_stay_private(log_file: Path) -> None:
    handler = next(
        h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler)
    )
    old_umask = os.umask(0o022)
    try:
        handler.doRollover()
    finally:
        os.umask(old_umask)
    for path in log_file.parent.iterdir():
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path


def test_the_apps_crash_log_is_private_and_redacted(data_dir: Path) -> None:
    from cocreatie.crashlog import CrashLog

    old_umask = os.umask(0o022)
    crash = CrashLog(data_dir)
    try:
        crash.start()
        log = logging.getLogger("cocreatie.screens")
        log.error("save failed for 06-12345678")
        try:
            raise ValueError("input was jan@voorbeeld.nl")
        except ValueError:
            log.exception("step crashed")
    finally:
        crash.stop()
        os.umask(old_umask)
    text = crash.path.read_text(encoding="utf-8")
    assert "save failed for [telefoon]" in text and "step crashed" in text
    assert "12345678" not in text and "jan@voorbeeld.nl" not in text
    assert stat.S_IMODE(os.stat(crash.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(crash.path.parent).st_mode) == 0o700
