"""Helpers shared by the command-line tests (fixtures live in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Result:
    code: int
    out: str
    err: str


Run = Callable[..., Result]


@dataclass
class FakeTui:
    calls: list[dict[str, Any]] = field(default_factory=list)

    def run_tui(
        self, data_dir: Path, session_ref: str | None, read_only: bool = False, lang: str = "nl"
    ) -> int:
        self.calls.append(
            {"data_dir": data_dir, "session": session_ref, "read_only": read_only, "lang": lang}
        )
        return 0


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
