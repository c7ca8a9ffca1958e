"""Every step type a template may name has its view: no placeholder needed."""

from __future__ import annotations

from cocreatie.screens.steps import StepView, view_for
from cocreatie.templating import StepType


def test_every_step_type_has_a_view() -> None:
    for step_type in StepType:
        view = view_for(step_type)
        assert issubclass(view, StepView), step_type
        assert view.__module__ == f"cocreatie.screens.steps.{step_type.value}"
