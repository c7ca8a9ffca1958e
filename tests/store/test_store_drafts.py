"""DraftBox: drafts beside the session, written off the caller's thread,
atomically, and a damaged drafts file moved aside instead of a crash."""

from __future__ import annotations

import json
import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from cocreatie.models.draft import Draft
from cocreatie.store.draftbox import DraftBox
from cocreatie.store.drafts import DAMAGED_SUFFIX, read_drafts, write_drafts
from cocreatie.store.paths import DataLayout

SESSION = "avond-1"


def wish_draft(text: str, item_id: str | None = None) -> Draft:
    return Draft(
        step="wishes", form="edit" if item_id else "new", item_id=item_id, fields={"text": text}
    )


def wait_for(check: Callable[[], bool], what: str) -> None:
    """Wait until ``check`` holds (the box writes on its own thread)."""
    deadline = time.monotonic() + 20
    while not check():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


@pytest.fixture
def layout(tmp_path: Path) -> DataLayout:
    root = tmp_path / "data"
    root.mkdir()
    return DataLayout(root)


def test_kept_drafts_reach_the_file_after_typing_pauses_and_read_back(layout: DataLayout) -> None:
    box = DraftBox(layout, SESSION, delay=0.05)
    box.keep(wish_draft("Meer licht"))
    box.keep(wish_draft("Meer licht bij de vijver"))
    box.keep(wish_draft("Stoep", item_id="w-1"))
    path = layout.draft_file(SESSION)
    wait_for(lambda: path.exists() and "Stoep" in path.read_text("utf-8"), "drafts written")
    box.close()
    again = DraftBox(layout, SESSION)
    texts = sorted(d.fields["text"] for d in again.load())  # type: ignore[type-var]
    assert texts == ["Meer licht bij de vijver", "Stoep"]
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)


def test_dropping_the_last_draft_removes_the_file(layout: DataLayout) -> None:
    box = DraftBox(layout, SESSION, delay=60)
    draft = wish_draft("Drempels")
    box.keep(draft, urgent=True)
    path = layout.draft_file(SESSION)
    wait_for(path.exists, "urgent draft written")
    box.drop(draft.key)
    wait_for(lambda: not path.exists(), "file removed after the drop")
    box.close()


def test_flush_writes_what_is_pending_at_once(layout: DataLayout) -> None:
    # A long debounce: only flush (the signal path) can have written it.
    box = DraftBox(layout, SESSION, delay=3600)
    box.keep(wish_draft("Hangjongeren bij het winkelcentrum"))
    assert box.flush()
    assert [d.fields["text"] for d in read_drafts(layout, SESSION)] == [
        "Hangjongeren bij het winkelcentrum"
    ]
    box.close()


def test_a_read_only_box_keeps_and_offers_nothing(layout: DataLayout) -> None:
    write_drafts(layout, SESSION, [wish_draft("van een ander venster")])
    box = DraftBox(layout, SESSION, read_only=True)
    assert box.load() == []
    box.keep(wish_draft("getypt"), urgent=True)
    box.drop(wish_draft("van een ander venster").key)
    assert box.flush()
    assert [d.fields["text"] for d in read_drafts(layout, SESSION)] == ["van een ander venster"]


@pytest.mark.parametrize(
    "damage",
    [b"{not json", b"\xff\xfe", b"[" * 100_000, b'{"version": 1}', b"9" * 5000],
    ids=["broken", "not-utf8", "deep", "wrong-shape", "long-number"],
)
def test_a_damaged_drafts_file_is_moved_aside_with_a_log_line(
    layout: DataLayout, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = layout.draft_file(SESSION)
    path.parent.mkdir()
    path.write_bytes(damage)
    box = DraftBox(layout, SESSION)
    assert box.load() == []
    assert not path.exists()
    moved = list(layout.drafts_dir.glob(f"{SESSION}-*{DAMAGED_SUFFIX}"))
    assert len(moved) == 1 and moved[0].read_bytes() == damage
    assert "damaged" in caplog.text
    # The box goes on working.
    box.keep(wish_draft("nieuw"))
    assert box.flush() and read_drafts(layout, SESSION)[0].fields["text"] == "nieuw"


def test_drafts_of_another_session_are_not_offered(layout: DataLayout) -> None:
    write_drafts(layout, "ander", [wish_draft("elders")])
    os.replace(layout.draft_file("ander"), layout.draft_file(SESSION))
    assert read_drafts(layout, SESSION) == []


def test_a_failed_replace_leaves_the_old_drafts(
    layout: DataLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_drafts(layout, SESSION, [wish_draft("oud")])

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("cocreatie.store.atomic.os.replace", full_disk)
    box = DraftBox(layout, SESSION)
    box.load()
    box.keep(wish_draft("nieuw"))
    assert not box.flush()
    assert box.last_error is not None
    monkeypatch.undo()
    assert [d.fields["text"] for d in read_drafts(layout, SESSION)] == ["oud"]
    assert not [p for p in layout.drafts_dir.iterdir() if p.suffix == ".tmp"]


def _writer(root: Path, ready_fd: int) -> None:
    box = DraftBox(DataLayout(root), SESSION)
    version = 0
    while True:
        version += 1
        # Big enough that a kill often lands inside a write.
        box.keep(wish_draft(f"versie {version}: " + "tekst " * 20_000))
        box.flush()
        if version == 1:
            os.write(ready_fd, b"1")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash is simulated with fork + SIGKILL")
def test_a_kill_mid_write_leaves_a_whole_draft(layout: DataLayout) -> None:
    rng = random.Random()
    for _kill in range(12):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            try:
                os.close(read_fd)
                _writer(layout.root, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        assert os.read(read_fd, 1) == b"1"  # one draft is on disk
        time.sleep(rng.uniform(0, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_fd)
        raw = layout.draft_file(SESSION).read_text("utf-8")
        text = json.loads(raw)["drafts"][0]["fields"]["text"]
        assert text.startswith("versie ") and text.endswith("tekst ")
        assert read_drafts(layout, SESSION)[0].fields["text"] == text
