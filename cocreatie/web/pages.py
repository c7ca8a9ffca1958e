"""Rendering the phone pages: Jinja2 with autoescape, the catalogue, and the
two static files, all loaded from the package once, before serving.

Loading reads files, so ``Pages.load`` runs in a thread; after that a
render touches no disk (``auto_reload`` off: no stat per request).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Any

from jinja2 import DictLoader, Environment, select_autoescape

from cocreatie.i18n import t

LANGUAGES = ("nl", "en")
PAGES = (
    "base.html",
    "_form.html",
    "_grade.html",
    "join.html",
    "definition.html",
    "wishes.html",
    "statements.html",
    "closing.html",
    "wait.html",
    "problem.html",
)
STATIC = {"style.css": "text/css; charset=utf-8", "live.js": "text/javascript; charset=utf-8"}


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    media_type: str


class Pages:
    def __init__(self, env: Environment, static: dict[str, StaticFile]) -> None:
        self._env = env
        self.static = static

    @classmethod
    def load(cls) -> Pages:
        """Read every page and static file from the package (blocking)."""
        root = resources.files("cocreatie.web")
        sources = {name: (root / "templates" / name).read_text("utf-8") for name in PAGES}
        env = Environment(
            loader=DictLoader(sources),
            autoescape=select_autoescape(default=True, default_for_string=True),
            auto_reload=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        for name in PAGES:
            env.get_template(name)
        static = {
            name: StaticFile((root / "static" / name).read_bytes(), media)
            for name, media in STATIC.items()
        }
        # Every message of the page catalogue, read now rather than mid-request.
        for lang in LANGUAGES:
            t("web.title", lang=lang)
        return cls(env, static)

    def render(self, name: str, lang: str, **context: Any) -> str:
        def message(key: str, **values: Any) -> str:
            return t(f"web.{key}", lang=lang, **values)

        other = "en" if lang == "nl" else "nl"
        defaults: dict[str, Any] = {
            "lang": lang,
            "other_lang": other,
            "_": message,
            "notice": "",
            "problems": [],
            "who": "",
            "version": "",
            "base": "",
            "form": {},
        }
        return self._env.get_template(name).render({**defaults, **context})
