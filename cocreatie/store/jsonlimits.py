"""JSON that cannot break the code that reads it afterwards.

``json.loads`` accepts input that later code cannot handle: nesting a
thousand levels deep parses (or raises ``RecursionError``), and then
``copy.deepcopy``, validation or encoding run out of stack; a number with
more than 4,300 digits raises a bare ``ValueError`` (Python's guard against
slow int parsing). A session record nests about ten levels, so anything
much deeper is damage or an attack, never a facilitator's work.

``loads_bounded`` turns each of these into one typed error, so callers can
treat such a file like any other damaged one. ``too_deep`` is the same check
for data parsed elsewhere (TOML templates). No IO here.
"""

from __future__ import annotations

import json
import sys
from typing import Any

# A record is about ten levels deep (file, table, document, record, list,
# item, history, change); sixty-four leaves room for any honest growth.
MAX_DEPTH = 64

TOO_DEEP = "too-deep"
NUMBER_TOO_LONG = "number-too-long"


class JsonLimitError(ValueError):
    """Parsed input that goes past a limit; ``code`` is ``too-deep`` or
    ``number-too-long``, ``detail`` a short English line for logs."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}"


def loads_bounded(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that raises ``JsonLimitError`` instead of handing out
    data later code would choke on. ``json.JSONDecodeError`` passes through."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise JsonLimitError(TOO_DEEP, f"nested deeper than {max_depth} levels") from None
    except ValueError:
        # The only other ValueError json raises: the int-string digit limit.
        limit = sys.get_int_max_str_digits()
        raise JsonLimitError(NUMBER_TOO_LONG, f"a number of more than {limit} digits") from None
    if too_deep(data, max_depth):
        raise JsonLimitError(TOO_DEEP, f"nested deeper than {max_depth} levels")
    return data


def too_deep(data: Any, max_depth: int = MAX_DEPTH) -> bool:
    """Whether lists and dicts in ``data`` nest more than ``max_depth`` levels.

    Iterative, so the check itself cannot run out of stack.
    """
    if not isinstance(data, dict | list):
        return False
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > max_depth:
                    return True
                stack.append((child, depth + 1))
    return False
