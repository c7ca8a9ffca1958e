"""One module per command; each defines ``register(subparsers) -> None``.

``register`` adds the command's parser (``help`` is the one-line Dutch
description shown in ``cocreatie --help``) and calls
``set_defaults(handler=run)`` with ``run(args) -> int``. Raise
``cocreatie.cli.errors.CliError`` for a user error. The global options
``--data-dir`` and ``--lang`` are added for you.

Imports inside ``run``, marked "start-up": ``cocreatie`` (the home screen),
``--help`` and a mistyped line build the full parser, which imports every
command module. What only ``run`` needs (pydantic, the models, the store,
the exports, Textual) is imported in ``run``, so those stay quick;
``tests/cli/test_cli_startup.py`` checks it.
"""
