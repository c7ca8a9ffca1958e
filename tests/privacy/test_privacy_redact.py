"""Finding contact details and names in text."""

from __future__ import annotations

import pytest

from cocreatie.privacy.redact import (
    EMAIL_MARK,
    PHONE_MARK,
    TermReplacer,
    redact_contact_text,
)


@pytest.mark.parametrize(
    "phone",
    [
        "06-12345678",
        "0612345678",
        "06 1234 5678",
        "+31 6 12345678",
        "(020) 123 45 67",
        "+31612345678",
        "0031 6 1234 5678",
        "036-5399999",
    ],
)
def test_phone_numbers_are_redacted(phone: str) -> None:
    assert redact_contact_text(f"bel {phone} na zessen") == f"bel {PHONE_MARK} na zessen"


@pytest.mark.parametrize(
    "text",
    [
        "deadline 01-04-2026 09:00",
        "op 2026-03-12 om 19:30",
        "30 km/u in de Molenweg 12",
        "1234 AB Almere",
        "rapportcijfer 6,5 van 10",
        "dossier 2026-0012345",
    ],
)
def test_ordinary_numbers_stay(text: str) -> None:
    assert redact_contact_text(text) == text


def test_email_addresses_are_redacted() -> None:
    text = "mail jan.de-vries+buurt@gemeente.almere.nl of anja@voorbeeld.nl."
    assert redact_contact_text(text) == f"mail {EMAIL_MARK} of {EMAIL_MARK}."


def test_terms_are_replaced_as_whole_words_whatever_the_case() -> None:
    replacer = TermReplacer({"Jan de Vries": "Bewoner 1", "Jan": "Bewoner 1"})
    assert replacer.in_text("jan de vries en Jan zeiden het; Janssen niet") == (
        "Bewoner 1 en Bewoner 1 zeiden het; Janssen niet"
    )


def test_a_stored_phone_number_is_found_in_any_spelling() -> None:
    replacer = TermReplacer({"0612345678": PHONE_MARK})
    assert replacer.in_text("bel 06-1234 5678 of 06.12.34.56.78") == (
        f"bel {PHONE_MARK} of {PHONE_MARK}"
    )


def test_name_fields_change_only_when_the_whole_value_is_the_name() -> None:
    replacer = TermReplacer({"Jan": "Bewoner 1"})
    assert replacer.whole_value(" jan ") == "Bewoner 1"
    assert replacer.whole_value("Jan Bakker") == "Jan Bakker"


def test_very_short_names_are_not_hunted_in_free_text() -> None:
    # "Jo" as a word would hit far more than the person.
    replacer = TermReplacer({"Jo": "Bewoner 2"})
    assert replacer.in_text("Jo zei jo") == "Jo zei jo"
    assert replacer.whole_value("Jo") == "Bewoner 2"
