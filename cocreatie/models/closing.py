"""How the evening ended: grades, remarks, next meeting."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field

from cocreatie.models.base import Record
from cocreatie.models.text import LongText, ShortText
from cocreatie.models.veiligheid import Note

Grade = Annotated[int, Field(ge=1, le=10)]


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

    @property
    def average_grade(self) -> float | None:
        return round(sum(self.grades) / len(self.grades), 1) if self.grades else None
