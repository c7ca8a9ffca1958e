"""The English catalogue must match the Dutch one key for key."""

from __future__ import annotations

import re
import string

from cocreatie.i18n import catalogue, set_language, t

PLACEHOLDER = re.compile(r"{(\w+)")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_catalogues_have_the_same_keys() -> None:
    nl, en = catalogue("nl"), catalogue("en")
    assert set(nl) - set(en) == set(), "missing in English"
    assert set(en) - set(nl) == set(), "missing in Dutch"


def test_catalogues_use_the_same_placeholders() -> None:
    nl, en = catalogue("nl"), catalogue("en")
    mismatched = {k for k in nl if k in en and _fields(nl[k]) != _fields(en[k])}
    assert mismatched == set()


def test_no_empty_messages() -> None:
    for lang in ("nl", "en"):
        assert [k for k, v in catalogue(lang).items() if not v.strip()] == []


def test_language_switch_changes_the_text() -> None:
    set_language("en")
    english = t("models.field.grades")
    set_language("nl")
    assert t("models.field.grades") == "Rapportcijfer"
    assert english == "Report-card grade"
