"""The command-line frame: help, global options, errors as one Dutch line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from clihelpers import FakeTui, Run

from cocreatie.cli.errors import CliError, message_for
from cocreatie.cli.main import dispatch, main
from cocreatie.cli.parser import translate_argparse_error
from cocreatie.i18n import t
from cocreatie.store import errors as store

COMMANDS = ["open", "demo", "list", "import", "export", "schema"]


def test_help_lists_every_command_with_its_dutch_description(run: Run) -> None:
    result = run("--help", data=None)
    assert result.code == 0
    assert result.out.startswith("Gebruik: cocreatie")
    for name in COMMANDS:
        line = next(ln for ln in result.out.splitlines() if ln.split()[:1] == [name])
        assert t(f"cli.{name}.help") in line
    assert "opdrachten:" in result.out


def test_help_in_english_with_lang(run: Run) -> None:
    result = run("--lang", "en", "--help", data=None)
    assert result.code == 0
    assert result.out.startswith("Usage: cocreatie")
    assert "list all sessions" in result.out


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_accepts_the_global_options(run: Run, name: str) -> None:
    result = run(name, "--help", data=None)
    assert result.code == 0
    assert result.out.startswith(f"Gebruik: cocreatie {name}")
    assert "--data-dir PAD" in result.out and "--lang {nl,en}" in result.out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["bogus"], "ongeldige keuze 'bogus'"),
        (["list", "--frob"], "onbekende argumenten: --frob"),
        (["open"], "dit ontbreekt nog: SESSIE"),
        (["--lang", "xx", "list"], "--lang: ongeldige keuze 'xx'"),
        (["export", "abc", "-o"], "hier hoort een waarde bij"),
    ],
)
def test_bad_options_give_one_dutch_line_and_status_2(
    run: Run, argv: list[str], expected: str
) -> None:
    result = run(*argv, data=None)
    assert result.code == 2
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cocreatie: ")
    assert expected in lines[0]
    assert "Traceback" not in result.err


def test_bad_option_in_english_when_asked(run: Run) -> None:
    result = run("--lang", "en", "list", "--frob", data=None)
    assert result.code == 2
    assert "unknown arguments: --frob" in result.err


def test_unknown_argparse_message_passes_through() -> None:
    assert translate_argparse_error("something new") == "something new"


def test_no_command_opens_the_home_screen(run: Run, fake_tui: FakeTui, data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir)]) == 0
    assert fake_tui.calls == [
        {"data_dir": data_dir, "session": None, "read_only": False, "lang": "nl"}
    ]


def test_data_dir_works_before_and_after_the_command(
    run: Run, with_demo: str, tmp_path: Path
) -> None:
    empty = tmp_path / "elsewhere"
    before = run("--data-dir", str(empty), "list", data=None)
    after = run("list", "--data-dir", str(empty), data=None)
    assert "Nog geen sessies" in before.out and "Nog geen sessies" in after.out
    assert with_demo in run("list").out


def test_lang_before_the_command_is_not_undone_by_the_command(
    run: Run, fake_tui: FakeTui, with_demo: str
) -> None:
    assert run("--lang", "en", "open", "molen").code == 0
    assert fake_tui.calls[-1]["lang"] == "en"


def test_cli_error_from_a_handler_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    def handler(args: argparse.Namespace) -> int:
        raise CliError("Iets ging mis\nmet een tweede regel")

    assert dispatch(argparse.Namespace(handler=handler)) == 2
    err = capsys.readouterr().err
    assert err == "cocreatie: Iets ging mis met een tweede regel\n"


def test_os_error_from_a_handler_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    def handler(args: argparse.Namespace) -> int:
        raise PermissionError(13, "Permission denied", "/geheim/bestand")

    assert dispatch(argparse.Namespace(handler=handler)) == 2
    assert capsys.readouterr().err == (
        "cocreatie: Bestandsfout bij /geheim/bestand: Permission denied\n"
    )


def test_programming_errors_are_not_hidden() -> None:
    def handler(args: argparse.Namespace) -> int:
        raise RuntimeError("bug")

    with pytest.raises(RuntimeError):
        dispatch(argparse.Namespace(handler=handler))


def test_ctrl_c_ends_quietly_with_130(capsys: pytest.CaptureFixture[str]) -> None:
    def handler(args: argparse.Namespace) -> int:
        raise KeyboardInterrupt

    assert dispatch(argparse.Namespace(handler=handler)) == 130
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (store.SessionNotFoundError("zz"), "Geen sessie gevonden bij 'zz'"),
        (store.AmbiguousSessionError("m", ["m1", "m2"]), "past bij meer dan één sessie (m1, m2)"),
        (store.SessionExistsError("abc"), "Er is al een sessie met id abc"),
        (store.SessionLockedError("abc", Path("x.lock")), "al geopend in een ander venster"),
        (store.NewerSchemaError(9, 2), "nieuwere versie van cocreatie (schema 9"),
        (store.DiskFullError(Path("/vol/x.json")), "De schijf is vol"),
        (store.CorruptFileError(Path("x.json"), "truncated: cut"), "x.json is beschadigd"),
    ],
)
def test_store_errors_are_worded_in_dutch(exc: Exception, expected: str) -> None:
    message = message_for(exc)
    assert message is not None and expected in message


def test_long_validation_error_lists_a_few_reasons_and_counts_the_rest() -> None:
    from pydantic import ValidationError

    from cocreatie.models import Closing

    with pytest.raises(ValidationError) as info:
        Closing(grades=[11, 12, 13, 14, 15, 16])
    message = message_for(info.value)
    assert message is not None
    assert message.startswith("Ongeldige gegevens: Rapportcijfer: mag hoogstens 10 zijn")
    assert message.endswith("(en nog 2)")
