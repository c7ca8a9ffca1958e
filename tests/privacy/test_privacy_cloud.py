"""The warning for a data folder inside a cloud-synced folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from cocreatie.privacy import cloud
from cocreatie.privacy.cloud import cloud_service, cloud_sync_hint
from cocreatie.store import SessionRepository
from tests.privacy.conftest import NAME, build_session


@pytest.fixture(autouse=True)
def _fresh_once() -> Iterator[None]:
    cloud._warned.clear()
    yield
    cloud._warned.clear()


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (PureWindowsPath(r"C:\Users\ilse\OneDrive - Gemeente Almere\cocreatie"), "OneDrive"),
        (PureWindowsPath(r"C:\Users\ilse\OneDrive\Documenten"), "OneDrive"),
        (PurePosixPath("/home/ilse/Dropbox (Persoonlijk)/sessies"), "Dropbox"),
        (PurePosixPath("/Users/ilse/Library/Mobile Documents/com~apple~CloudDocs/x"), "iCloud"),
        (PureWindowsPath(r"C:\Users\ilse\iCloudDrive\sessies"), "iCloud"),
        (
            PurePosixPath("/Users/ilse/Library/CloudStorage/GoogleDrive-ilse@x.nl/My Drive"),
            "Google Drive",
        ),
        (PureWindowsPath(r"G:\Mijn Drive\sessies"), "Google Drive"),
        (PurePosixPath("/Users/ilse/Library/CloudStorage/Box-Box/sessies"), "cloud"),
        (PurePosixPath("/home/ilse/Nextcloud/werk"), "Nextcloud"),
    ],
)
def test_sync_folders_are_recognised(path: PurePosixPath, service: str) -> None:
    assert cloud_service(path) == service


@pytest.mark.parametrize(
    "path",
    [
        PurePosixPath("/home/ilse/cocreatie/sessions"),
        PureWindowsPath(r"C:\Users\ilse\Documenten\cocreatie"),
    ],
)
def test_ordinary_folders_are_not_flagged(path: PurePosixPath) -> None:
    assert cloud_service(path) is None


def test_the_hint_is_one_dutch_line_naming_service_and_folder(tmp_path: Path) -> None:
    folder = tmp_path / "OneDrive - Gemeente Almere" / "sessies"
    hint = cloud_sync_hint(folder)
    assert hint is not None
    assert "OneDrive" in hint and str(folder) in hint and "gesynchroniseerd" in hint
    assert cloud_sync_hint(tmp_path / "lokaal") is None


def test_a_link_into_a_synced_folder_counts(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "sessies"
    synced.mkdir(parents=True)
    link = tmp_path / "sessions"
    link.symlink_to(synced, target_is_directory=True)
    hint = cloud_sync_hint(link)
    assert hint is not None and "Dropbox" in hint


def test_warning_text_reaches_stderr_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], frozen_clock: object
) -> None:
    from cocreatie.cli.main import main

    data_dir = tmp_path / "OneDrive - Gemeente Almere" / "cocreatie"
    session = build_session()
    SessionRepository(data_dir).create(session).close()
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "erase", session.id, NAME]) == 0
    assert main(["--data-dir", str(data_dir), "erase", session.id, "Jan Bakker"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("Let op: de gegevensmap") and "OneDrive te staan" in err


def test_reading_commands_and_plain_folders_stay_quiet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], frozen_clock: object
) -> None:
    from cocreatie.cli.main import main

    synced = tmp_path / "Dropbox" / "cocreatie"
    plain = tmp_path / "lokaal"
    for folder in (synced, plain):
        SessionRepository(folder).create(build_session()).close()
    capsys.readouterr()
    assert main(["--data-dir", str(synced), "list"]) == 0
    assert main(["--data-dir", str(synced), "purge", "--dry-run"]) == 0
    assert main(["--data-dir", str(plain), "purge"]) == 0
    assert capsys.readouterr().err == ""


def test_demo_and_import_warn_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from cocreatie.cli.main import main

    data_dir = tmp_path / "Google Drive" / "cocreatie"
    assert main(["--data-dir", str(data_dir), "demo", "--no-ui"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Google Drive te staan" in err
