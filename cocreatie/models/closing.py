"""How the evening ended: grades, remarks, next meeting."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from cocreatie.models.base import Record
from cocreatie.models.clock import now
from cocreatie.models.text import LongText, ShortText, Text
from cocreatie.models.unique import unique_ids
from cocreatie.models.veiligheid import Note

Grade = Annotated[int, Field(ge=1, le=10)]
AVERAGE_KEY = "average_grade"


class NextMeeting(Record):
    date: dt.date | None = None
    time: ShortText = ""
    place: ShortText = ""
    note: ShortText = ""


class ClosingResponse(Record):
    """One phone's grade for the neighbourhood and closing remark.

    One per participant, changed by answering again; the grade may come
    from the statements step as well (the same report-card grade)."""

    participant_id: str | None
    grade: Grade | None = None
    remark: Text = ""
    answered: dt.datetime = Field(default_factory=now)


class Closing(Record):
    grades: list[Grade] = Field(default_factory=list)  # report-card grades 1..10
    remarks: LongText = ""
    next_meeting: NextMeeting = Field(default_factory=NextMeeting)
    open_questions: list[Note] = Field(default_factory=list)
    responses: list[ClosingResponse] = Field(default_factory=list)  # from phones

    @model_validator(mode="before")
    @classmethod
    def _derived_average(cls, data: Any) -> Any:
        # A JSON export carries the average for its readers; it follows from
        # the grades, so reading such a file back leaves it out.
        if isinstance(data, dict) and AVERAGE_KEY in data:
            data = {k: v for k, v in data.items() if k != AVERAGE_KEY}
        return data

    @field_validator("open_questions")
    @classmethod
    def _unique_ids(cls, items: list[Any], info: ValidationInfo) -> list[Any]:
        return unique_ids(items, info)

    @property
    def all_grades(self) -> list[int]:
        """The grades typed in the room and those given on phones."""
        return [*self.grades, *(r.grade for r in self.responses if r.grade is not None)]

    @property
    def phone_remarks(self) -> list[str]:
        return [r.remark for r in self.responses if r.remark]

    def response_of(self, participant_id: str) -> ClosingResponse | None:
        return next((r for r in self.responses if r.participant_id == participant_id), None)

    @property
    def average_grade(self) -> float | None:
        grades = self.all_grades
        return round(sum(grades) / len(grades), 1) if grades else None
