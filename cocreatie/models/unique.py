"""Every item in a list of the record has its own id.

Screens, links and tables find items by id; two wishes with one id made the
wishes step crash on every open. Typed entry and imports are refused; a
record the program stored itself before this rule existed is repaired
instead (the later twin gets a fresh id, links keep pointing at the first),
so it never reads as damaged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from pydantic import ValidationInfo
from pydantic_core import PydanticCustomError

from cocreatie.models.base import Item, from_storage
from cocreatie.models.ids import new_id

if TYPE_CHECKING:
    from cocreatie.models.participant import Participant

T = TypeVar("T", bound=Item)
P = TypeVar("P", bound="Participant")


def unique_ids(items: list[T], info: ValidationInfo) -> list[T]:
    """``items`` if no id repeats; otherwise refused, or repaired when stored."""
    seen: set[str] = set()
    twice: list[str] = []
    for item in items:
        if item.id in seen and item.id not in twice:
            twice.append(item.id)
        seen.add(item.id)
    if not twice:
        return items
    if not from_storage(info):
        raise PydanticCustomError(
            "duplicate_ids", "the same id more than once: {ids}", {"ids": ", ".join(twice)}
        )
    return _renamed_twins(items, seen)


def _renamed_twins(items: list[T], taken: set[str]) -> list[T]:
    fresh: list[T] = []
    kept: set[str] = set()
    for item in items:
        if item.id in kept:
            new = new_id()
            while new in taken:
                new = new_id()
            taken.add(new)
            item = item.model_copy(update={"id": new})
        kept.add(item.id)
        fresh.append(item)
    return fresh


def unique_devices(people: list[P], info: ValidationInfo) -> list[P]:
    """One participant per phone: the web layer finds a phone's participant
    by its device id. A stored record with a twin keeps the first."""
    seen: set[str] = set()
    fixed: list[P] = []
    for person in people:
        device = person.device_id
        if device is not None and device in seen:
            if not from_storage(info):
                raise PydanticCustomError(
                    "duplicate_device", "the same phone twice: {device}", {"device": device}
                )
            person = person.model_copy(update={"device_id": None})
        if device is not None:
            seen.add(device)
        fixed.append(person)
    return fixed
