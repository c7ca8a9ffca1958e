"""The Jinja2 scaffolding the text exports share: layout files, one
environment per markup, compiled layouts, the ``t`` function, and errors
that name the layout's file and line.

The Markdown and HTML plans differ only in how a value becomes markup
(autoescape and filters, the ``finalize`` hook, and how a catalogue sentence
and its parameters are escaped); everything else lives here once.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

import jinja2

from cocreatie.i18n import t
from cocreatie.templating import TemplateError
from cocreatie.templating.loader import shipped_folder

LAYOUT_FOLDER = "export"
# Compiled layouts kept per environment: the shipped ones plus a few own copies.
_COMPILED_LAYOUTS = 8

M = TypeVar("M", bound=str)


@dataclass(frozen=True)
class Layout:
    source: str  # where it came from, for error messages
    text: str


def read_layout(name: str, data_dir: Path | None) -> Layout:
    """The data folder's copy of an export layout file, else the shipped one."""
    if data_dir is not None:
        own = data_dir / "templates" / LAYOUT_FOLDER / name
        if own.is_file():
            return Layout(str(own), own.read_text(encoding="utf-8"))
    shipped = shipped_folder() / LAYOUT_FOLDER / name
    return Layout(f"templates/{LAYOUT_FOLDER}/{name}", shipped.read_text(encoding="utf-8"))


def template_line(exc: BaseException) -> int | None:
    # Jinja rewrites tracebacks so template frames carry the template's lines.
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == "<template>":
            return frame.lineno
    return None


def layout_error(source: str, line: int | None, detail: str) -> TemplateError:
    where = f"{source}:{line}" if line else source
    return TemplateError(source, (t("export.error.layout", where=where, detail=detail),))


class LayoutEnvironment(Generic[M]):
    """A Jinja2 environment for one kind of markup ``M``.

    ``markup`` turns a translated catalogue sentence into ``M`` (escaping it
    or trusting it), after ``parameter`` has made each of its parameters safe.
    """

    def __init__(
        self,
        *,
        autoescape: bool,
        markup: Callable[[str], M],
        parameter: Callable[[Any], Any] = lambda value: value,
        filters: Mapping[str, Callable[..., Any]],
        finalize: Callable[[Any], Any] | None = None,
    ) -> None:
        self._env = jinja2.Environment(
            autoescape=autoescape,
            undefined=jinja2.StrictUndefined,
            finalize=finalize,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self._env.filters.update(filters)
        self._markup = markup
        self._parameter = parameter
        self._compile = lru_cache(maxsize=_COMPILED_LAYOUTS)(self._compile_text)

    def _compile_text(self, source: str, text: str) -> jinja2.Template:
        try:
            return self._env.from_string(text)
        except jinja2.TemplateSyntaxError as exc:
            raise layout_error(source, exc.lineno, exc.message or str(exc)) from None

    def translator(self, lang: str) -> Callable[..., M]:
        def translate(key: str, **params: Any) -> M:
            safe = {name: self._parameter(value) for name, value in params.items()}
            return self._markup(t(key, lang=lang, **safe))

        return translate

    def render(self, layout: Layout, lang: str, **context: Any) -> str:
        """``layout`` filled with ``context`` and ``t`` in ``lang``, untidied."""
        template = self._compile(layout.source, layout.text)
        try:
            return template.render(t=self.translator(lang), **context)
        except jinja2.TemplateError as exc:
            raise layout_error(layout.source, template_line(exc), str(exc)) from None
