"""``cocreatie templates``: list the session templates, or check template files.

``--check FILE`` prints one ``file:line: where: what`` line per problem on
stderr and exits 2, the way compilers report, so an editor or a CI job can
jump to the line; a good file gets one short OK line on stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cocreatie import templating
from cocreatie.cli import context
from cocreatie.cli.errors import one_line
from cocreatie.cli.parser import Subparsers
from cocreatie.i18n import t

# ``templating`` loads its functions on first use: every command module is
# imported to build the parser, and validating needs pydantic.
if TYPE_CHECKING:
    from cocreatie.templating import LoadedTemplate, TemplateError

ORDER = 70
USER_ERROR = 2
TITLE_WIDTH = 40


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "templates", help=t("templates.cli.help"), description=t("templates.cli.help")
    )
    parser.add_argument(
        "--check",
        nargs="+",
        metavar=t("templates.cli.metavar_file"),
        default=None,
        help=t("templates.cli.check_help"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.check:
        return check(args.check)
    return list_templates(context.data_dir(args))


def check(files: list[str]) -> int:
    status = 0
    for name in files:
        try:
            template = templating.read_template_file(Path(name), source=name)
        except templating.TemplateError as exc:
            _print_problems(exc)
            status = USER_ERROR
            continue
        ok = t("templates.cli.ok", source=name, title=template.title, steps=len(template.steps))
        print(one_line(ok))
    return status


def list_templates(data_dir: Path) -> int:
    scan = templating.scan_templates(data_dir)
    print(format_table(list(scan.templates.values())))
    print(t("templates.cli.own_folder", path=templating.own_folder(data_dir)))
    for problem in scan.problems:
        _print_problems(problem)
    if scan.problems:
        print(one_line(t("templates.cli.broken_hint", count=len(scan.problems))), file=sys.stderr)
        return USER_ERROR
    return 0


def kind_of(loaded: LoadedTemplate) -> str:
    if loaded.builtin:
        return t("templates.cli.shipped")
    return t("templates.cli.override") if loaded.overrides else t("templates.cli.own")


def format_table(loaded: list[LoadedTemplate]) -> str:
    header = [t(f"templates.cli.column_{c}") for c in ("id", "title", "kind", "source")]
    body = [
        [item.template.id, _clip(_title(item)), kind_of(item), one_line(item.source)]
        for item in sorted(loaded, key=lambda i: i.template.id)
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in [header, *body]
    )


def _title(item: LoadedTemplate) -> str:
    # What makes a template special shows at a glance in the list.
    flags = []
    if item.template.dual_ownership:
        flags.append(t("templates.cli.flag_dual"))
    if item.template.requires_previous:
        flags.append(t("templates.cli.flag_previous"))
    return item.template.title + (f" ({', '.join(flags)})" if flags else "")


def _print_problems(problem: TemplateError) -> None:
    for message in problem.messages:
        print(one_line(message), file=sys.stderr)


def _clip(text: str, width: int = TITLE_WIDTH * 2) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"
