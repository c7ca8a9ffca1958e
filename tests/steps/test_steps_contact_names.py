"""A contact person carrying too much is named as the facilitator typed the name.

The load is counted case-insensitively ("Karin" and "karin" are one person),
but the warning must not lower-case the name: "karin is aanspreekpunt…".
"""

from __future__ import annotations

from cocreatie.analysis import session_warnings
from cocreatie.models import ContactPerson, Session
from cocreatie.templating import SessionTemplate
from cocreatie.templating.model import StepType
from cocreatie.widgets.warning_list import WarningList

SUBJECTS = ("Verkeer", "Groen", "Afval", "Jongeren")


def _karin_four_times(session: Session) -> None:
    # Typed on different moments, once without a capital.
    for subject, name in zip(SUBJECTS, ("Karin", "karin", "KARIN", "Karin"), strict=True):
        session.add(ContactPerson(subject=subject, person_name=name, agreed=True))


def test_the_overload_warning_shows_the_name_as_typed(
    session: Session, greenfield: SessionTemplate
) -> None:
    _karin_four_times(session)
    [warning] = [w for w in session_warnings(session, greenfield) if w.code == "contact_overloaded"]
    assert warning.params["who"] == "Karin"  # as first typed, not the counting key
    assert warning.item_id == "karin"
    assert warning.params["count"] == 4


async def test_the_contacts_step_shows_the_typed_name(run_step, session: Session) -> None:
    _karin_four_times(session)
    async with run_step(StepType.CONTACTS, session) as (_app, _pilot, view):
        lines = view.query_one(WarningList).lines
        assert "Karin is aanspreekpunt voor 4 zaken (meer dan 3)" in lines
        assert not any(line.startswith("karin") for line in lines)


def test_no_warning_code_without_a_catalogue_text(
    session: Session, greenfield: SessionTemplate
) -> None:
    from cocreatie.i18n import has

    _karin_four_times(session)
    for warning in session_warnings(session, greenfield):
        assert has(f"analysis.warning.{warning.code}"), warning.code
