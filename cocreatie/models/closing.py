"""How the evening ended: grades, remarks, next meeting."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from cocreatie.models.base import Record
from cocreatie.models.text import LongText, ShortText
from cocreatie.models.unique import unique_ids
from cocreatie.models.veiligheid import Note

Grade = Annotated[int, Field(ge=1, le=10)]
AVERAGE_KEY = "average_grade"


class NextMeeting(Record):
    date: dt.date | None = None
    time: ShortText = ""
    place: ShortText = ""
    note: ShortText = ""


class Closing(Record):
    grades: list[Grade] = Field(default_factory=list)  # report-card grades 1..10
    remarks: LongText = ""
    next_meeting: NextMeeting = Field(default_factory=NextMeeting)
    open_questions: list[Note] = Field(default_factory=list)

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
    def average_grade(self) -> float | None:
        return round(sum(self.grades) / len(self.grades), 1) if self.grades else None
