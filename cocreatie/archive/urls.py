"""The archive's address, and keeping its password out of every message.

A PostgreSQL address is a URL (``postgresql://anna@db.gemeente.nl/archief``)
or a list of ``key=value`` words. The password belongs in libpq's usual
places (``$PGPASSWORD``, ``~/.pgpass``); when a facilitator puts it in the
address anyway, it is masked in every message and left out of everything
written to disk.
"""

from __future__ import annotations

import os
import re

from cocreatie.archive.errors import NoArchiveUrlError
from cocreatie.i18n import t

ENV_VAR = "COCREATIE_ARCHIVE_URL"
MASK = "***"

# postgresql://user:password@host -> the password is group "secret".
_URL_PASSWORD = re.compile(r"(?P<head>[a-z][a-z0-9+.-]*://[^:/?#@\s]*:)(?P<secret>[^@/?#\s]*)@")
# password=... in a query string or in key=value words (quoted or not).
_WORD_PASSWORD = re.compile(
    r"(?P<head>(?:^|[?&\s])password\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'|[^&\s]*)", re.IGNORECASE
)


def resolve(given: str | None) -> str:
    """``given`` (from --to or --from), else ``$COCREATIE_ARCHIVE_URL``."""
    url = (given or "").strip() or os.environ.get(ENV_VAR, "").strip()
    if not url:
        raise NoArchiveUrlError(t("archive.error.no_url", env=ENV_VAR))
    return url


def secrets_in(url: str) -> list[str]:
    """The password(s) written into ``url``, to be masked wherever they appear."""
    found = [m.group("secret") for m in _URL_PASSWORD.finditer(url)]
    found += [m.group("secret").strip("'") for m in _WORD_PASSWORD.finditer(url)]
    return [secret for secret in found if secret]


def mask(url: str) -> str:
    """``url`` with its password replaced by ``***``: safe to show."""
    masked = _URL_PASSWORD.sub(lambda m: f"{m.group('head')}{MASK}@", url)
    return _WORD_PASSWORD.sub(lambda m: f"{m.group('head')}{MASK}", masked)


def without_password(url: str) -> str:
    """``url`` with no password at all: safe to store (libpq then looks in
    ``$PGPASSWORD`` and ``.pgpass``)."""
    bare = _URL_PASSWORD.sub(lambda m: f"{m.group('head')[:-1]}@", url)
    bare = _WORD_PASSWORD.sub(lambda m: _separator(m.group("head")), bare)
    return bare.replace("?&", "?").replace("&&", "&").rstrip("?&").strip()


def _separator(head: str) -> str:
    # Keep the "?" or "&" that introduced the password, drop the rest.
    return head[0] if head[:1] in ("?", "&") else ""


def scrub(text: str, url: str) -> str:
    """``text`` (say, a driver's error) with any password of ``url`` masked."""
    for secret in secrets_in(url):
        text = text.replace(secret, MASK)
    return mask(text)
