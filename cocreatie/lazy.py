"""Package namespaces that import their modules on first use (PEP 562).

``cocreatie.models``, ``cocreatie.store`` and ``cocreatie.templating`` offer
their main names at package level, but importing a package also runs its
``__init__``. Eager re-exports there made every light import (an id pattern,
a path helper, an error class) pay for pydantic and the model build, about a
quarter of a second of start-up. With ``lazy_exports`` a name's module loads
when the name is first asked for; ``from cocreatie.models import Session``
works as before.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, where: dict[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``where`` maps each exported
    name to the submodule (relative to ``package``) that defines it."""
    namespace = sys.modules[package]  # the package being initialised

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(namespace, name, value)  # later lookups skip this function
        return value

    return __getattr__
