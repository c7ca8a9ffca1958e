"""One module per command; each defines ``register(subparsers) -> None``.

``register`` adds the command's parser (``help`` is the one-line Dutch
description shown in ``cocreatie --help``) and calls
``set_defaults(handler=run)`` with ``run(args) -> int``. Raise
``cocreatie.cli.errors.CliError`` for a user error. The global options
``--data-dir`` and ``--lang`` are added for you.
"""
