"""The shape of the action plan as a layout template sees it (``plan.*``).

Values are display text in the plan's language, not yet escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cocreatie.analysis.progress import ProgressSection


@dataclass(frozen=True)
class Meta:
    title: str
    neighbourhood: str
    area: list[str]
    date: str
    place: str
    facilitators: list[str]
    template: str
    session_id: str
    updated: str


@dataclass(frozen=True)
class AreaCount:
    area: str
    count: int


@dataclass(frozen=True)
class Resident:
    name: str
    area: str
    contact: str


@dataclass(frozen=True)
class OtherParticipant:
    kind: str
    function: str
    organisation: str
    name: str
    contact: str


@dataclass(frozen=True)
class FactorRow:
    factor: str
    left: list[str]
    right: list[str]
    other: list[str]
    verdict: str


@dataclass(frozen=True)
class WishRow:
    rank: int
    text: str
    votes: int
    factors: list[str]
    location: str
    time_of_day: str
    scale: str
    quadrant: str
    prioritised: bool


@dataclass(frozen=True)
class MatrixRow:
    actor: str
    cells: list[list[str]]  # one list of subjects per role column


@dataclass(frozen=True)
class ContactRow:
    subject: str
    who: str
    channel: str
    availability: str
    promise: str


@dataclass(frozen=True)
class ActionRow:
    title: str
    wishes: list[str]
    factors: list[str]
    owner: str
    co_owner: str
    contact: str
    contact_channel: str
    deadline: str
    visibility: str
    feedback_date: str
    status: str  # with the late mark when late
    late: bool  # not done while its deadline or feedback date passed
    deadline_iso: str
    feedback_iso: str


@dataclass(frozen=True)
class CalendarRow:
    date: str
    action: str
    who: str
    channel: str


@dataclass(frozen=True)
class NextMeeting:
    date: str
    time: str
    place: str
    note: str

    @property
    def is_set(self) -> bool:
        return bool(self.date or self.time or self.place or self.note)


@dataclass(frozen=True)
class ClosingSection:
    grades: list[int]  # the report-card grades as given, in order
    average: str  # "7,0" in the plan's language; "" without grades
    remarks: str


@dataclass(frozen=True)
class SummaryWish:
    text: str
    votes: int


@dataclass(frozen=True)
class SummaryAction:
    title: str
    owner: str  # with the second owner, when there is one
    contact: str
    deadline: str
    status: str  # with the late mark when late
    late: bool


@dataclass(frozen=True)
class Summary:
    """The first page: what a coordinator reads before anything else."""

    purpose: str  # de bedoeling as one paragraph
    residents: int
    professionals: int  # everyone who took part and is not a resident
    definition: str  # the shared definition as one paragraph
    top_wishes: list[SummaryWish]
    actions: list[SummaryAction]  # every action that is not dropped
    open_warnings: int


@dataclass(frozen=True)
class QuadrantCell:
    quadrant: str  # the Quadrant value: act_and_tell, act_or_explain, ...
    label: str  # what to do there, in the plan's language
    wishes: list[SummaryWish]


@dataclass(frozen=True)
class BuikpijnGrid:
    """The worry × visible-action matrix as a 2×2 grid of wishes.

    ``rows[0]`` is high worry, ``rows[1]`` low; in each row the first cell
    is with visible action, the second without.
    """

    rows: list[list[QuadrantCell]]
    unplaced: list[SummaryWish]  # wishes whose worry or visible action is not known yet

    @property
    def placed(self) -> int:
        return sum(len(cell.wishes) for row in self.rows for cell in row)


@dataclass(frozen=True)
class Plan:
    lang: str
    with_names: bool
    made: str  # the day the plan was made, in words; lateness is as of then
    made_iso: str
    meta: Meta
    purpose: str
    residents_total: int
    resident_areas: list[AreaCount]
    residents: list[Resident]
    others: list[OtherParticipant]
    shared_definition: str
    left_label: str
    right_label: str
    factor_rows: list[FactorRow]
    agreements: list[str]
    differences: list[str]
    wishes: list[WishRow]
    role_labels: list[str]
    matrix: list[MatrixRow]
    contacts: list[ContactRow]
    dual_ownership: bool
    actions: list[ActionRow]
    calendar: list[CalendarRow]
    warnings: list[tuple[str, dict[str, Any]]]  # catalogue key, raw params
    closing: ClosingSection
    open_questions: list[str]
    next_meeting: NextMeeting
    summary: Summary
    buikpijn: BuikpijnGrid
    # Follow-up sessions: progress of the carried actions (the layout's progress block).
    progress: ProgressSection | None = None
    extra: dict[str, Any] = field(default_factory=dict)
