"""Where templates live; no validation here (that needs pydantic).

Shipped templates come from the package (``cocreatie/_templates`` in a
wheel, the repository's ``templates/`` in a checkout); a facilitator's own
templates in ``<data dir>/templates`` override or extend them by id.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

DEFAULT_TEMPLATE_ID = "greenfield-buurt"


def shipped_folder() -> Traversable:
    packaged = resources.files("cocreatie") / "_templates"
    if packaged.is_dir():
        return packaged
    # Editable installs and plain checkouts: the top-level templates/ folder.
    return resources.files("cocreatie").joinpath("..", "templates")


def own_folder(data_dir: Path) -> Path:
    return data_dir / "templates"
