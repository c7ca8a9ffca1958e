"""The English catalogue must match the Dutch one key for key."""

from __future__ import annotations

import re
import string

from cocreatie.i18n import catalogue, set_language, t, tn

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


def test_plural_forms_come_in_pairs() -> None:
    for lang in ("nl", "en"):
        keys = catalogue(lang)
        ones = {k.removesuffix(".one") for k in keys if k.endswith(".one")}
        assert ones, lang
        assert [k for k in ones if f"{k}.other" not in keys] == [], lang


def test_counting_in_dutch_and_english() -> None:
    set_language("nl")
    try:
        shown = [tn("steps.wishes.present_quadrant", n, quadrant="Aanpakken") for n in (0, 1, 2)]
        assert shown == ["Aanpakken: 0 wensen", "Aanpakken: 1 wens", "Aanpakken: 2 wensen"]
        assert tn("steps.wishes.present", 1, votes=1, text="Licht") == "1 stip: Licht"
        assert tn("export.text.feedback_days", 1, days=1) == "binnen 1 werkdag"
        set_language("en")
        assert tn("steps.wishes.present_quadrant", 1, quadrant="Act") == "Act: 1 wish"
        assert tn("ui.closing.warning_count", 3) == "3 open points:"
    finally:
        set_language("nl")
