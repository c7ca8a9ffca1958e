"""The roles step, the contacts step, the closing and the export name the same
open points, also for a wish starred beyond the template's top five."""

from __future__ import annotations

from textual.widgets import Static

from cocreatie.export.render import render
from cocreatie.models import Actor, Session, Wish
from cocreatie.templating import SessionTemplate
from cocreatie.templating.model import StepType
from cocreatie.widgets.role_matrix import RoleMatrix
from cocreatie.widgets.warning_list import WarningList


def _six_starred(session: Session, greenfield: SessionTemplate) -> list[Wish]:
    count = greenfield.voting.prioritise_top + 1
    wishes = [
        session.add(Wish(text=f"Wens nummer {n}", votes=30 - n, prioritised=True))
        for n in range(1, count + 1)
    ]
    agent = session.add(Actor(function="Wijkagent"))
    boa = session.add(Actor(function="BOA"))
    for wish in wishes[:-1]:
        session.set_role(wish.id, agent.id, "aanjager")
    # The sixth: an aanjager, and two regisseurs.
    sixth = wishes[-1]
    session.set_role(sixth.id, agent.id, "regisseur")
    session.set_role(sixth.id, boa.id, "regisseur")
    return wishes


async def test_the_sixth_starred_wish_is_open_everywhere(
    run_step, session: Session, greenfield: SessionTemplate
) -> None:
    sixth = _six_starred(session, greenfield)[-1]
    missing = f"Wens zonder aanjager: {sixth.text}"
    doubled = f"Wens met 2 × regisseur (hoogstens één; met twee stuurt niemand): {sixth.text}"
    uncovered = f"Wens zonder vast aanspreekpunt: {sixth.text}"

    async with run_step(StepType.ROLES, session) as (_app, _pilot, view):
        matrix = view.query_one(RoleMatrix)
        assert str(matrix.get_row(sixth.id)[0]).startswith("⚠")
        lines = view.query_one(WarningList).lines
        assert missing in lines and doubled in lines

    async with run_step(StepType.CONTACTS, session) as (_app, _pilot, view):
        assert uncovered in view.query_one(WarningList).lines

    async with run_step(StepType.CLOSING, session) as (_app, _pilot, view):
        closing = str(view.query_one("#closing-warnings", Static).content)
        for text in (missing, doubled, uncovered):
            assert f"! {text}" in closing

    plan = render(session, greenfield, "md").decode()
    warnings = plan.split("## Nog open")[1].split("###")[0]
    for text in (missing, doubled, uncovered):
        assert f"- {text}" in warnings
