"""Entry point of the ``cocreatie`` command.

Parse, dispatch to the command's handler, and turn expected failures into
one line on stderr with exit status 2: a facilitator sees a sentence, never
a traceback. Commands live in ``cocreatie/cli/commands/``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from cocreatie import __version__
from cocreatie.cli import context
from cocreatie.cli.errors import message_for, one_line
from cocreatie.cli.parser import PROG, build_parser, prescan_lang, quick_parse
from cocreatie.i18n import set_language
from cocreatie.privacy.cloud import warn_for_command

USER_ERROR = 2
INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit status. A reader that goes away (``| head``)
    ends the command quietly with status 0: a closed pipe is not an error."""
    try:
        code = _run(argv)
        # Flush here, inside the try: otherwise the last buffered lines meet
        # the closed pipe at interpreter exit, where nothing can catch it.
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _discard_stdout()
        return 0
    return code


def _run(argv: Sequence[str] | None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    lang = prescan_lang(arguments)
    if lang:
        # Before the parser is built: its help and errors come from the catalogue.
        set_language(lang)
    args = quick_parse(__version__, arguments)
    if args is None:
        parser = build_parser(__version__)
        try:
            args = parser.parse_args(arguments)
        except SystemExit as exc:  # --help, --version, or a usage error already printed
            return exc.code if isinstance(exc.code, int) else USER_ERROR
    return dispatch(args)


def dispatch(args: argparse.Namespace) -> int:
    handler = getattr(args, "handler", None) or _open_home
    try:
        _cloud_warning(args)
        return int(handler(args))
    except KeyboardInterrupt:
        return INTERRUPTED
    except BrokenPipeError:
        raise  # the reader left; main() ends quietly
    except Exception as exc:
        message = message_for(exc)
        if message is None:
            raise  # a programming error: the traceback is what a bug report needs
        fail(message)
        return USER_ERROR


def fail(message: str) -> None:
    print(f"{PROG}: {one_line(message)}", file=sys.stderr)


def _discard_stdout() -> None:
    """Point stdout at the null device: Python flushes it once more at exit,
    and with the reader gone that would print "Exception ignored ...
    BrokenPipeError" (the remedy the Python documentation gives for SIGPIPE)."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, stream.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError):
        pass  # a replaced stream without a descriptor (tests): nothing to flush


def _cloud_warning(args: argparse.Namespace) -> None:
    # Privacy: one stderr line when a writing command's data folder looks
    # cloud-synced (see cocreatie/privacy/cloud.py).
    warn_for_command(getattr(args, "command", None), context.data_dir(args))


def _open_home(args: argparse.Namespace) -> int:
    return context.run_tui(args, None)
