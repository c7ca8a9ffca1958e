"""Key descriptions from the message catalogue.

Textual merges ``BINDINGS`` when a class is created, which may be before
``--lang`` has been read. So bindings carry catalogue keys as descriptions
("ui.key.next_step") and each instance translates its own copy when it is
built, after the language is set.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from textual.binding import Binding
from textual.dom import DOMNode

from cocreatie.i18n import has, t


def translated(binding: Binding) -> Binding:
    changes: dict[str, Any] = {}
    if binding.description and has(binding.description):
        changes["description"] = t(binding.description)
    if binding.tooltip and has(binding.tooltip):
        changes["tooltip"] = t(binding.tooltip)
    group = binding.group
    if group is not None and group.description and has(group.description):
        changes["group"] = dataclasses.replace(group, description=t(group.description))
    return dataclasses.replace(binding, **changes) if changes else binding


def translate_bindings(node: DOMNode) -> None:
    """Replace ``node``'s own binding descriptions by their translations."""
    table = node._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [translated(b) for b in bindings]
