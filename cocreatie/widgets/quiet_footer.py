"""The key bar: the keys that matter most first, and only keys that fit whole.

Textual's Footer lists keys from the focused widget outwards, so on an
80-column screen a step's own keys pushed "next step" and F1 off the edge.
Here the order is fixed by what a facilitator needs: step navigation, then
help (F1 lists every key, also the ones not shown here), then the keys of
the current step, then the screen's and the app's. The palette key stays
on the right. A key that does not fit is left out whole rather than cut
off mid-word.

It also rebuilds only when what it shows changes: Textual's Footer
recomposes whenever the bindings *might* have changed, which is on every
focus change, and restyling every key on each Tab adds up.
"""

from __future__ import annotations

from itertools import groupby

from textual import events
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from cocreatie.widgets.textual_private import FooterKey, FooterLabel, KeyGroup, bindings_ready

Signature = tuple[tuple[str, str, str, bool, str | None], ...]

# Binding ids, in the order they lead the bar.
NAVIGATION = ("session.prev_step", "session.next_step")
HELP = "app.help"


def footer_signature(screen: Screen) -> Signature:
    return tuple(
        (
            key,
            active.binding.action,
            active.binding.description,
            active.enabled,
            active.binding.key_display,
        )
        for key, active in screen.active_bindings.items()
        if active.binding.show
    )


def footer_rank(active: ActiveBinding, screen: Screen) -> int:
    """Where a key goes: navigation, help, the step's keys, screen, app."""
    binding = active.binding
    if binding.id in NAVIGATION:
        return 0
    if binding.id == HELP:
        return 1
    if active.node is screen.app:
        return 4
    if active.node is screen:
        return 3
    return 2


def ordered_bindings(screen: Screen) -> list[list[ActiveBinding]]:
    """The shown bindings, one list per action, in footer order."""
    by_action: dict[str, list[ActiveBinding]] = {}
    for active in screen.active_bindings.values():
        if active.binding.show:
            by_action.setdefault(active.binding.action, []).append(active)
    # sorted() is stable: within a rank, the order Textual gives stays.
    return sorted(by_action.values(), key=lambda same: footer_rank(same[0], screen))


class QuietFooter(Footer):
    _shown: Signature | None = None

    def bindings_changed(self, screen: Screen) -> None:
        if screen is self.screen and self.is_attached:
            signature = footer_signature(screen)
            if signature == self._shown and bindings_ready(self):
                return
            self._shown = signature
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        if not bindings_ready(self):
            return
        entries = ordered_bindings(self.screen)
        for group, members in groupby(entries, lambda same: same[0].binding.group):
            grouped = list(members)
            if group is not None and len(grouped) > 1:
                with KeyGroup(classes="-compact" if group.compact else ""):
                    for same in grouped:
                        yield self._key(same[0], grouped=True)
                yield FooterLabel(group.description)
            else:
                for same in grouped:
                    yield self._key(same[0])
        palette = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE and palette:
            binding = palette.binding
            yield FooterKey(
                binding.key,
                self.app.get_key_display(binding),
                binding.description,
                binding.action,
                classes="-command-palette",
                disabled=not palette.enabled,
                tooltip=binding.tooltip or binding.description,
            )

    def _key(self, active: ActiveBinding, grouped: bool = False) -> Widget:
        binding = active.binding
        return FooterKey(
            binding.key,
            self.app.get_key_display(binding),
            "" if grouped else binding.description,
            binding.action,
            disabled=not active.enabled,
            tooltip=active.tooltip or (binding.description if grouped else ""),
            classes="-grouped" if grouped else "",
        ).data_bind(compact=Footer.compact)

    # -- only whole keys ---------------------------------------------------------

    async def recompose(self) -> None:
        await super().recompose()
        self.call_after_refresh(self._fit)

    def on_resize(self, event: events.Resize) -> None:
        # Wider now: everything gets its chance again, then the overflow goes.
        for child in self.children:
            child.display = True
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Hide, from the first key that sticks out, every key after it."""
        if not self.is_attached:
            return
        pinned = [c for c in self.children if c.has_class("-command-palette")]
        room = self.size.width - sum(c.outer_size.width for c in pinned)
        overflow = False
        for child in self.children:
            if child in pinned:
                continue
            overflow = overflow or child.virtual_region_with_margin.right > room
            child.display = not overflow
