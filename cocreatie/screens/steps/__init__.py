"""One view per step type, in a module named after the type.

``cocreatie/screens/steps/<step type>.py`` defines ``VIEW``, its StepView
subclass; a new step type is one new file and one StepType member.
"""

from __future__ import annotations

from importlib import import_module

from cocreatie.screens.steps.base import StepView
from cocreatie.screens.steps.context import StepContext
from cocreatie.templating.model import StepType


def view_for(step_type: StepType) -> type[StepView]:
    module = import_module(f"cocreatie.screens.steps.{step_type.value}")
    return module.VIEW


__all__ = ["StepContext", "StepView", "view_for"]
