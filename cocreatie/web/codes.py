"""The secrets a phone carries: the join code, its device cookie, the form
tokens.

The join code is typed from a screen or a sheet of paper, so it uses only
characters nobody mixes up (no 0/O, 1/I/L) and is read case-blind. The
device cookie is 32 random bytes; the record keeps only a hash of it (the
device id), never the cookie and never an IP address. A form's CSRF token
is an HMAC of the cookie under a key made from the join code, so it holds
across a restart with the same code and is worthless without the cookie.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
CODE_PATTERN = re.compile(rf"^[{CODE_ALPHABET}]{{{CODE_LENGTH},12}}$")
COOKIE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{43}$")
KEY_PATTERN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_join_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normal_code(code: str) -> str:
    """A typed code as it is compared: upper case, no spaces or dashes."""
    return re.sub(r"[\s-]", "", code).upper()


def valid_code(code: str) -> bool:
    return bool(CODE_PATTERN.match(normal_code(code)))


def same_code(given: str, expected: str) -> bool:
    return hmac.compare_digest(normal_code(given).encode(), expected.encode())


def new_device_cookie() -> str:
    return secrets.token_urlsafe(32)


def valid_cookie(value: str | None) -> bool:
    return value is not None and bool(COOKIE_PATTERN.match(value))


def device_id(cookie: str) -> str:
    """The pseudonymous id the record keeps for a phone (``models.phone``)."""
    digest = hashlib.sha256(b"cocreatie-device:" + cookie.encode()).digest()
    return base64.b32encode(digest).decode().lower()[:26]


def new_form_key() -> str:
    """The idempotency key of one shown form: a retry sends the same one."""
    return secrets.token_urlsafe(18)


class FormTokens:
    """CSRF tokens for one sharing session and join code."""

    def __init__(self, session_id: str, code: str) -> None:
        self._key = hashlib.sha256(f"cocreatie-csrf:{session_id}:{code}".encode()).digest()

    def token(self, cookie: str) -> str:
        return hmac.new(self._key, cookie.encode(), hashlib.sha256).hexdigest()[:32]

    def check(self, cookie: str, token: str) -> bool:
        return hmac.compare_digest(self.token(cookie).encode(), token.encode())
