"""Shared steps of reading a line: the ``#`` parts and the kept text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cocreatie.entry.codes import Code, read_codes
from cocreatie.entry.line import Part
from cocreatie.entry.reading import Question
from cocreatie.i18n import t


class CodeParts:
    """Reads every ``#`` part of a line into ``fields``.

    ``multi`` names the fields that hold a list (factors); any other field
    takes one value, and two different values for it are a problem rather
    than a silent choice.
    """

    def __init__(
        self,
        codes: Sequence[Code],
        *,
        multi: frozenset[str] = frozenset(),
        number_field: str | None = None,
    ) -> None:
        self.codes = list(codes)
        self.multi = multi
        self.number_field = number_field
        self.fields: dict[str, Any] = {}
        self.questions: list[Question] = []
        self.problems: list[str] = []
        self.kept: list[str] = []  # what goes back into the text
        self.labels = {(c.field, c.value): c.label for c in self.codes}

    def recognises(self, part: Part) -> bool:
        """Whether a ``#`` part starts with something these codes know."""
        plain = self.number_field is not None
        return read_codes(part.text, self.codes, plain_numbers=plain).recognised

    def read(self, part: Part) -> None:
        reading = read_codes(part.text, self.codes, plain_numbers=self.number_field is not None)
        if not reading.recognised:
            self.kept.append(part.typed)
            return
        for code in reading.chosen:
            self._set(code.field, code.value)
        for number in reading.numbers:
            if self.number_field is not None:
                self._set(self.number_field, number)
        self.questions += [
            Question(t("entry.ask.code", typed=q.query), q.query, q.candidates)
            for q in reading.questions
        ]
        if reading.rest:
            self.kept.append(reading.rest)

    def _set(self, field: str, value: Any) -> None:
        if field in self.multi:
            values = self.fields.setdefault(field, [])
            if value not in values:
                values.append(value)
            return
        old = self.fields.get(field)
        if old is not None and old != value:
            shown = [self.labels.get((field, v), str(v)) for v in (old, value)]
            self.problems.append(
                t("entry.problem.twice", field=t(f"entry.field.{field}"), values=" / ".join(shown))
            )
        self.fields[field] = value
