"""Where templates live; no validation here (that needs pydantic).

Shipped templates come from the package (``cocreatie/_templates`` in a
wheel, the repository's ``templates/`` in a checkout); a facilitator's own
templates in ``<data dir>/templates`` override or extend them by id.
"""

from __future__ import annotations

from pathlib import Path

import cocreatie

DEFAULT_TEMPLATE_ID = "greenfield-buurt"

# Files next to the package, the way Textual finds its CSS files: the app
# needs a real file system anyway, and importlib.resources would add a few
# milliseconds of imports to the start of every command.
_PACKAGE = Path(cocreatie.__file__).parent


def shipped_folder() -> Path:
    packaged = _PACKAGE / "_templates"
    if packaged.is_dir():
        return packaged
    # Editable installs and plain checkouts: the top-level templates/ folder.
    return _PACKAGE.joinpath("..", "templates")


def own_folder(data_dir: Path) -> Path:
    return data_dir / "templates"
