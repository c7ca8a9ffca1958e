"""The Molenbuurt example session: realistic, complete, and the same every time.

Modelled on the findings for Molenbuurt (Almere) in the research the tool is
built on; all people are invented and all words are our own.

The names load on first use (see ``cocreatie.lazy``): the home screen offers
the demo without paying for pydantic at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cocreatie.lazy import lazy_exports

__getattr__ = lazy_exports(
    __name__, dict.fromkeys(("DEMO_ID", "build_demo_session", "ensure_demo"), "session")
)

if TYPE_CHECKING:
    from cocreatie.demo.session import DEMO_ID, build_demo_session, ensure_demo

__all__ = ["DEMO_ID", "build_demo_session", "ensure_demo"]
