"""The HTML action plan: the Markdown plan through markdown-it-py, one page.

Raw HTML is switched off in the parser, and the Markdown has every user
text escaped already, so nothing a participant typed becomes markup. The
stylesheet is inlined so the page stands alone (mail it, open it, print it).
"""

from __future__ import annotations

import html
from pathlib import Path

from markdown_it import MarkdownIt

from cocreatie.export.markdown import read_layout
from cocreatie.i18n import t

STYLESHEET = "actieplan.css"


def markdown_parser() -> MarkdownIt:
    # CommonMark with GitHub tables; no raw HTML, no linkify, no typographer.
    return MarkdownIt("commonmark", {"html": False}).enable("table")


_PARSER = markdown_parser()


def render_html(markdown: str, *, title: str, lang: str, data_dir: Path | None) -> str:
    body = _PARSER.render(markdown)
    css = read_layout(STYLESHEET, data_dir).text
    # "</" cannot end the style element early if a customised stylesheet has it.
    css = css.replace("</", "<\\/")
    page_title = html.escape(t("export.heading.title", lang=lang, title=title), quote=True)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang, quote=True)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{page_title}</title>\n"
        f"<style>\n{css.strip()}\n</style>\n"
        "</head>\n"
        "<body>\n"
        f"<main>\n{body}</main>\n"
        "</body>\n"
        "</html>\n"
    )
