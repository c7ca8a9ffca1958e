"""The argument parser: Dutch help and errors, commands found by discovery.

Every module in ``cocreatie/cli/commands/`` that defines
``register(subparsers) -> None`` becomes a command, so adding a command
never means editing this file. A module may set ``ORDER`` (an int) to place
its command in ``--help``; the rest follow by name. A module's file name
starts with its command's name (``list_sessions.py`` registers ``list``):
``quick_parse`` relies on that to import only the command being run.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any, NoReturn, Protocol

from cocreatie.cli import commands
from cocreatie.cli.errors import one_line
from cocreatie.i18n import LANGUAGES, t

PROG = "cocreatie"

# argparse words its errors in English; these are the ones a facilitator
# can trigger by typing, mapped to catalogue keys (groups become parameters).
_ARGPARSE_ERRORS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^unrecognized arguments: (?P<args>.*)$"), "unrecognized"),
    (re.compile(r"^the following arguments are required: (?P<args>.*)$"), "required"),
    (re.compile(r"^one of the arguments (?P<args>.*) is required$"), "required"),
    (re.compile(r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.*)$"), "ambiguous"),
    (
        re.compile(
            r"^argument (?P<arg>.+?): invalid choice: (?P<value>.+?)"
            r" \(choose from (?P<choices>.*)\)$"
        ),
        "choice",
    ),
    (re.compile(r"^argument (?P<arg>.+?): expected (?P<what>.*) arguments?$"), "expected"),
    (re.compile(r"^argument (?P<arg>.+?): invalid \S+ value: (?P<value>.*)$"), "value"),
    (re.compile(r"^argument (?P<arg>.+?): not allowed with argument (?P<other>.*)$"), "conflict"),
]


def translate_argparse_error(message: str) -> str:
    for pattern, key in _ARGPARSE_ERRORS:
        match = pattern.match(message)
        if match:
            return t(f"cli.usage_error.{key}", **match.groupdict())
    return message


class Subparsers(Protocol):
    """What ``add_subparsers()`` gives a command module to register with
    (argparse names its class only privately)."""

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser: ...


class HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        label = t("cli.help.usage") if prefix is None else prefix  # "" builds a command's prog
        super().add_usage(usage, actions, groups, label)


class QuickParseFailed(Exception):
    """The one-command parser could not parse: the full parser says why."""


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Dutch and fails with one line, status 2."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        # Our own -h, so its help line comes from the catalogue too.
        wants_help = kwargs.get("add_help", True)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = t("cli.help.positionals")
        self._optionals.title = t("cli.help.optionals")
        if wants_help:
            self.add_argument("-h", "--help", action="help", help=t("cli.help.help"))

    def format_help(self) -> str:
        text = super().format_help()
        # Drop the lone "OPDRACHT" line argparse puts above the command list.
        title = f"{t('cli.help.commands')}:\n"
        return text.replace(f"{title}  {t('cli.metavar.command')}\n", title, 1)

    def error(self, message: str) -> NoReturn:
        detail = translate_argparse_error(message)
        line = t("cli.usage_error.line", prog=self.prog, detail=detail)
        print(f"{PROG}: {one_line(line)}", file=sys.stderr)
        self.exit(2)


def add_global_options(parser: argparse.ArgumentParser, *, on_command: bool) -> None:
    # On a command the defaults are SUPPRESS, so "cocreatie --lang en list"
    # is not undone by the command parser's own default.
    default = argparse.SUPPRESS if on_command else None
    parser.add_argument(
        "--data-dir", metavar=t("cli.metavar.path"), default=default, help=t("cli.option.data_dir")
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help=t("cli.option.lang"))


class _QuickParser(CliParser):
    def error(self, message: str) -> NoReturn:
        raise QuickParseFailed(message)


def command_modules(command: str | None = None) -> list[ModuleType]:
    """The command modules; with ``command``, only the one(s) named for it."""
    found: list[ModuleType] = []
    for info in pkgutil.iter_modules(commands.__path__):
        if command is not None and info.name.partition("_")[0] != command:
            continue
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if callable(getattr(module, "register", None)):
            found.append(module)
    return sorted(found, key=lambda m: (getattr(m, "ORDER", 100), m.__name__))


def quick_parse(version: str, argv: Sequence[str]) -> argparse.Namespace | None:
    """Parse with only the named command's module imported and registered.

    Importing all twelve command modules and building their parsers is a
    visible part of starting ``cocreatie demo``; only the command being run
    matters. ``None`` whenever the full parser is needed: help, version,
    no or an unknown command, or anything the one-command parser refuses
    (the full parser then gives the usual message).
    """
    command = _command_word(argv)
    if command is None:
        return None
    parser = build_parser(version, command, parser_class=_QuickParser)
    try:
        args = parser.parse_args(argv)
    except QuickParseFailed:
        return None
    return args if getattr(args, "command", None) == command else None


def _command_word(argv: Sequence[str]) -> str | None:
    if any(arg in ("-h", "--help", "--version", "--") for arg in argv):
        return None
    skip_value = False
    for arg in argv:
        if skip_value:
            skip_value = False
        elif arg in ("--data-dir", "--lang"):
            skip_value = True
        elif not arg.startswith("-"):
            return arg
    return None


def build_parser(
    version: str, command: str | None = None, parser_class: type[CliParser] = CliParser
) -> CliParser:
    parser = parser_class(
        prog=PROG, description=t("cli.app.description"), epilog=t("cli.app.epilog")
    )
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {version}", help=t("cli.help.version")
    )
    add_global_options(parser, on_command=False)
    subparsers = parser.add_subparsers(
        title=t("cli.help.commands"), metavar=t("cli.metavar.command"), dest="command"
    )
    for module in command_modules(command):
        register: Callable[[Subparsers], None] = module.register
        register(subparsers)
    seen: set[int] = set()
    for sub in subparsers.choices.values():
        if id(sub) not in seen:  # aliases map to the same parser
            seen.add(id(sub))
            add_global_options(sub, on_command=True)
    return parser


def prescan_lang(argv: Sequence[str]) -> str | None:
    """The ``--lang`` value, read before parsing so help and errors use it."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        else:
            continue
        return value if value in LANGUAGES else None
    return None
