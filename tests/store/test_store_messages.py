"""The one mapping from errors to sentences, shared by the command line and the TUI."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from cocreatie.cli.errors import message_for
from cocreatie.models import Closing
from cocreatie.store import errors as store
from cocreatie.store.messages import describe_failure, explain, restored_notice

ERRORS: list[tuple[BaseException, str]] = [
    (store.SessionNotFoundError("zz"), "Geen sessie gevonden bij 'zz'."),
    (store.SessionLockedError("abc", Path("x.lock")), "Sessie abc is al geopend"),
    (store.ReadOnlySessionError("abc"), "alleen-lezen geopend"),
    (store.SessionClosedError("abc"), "Sessie abc is gesloten"),
    (store.DamagedSessionError(Path("a.json"), Path("d/a.json"), "cut", None), "d/a.json"),
    (store.LoadError(Path("a.json"), 13, "Permission denied"), "Lezen van a.json"),
    (store.SaveError(Path("a.json"), 5, "Input/output error"), "Opslaan van a.json"),
    (store.InvalidRecordError(["meta.title: empty"]), "Ongeldige gegevens: meta.title: empty"),
    (PermissionError(13, "Permission denied", "/geheim"), "Bestandsfout bij /geheim"),
]


@pytest.mark.parametrize(("error", "expected"), ERRORS)
def test_every_expected_failure_has_a_dutch_sentence(error: BaseException, expected: str) -> None:
    sentence = explain(error)
    assert sentence is not None and expected in sentence


@pytest.mark.parametrize(("error", "expected"), ERRORS)
def test_the_command_line_says_the_same_sentence(error: BaseException, expected: str) -> None:
    sentence = explain(error)
    message = message_for(error)
    assert sentence is not None and message is not None and message.startswith(sentence)


def test_the_command_line_adds_how_to_go_on() -> None:
    locked = store.SessionLockedError("abc", Path("x.lock"))
    assert message_for(locked) == (
        "Sessie abc is al geopend in een ander venster. "
        "Kijk mee met --read-only, of sluit het andere venster eerst."
    )


def test_english_comes_from_the_same_mapping() -> None:
    from cocreatie.i18n import set_language

    set_language("en")
    try:
        assert explain(store.DiskFullError(Path("x.json"))) == (
            "The disk is full; x.json could not be saved."
        )
    finally:
        set_language("nl")


def test_validation_errors_are_worded_by_field() -> None:
    with pytest.raises(ValidationError) as info:
        Closing(grades=[11])
    assert (
        explain(info.value)
        == "Ongeldige gegevens: Rapportcijfer: mag hoogstens 10 zijn (ingevuld: 11)"
    )


def test_an_unexpected_error_names_its_type_and_never_its_message() -> None:
    error = ValueError("06 1234 5678 of Anja")
    assert explain(error) is None
    assert describe_failure(error) == "Er ging iets onverwachts mis (ValueError)."


def test_a_restored_backup_is_told_with_all_three_paths() -> None:
    notice = store.DamagedSessionError(Path("a.json"), Path("d/a.json"), "cut", Path("b/a.json"))
    text = restored_notice(notice)
    assert "a.json" in text and "d/a.json" in text and "b/a.json" in text
