"""The Molenbuurt example session: realistic, complete, and the same every time.

Modelled on the findings for Molenbuurt (Almere) in the research the tool is
built on; all people are invented and all words are our own.
"""

from cocreatie.demo.session import DEMO_ID, build_demo_session, ensure_demo

__all__ = ["DEMO_ID", "build_demo_session", "ensure_demo"]
