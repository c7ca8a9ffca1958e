"""Participation from phones: which device, and which submission.

A phone is known by a pseudonymous device id: random, made by the web layer
from the browser's cookie, never an IP address. A submission carries a key
made when its form was shown, so a double tap or a retried request finds
the item it already made instead of adding it twice; the key is kept on
the item, so that holds across a restart too.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

from cocreatie.models.base import Record

# base32 without padding, as the web layer spells a hash.
DEVICE_ID_PATTERN = r"^[a-z2-7]{16,32}$"
KEY_PATTERN = r"^[A-Za-z0-9_-]{16,64}$"

DeviceId = Annotated[str, StringConstraints(pattern=DEVICE_ID_PATTERN)]
SubmissionKey = Annotated[str, StringConstraints(pattern=KEY_PATTERN)]


class PhoneOrigin(Record):
    """Marks an item as sent from a phone; ``key`` tells a retry apart."""

    key: SubmissionKey
