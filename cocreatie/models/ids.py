"""Short, stable ids for sessions and items.

Ids are typed by hand on the command line (``cocreatie open 7k2m``), so they
avoid look-alike characters (0/o, 1/l/i) and stay short.
"""

from __future__ import annotations

import secrets

ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
ID_PATTERN = r"^[0-9a-z][0-9a-z-]{2,31}$"


def new_id(length: int = 6) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def new_session_id() -> str:
    return new_id(8)
