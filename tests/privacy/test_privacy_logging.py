"""Logs never hold contact details, and only their owner can read them."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cocreatie.crashlog import CrashLog, log_path
from cocreatie.privacy.log_filter import PrivateRotatingFileHandler


@pytest.fixture
def crash(data_dir: Path) -> Iterator[CrashLog]:
    old_umask = os.umask(0o022)  # the usual default: files would be world-readable
    log = CrashLog(data_dir)
    try:
        log.start()
        yield log
    finally:
        log.stop()
        os.umask(old_umask)


@pytest.fixture
def log_file(crash: CrashLog) -> Path:
    # Written on the first line logged, by the listener thread.
    logging.getLogger("cocreatie.test").info("started")
    return crash.path


def _written(crash: CrashLog) -> str:
    crash.stop()  # writes what is still queued
    return crash.path.read_text(encoding="utf-8")


def test_log_file_and_folder_are_private(crash: CrashLog, log_file: Path, data_dir: Path) -> None:
    assert log_file == log_path(data_dir) == data_dir / "logs" / "cocreatie.log"
    _written(crash)
    assert stat.S_IMODE(os.stat(log_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(log_file.parent).st_mode) == 0o700


def test_contact_details_are_redacted_in_messages_and_arguments(crash: CrashLog) -> None:
    log = logging.getLogger("cocreatie.somewhere")
    log.warning("saved contact 06-12345678 for %s", "anja@voorbeeld.nl")
    log.info("ring %s", "+31 6 1234 5678")
    text = _written(crash)
    assert "12345678" not in text and "1234 5678" not in text
    assert "anja@voorbeeld.nl" not in text
    assert "saved contact [telefoon] for [e-mail]" in text
    assert "ring [telefoon]" in text


def test_tracebacks_are_redacted_too(crash: CrashLog) -> None:
    from pydantic import ValidationError

    from cocreatie.models import ContactDetails, Participant

    try:
        # pydantic quotes the refused input in its message.
        Participant(display_name="x", contact=ContactDetails(phone="06-12345678"))
    except ValidationError:
        logging.getLogger("cocreatie.crash").exception("step failed")
    text = _written(crash)
    assert "step failed" in text and "Traceback" in text
    assert "12345678" not in text


def test_starting_twice_keeps_one_handler(crash: CrashLog) -> None:
    logger = logging.getLogger("cocreatie")
    before = list(logger.handlers)
    crash.start()
    assert logger.handlers == before
    logging.getLogger("cocreatie.test").error("once")
    assert _written(crash).count("once") == 1


def test_rotated_logs_stay_private(crash: CrashLog, log_file: Path) -> None:
    _written(crash)
    handler = PrivateRotatingFileHandler(log_file, maxBytes=10, backupCount=2, encoding="utf-8")
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
