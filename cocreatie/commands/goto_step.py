""" "Ga naar stap…": one palette entry per step of the open session."""

from __future__ import annotations

from functools import partial
from typing import Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from cocreatie.i18n import t


class _StepScreen(Protocol):
    def action_goto(self, index: int) -> None: ...


class GoToStepProvider(Provider):
    def _entries(self) -> list[tuple[str, str, int]]:
        screen = self.screen
        template = getattr(screen, "template", None)
        if template is None or not hasattr(screen, "action_goto"):
            return []
        return [
            (
                t("ui.palette.goto_entry", n=index + 1, title=step.title),
                t("ui.palette.goto_help", minutes=step.timebox_minutes),
                index,
            )
            for index, step in enumerate(template.steps)
        ]

    async def discover(self) -> Hits:
        for title, help_text, index in self._entries():
            yield DiscoveryHit(title, partial(self._goto, index), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, index in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self._goto, index),
                    help=help_text,
                )

    def _goto(self, index: int) -> None:
        # _entries offers steps only on a screen that has action_goto.
        cast(_StepScreen, self.screen).action_goto(index)
