"""What a participant's phone may change in the record.

A mixin of ``Session``: joining (a participant with a device id), a
contribution, a wish, statement answers and a closing response. Additions
carry the form's key (``PhoneOrigin``): the same key again returns the
item made the first time, so a retried request never adds a second one.
Answers are per participant and change in place of the earlier answer, so
a retry is harmless by nature. Each method is one all-or-nothing change.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from cocreatie.models.base import UnknownItemError
from cocreatie.models.clock import now
from cocreatie.models.closing import Closing, ClosingResponse
from cocreatie.models.participant import Participant
from cocreatie.models.phone import PhoneOrigin
from cocreatie.models.pseudonyms import number_residents
from cocreatie.models.statements import StatementAnswer
from cocreatie.models.veiligheid import Contribution, SafetyDefinition
from cocreatie.models.vocab import ParticipantKind, TimeOfDay
from cocreatie.models.wish import Location, Wish

if TYPE_CHECKING:
    from cocreatie.models.privacy import Privacy

T = TypeVar("T", Contribution, Wish)

PHONE_KINDS = (ParticipantKind.RESIDENT.value, ParticipantKind.PROFESSIONAL.value)


def with_key(items: list[T], key: str) -> T | None:
    """The item a submission with ``key`` made, if any."""
    return next((i for i in items if i.origin is not None and i.origin.key == key), None)


class PhoneEdits:
    if TYPE_CHECKING:
        participants: list[Participant]
        veiligheid: SafetyDefinition
        wishes: list[Wish]
        statements: list[StatementAnswer]
        closing: Closing
        privacy: Privacy

        def _commit(self, changes: dict[str, Any], *, touch: bool = True) -> None: ...

    def participant_of_device(self, device_id: str) -> Participant | None:
        return next((p for p in self.participants if p.device_id == device_id), None)

    def join_from_phone(self, device_id: str, kind: str, first_name: str = "") -> Participant:
        """Add the phone's participant, or change the one it added before.

        Without a name the pseudonym stands in as the name, so the
        facilitator's list shows "Bewoner 7" rather than a blank.
        """
        if kind not in PHONE_KINDS:
            kind = ParticipantKind.RESIDENT.value
        known = self.participant_of_device(device_id)
        if known is not None:
            # A change of kind gets a pseudonym of the right word.
            pseudonym = known.pseudonym if known.kind == kind else ""
            name = first_name.strip() or (pseudonym or known.display_name)
            person = known.revised(display_name=name, kind=kind, pseudonym=pseudonym)
            people = [person if p.id == known.id else p for p in self.participants]
        else:
            person = Participant(
                display_name=first_name.strip() or "?", kind=kind, device_id=device_id
            )
            people = [*self.participants, person]
        numbered = number_residents(people, self.privacy.pseudonyms_issued)
        changes: dict[str, Any] = {"participants": people}
        if numbered is not None:
            people, issued = numbered
            changes = {
                "participants": people,
                "privacy": self.privacy.validated_copy(pseudonyms_issued=issued),
            }
        if not first_name.strip():
            people = [
                p.validated_copy(display_name=p.pseudonym) if p.id == person.id else p
                for p in people
            ]
            changes["participants"] = people
        self._commit(changes)
        found = self.participant_of_device(device_id)
        assert found is not None
        return found

    def add_phone_contribution(
        self, participant_id: str, text: str, factor_ids: list[str], key: str
    ) -> tuple[Contribution, bool]:
        """The contribution and whether it is new (``False``: a retry)."""
        self._known(participant_id)
        earlier = with_key(self.veiligheid.contributions, key)
        if earlier is not None:
            return earlier, False
        item = Contribution(
            text=text,
            participant_id=participant_id,
            factor_ids=list(dict.fromkeys(factor_ids)),
            origin=PhoneOrigin(key=key),
        )
        contributions = [*self.veiligheid.contributions, item]
        self._commit({"veiligheid": self.veiligheid.validated_copy(contributions=contributions)})
        return item, True

    def add_phone_wish(
        self,
        participant_id: str,
        text: str,
        key: str,
        place: str = "",
        time_of_day: TimeOfDay | None = None,
    ) -> tuple[Wish, bool]:
        """The wish and whether it is new (``False``: a retry)."""
        self._known(participant_id)
        earlier = with_key(self.wishes, key)
        if earlier is not None:
            return earlier, False
        item = Wish(
            text=text,
            participant_ids=[participant_id],
            location=Location(text=place),
            time_of_day=time_of_day,
            origin=PhoneOrigin(key=key),
        )
        self._commit({"wishes": [*self.wishes, item]})
        return item, True

    def answer_statements(self, participant_id: str, answers: Mapping[str, int]) -> None:
        """Record (or change) this participant's answers, factor by factor."""
        self._known(participant_id)
        fresh = [
            StatementAnswer(participant_id=participant_id, factor_id=factor_id, agree=agree)
            for factor_id, agree in answers.items()
        ]
        kept = [
            a
            for a in self.statements
            if not (a.participant_id == participant_id and a.factor_id in answers)
        ]
        self._commit({"statements": [*kept, *fresh]})

    def statement_answers_of(self, participant_id: str) -> dict[str, int]:
        return {a.factor_id: a.agree for a in self.statements if a.participant_id == participant_id}

    def respond_closing(self, participant_id: str, **changes: Any) -> ClosingResponse:
        """Set this participant's ``grade`` and/or ``remark``; the rest stays."""
        self._known(participant_id)
        old = self.closing.response_of(participant_id)
        if old is None:
            response = ClosingResponse.model_validate({"participant_id": participant_id, **changes})
        else:
            response = old.validated_copy(**changes, answered=now())
        others = [r for r in self.closing.responses if r.participant_id != participant_id]
        self._commit({"closing": self.closing.validated_copy(responses=[*others, response])})
        return response

    def _known(self, participant_id: str) -> Participant:
        person = next((p for p in self.participants if p.id == participant_id), None)
        if person is None:
            raise UnknownItemError("participants", participant_id)
        return person
