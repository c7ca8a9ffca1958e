"""Step "Wensen": wishes with where and when, dot voting, the buikpijn matrix.

Voting happens with + and − on the selected wish while the room calls out
its dots; the list can be ordered by votes and the top of it prioritised
with one key. Worry and visible action (b and z) place each wish in the
2×2 matrix on the second tab.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static, TabbedContent, TabPane

from cocreatie.entry.reading import Reading
from cocreatie.entry.wishes import preview_wish, read_wish, wish_from
from cocreatie.i18n import t, tn
from cocreatie.models import Quadrant, Wish, Worry
from cocreatie.screens.steps.curation import CuratingView, curation_bindings, curation_mark
from cocreatie.screens.steps.editing import Change
from cocreatie.screens.steps.wish_form import wish_fields, wish_values
from cocreatie.widgets.factor_picker import factor_numbers
from cocreatie.widgets.form_fields import FormField
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.quadrant_view import QuadrantView
from cocreatie.widgets.quick_entry import QuickEntry
from cocreatie.widgets.record_table import Column, RecordTable, Row
from cocreatie.widgets.share_info import phone_marked

_WORRY_CYCLE: list[Worry | None] = [None, Worry.HIGH, Worry.LOW]
_VISIBLE_CYCLE: list[bool | None] = [None, True, False]


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return t("steps.form.yes") if value else t("steps.form.no")


# One footer entry "+ − Stemmen" for the pair: on a small screen the room
# goes to the other keys. F1 lists them one by one.
_VOTES = Binding.Group("steps.wishes.key.votes")


class WishesView(CuratingView):
    DEFAULT_CSS = """
    WishesView #wish-status { height: 1; padding: 0 1; color: $text-muted; }
    """

    BINDINGS = [
        Binding("n", "quick", "steps.wishes.key.new", id="steps.wishes.new"),
        Binding("e", "edit", "steps.common.key.edit", id="steps.wishes.edit"),
        Binding(
            "plus,equals_sign",
            "vote(1)",
            "steps.wishes.key.vote_up",
            key_display="+",
            id="steps.wishes.vote_up",
            group=_VOTES,
        ),
        Binding(
            "minus",
            "vote(-1)",
            "steps.wishes.key.vote_down",
            key_display="−",
            id="steps.wishes.vote_down",
            group=_VOTES,
        ),
        Binding("o", "sort", "steps.wishes.key.sort", id="steps.wishes.sort"),
        Binding("p", "prioritise", "steps.wishes.key.prioritise", id="steps.wishes.prioritise"),
        Binding("t", "prioritise_top", "steps.wishes.key.top", id="steps.wishes.top"),
        Binding("b", "worry", "steps.wishes.key.worry", id="steps.wishes.worry"),
        Binding("z", "visible", "steps.wishes.key.visible", id="steps.wishes.visible"),
        Binding("v", "voting", "steps.wishes.key.voting", id="steps.wishes.voting"),
        *curation_bindings("wishes"),
        Binding("delete", "remove", "steps.common.key.remove", id="steps.wishes.remove"),
        Binding("f3", "next_view", "steps.common.key.next_view", id="steps.common.next_view"),
    ]
    EDIT_ACTIONS = frozenset({"quick", "new", "edit", "vote", "prioritise", "prioritise_top"})
    EDIT_ACTIONS |= {"worry", "visible", "remove", "voting"}
    CURATED = ("hide_wish", "merge_wishes")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.by_votes = self.session.progress.wishes_by_votes

    def compose(self) -> ComposeResult:
        with TabbedContent(id="wishes-tabs"):
            with TabPane(t("steps.wishes.tab.list"), id="wishes-tab"):
                yield RecordTable(
                    [
                        Column("votes", t("steps.wishes.col.votes"), 7),
                        Column("priority", t("steps.wishes.col.priority"), 4),
                        Column("text", t("steps.wishes.col.text"), None),
                        Column("factors", t("steps.wishes.col.factors"), 8),
                        Column("location", t("steps.wishes.col.location"), 20, only_from=96),
                    ],
                    id="wishes",
                )
                yield Static("", markup=False, id="wish-detail", classes="detail")
                yield Static("", markup=False, id="wish-status")
                yield self.quick_entry("wishes", read_wish, preview_wish)
            with TabPane(t("steps.wishes.tab.matrix"), id="matrix-tab"):
                yield QuadrantView(id="quadrants")
        yield ProblemLine()

    # -- drawing -------------------------------------------------------------------

    @property
    def table(self) -> RecordTable:
        return self.query_one("#wishes", RecordTable)

    def ordered(self) -> list[Wish]:
        return self.session.wishes_by_votes() if self.by_votes else list(self.session.wishes)

    def refresh_view(self, select: str | None = None) -> None:
        if not self.ready:
            return
        factors = self.context.template.factors
        self.table.show(
            [
                Row(
                    w.id,
                    [
                        f"{w.votes:>4}",
                        "★" if w.prioritised else "",
                        curation_mark(w, phone_marked(w.text, w.origin is not None)),
                        factor_numbers(factors, w.factor_ids),
                        w.location.text,
                    ],
                )
                for w in self.ordered()
            ],
            select=select,
        )
        self._show_selected()
        self._show_status()

    def curated(self) -> list[Wish]:
        return list(self.session.wishes)

    def selected(self) -> Wish | None:
        return self.session.find(Wish, self.table.selected_key)

    def _show_selected(self) -> None:
        wish = self.selected()
        self.query_one(QuadrantView).show(self.ordered(), wish.id if wish else None)
        detail = self.query_one("#wish-detail", Static)
        if wish is None:
            detail.update(t("steps.wishes.empty"))
            return
        detail.update(self.describe(wish))

    def describe(self, wish: Wish) -> str:
        types = {lt.id: lt.label for lt in self.context.template.location_types}
        where = wish.location.text or "—"
        if wish.location.type:
            where += f" ({types.get(wish.location.type, wish.location.type)})"
        parts = [
            t("steps.wishes.detail.where", where=where),
            t("models.vocab.time_of_day." + wish.time_of_day.value) if wish.time_of_day else "",
            t("models.vocab.scale." + wish.scale.value) if wish.scale else "",
            t("steps.wishes.detail.worry", value=t("models.vocab.worry." + wish.worry.value))
            if wish.worry
            else t("steps.wishes.detail.worry", value="—"),
            t("steps.wishes.detail.visible", value=yes_no(wish.visible_action)),
        ]
        quadrant = wish.quadrant
        line = " · ".join(p for p in parts if p)
        if quadrant is not None:
            line += " → " + t(f"models.vocab.quadrant.{quadrant.value}")
        names = [self.session.participant_name(p) for p in wish.participant_ids]
        if names:
            line += "\n" + t("steps.wishes.detail.who", names=", ".join(names))
        return line

    def _show_status(self) -> None:
        voting = self.context.template.voting
        budget = voting.dots_per_participant * len(self.session.participants)
        used = sum(w.votes for w in self.session.wishes)
        chosen = sum(1 for w in self.session.wishes if w.prioritised)
        order = t("steps.wishes.order_votes") if self.by_votes else t("steps.wishes.order_entry")
        status = t("steps.wishes.status", order=order, used=used, budget=budget, chosen=chosen)
        if not self.session.voting.open:
            # First: the end of a long status line is cut off on a narrow screen.
            status = t("steps.wishes.voting_closed") + status
        self.query_one("#wish-status", Static).update(status)

    @on(RecordTable.RowHighlighted, "#wishes")
    def _highlighted(self) -> None:
        self._show_selected()

    @on(RecordTable.RowSelected, "#wishes")
    def _chosen(self) -> None:
        self.action_edit()

    def focus_view(self, pane_id: str) -> None:
        if pane_id != "wishes-tab":
            self.query_one(QuadrantView).focus()
            return
        # The list's pane opens on its quick-entry line, as the step does
        # (the list when the line is off: a read-only session).
        line = self.opening_focus()
        (line if line is not None and not line.disabled else self.table).focus()

    @on(QuadrantView.Moved)
    def _walk(self, event: QuadrantView.Moved) -> None:
        # The matrix shows the list's selection; walking moves the list cursor.
        rows = len(self.table.row_keys)
        if rows:
            row = max(0, min(rows - 1, self.table.cursor_row + event.delta))
            self.table.move_cursor(row=row, animate=False)
            self._show_selected()

    # -- quick keys --------------------------------------------------------------------

    def action_vote(self, delta: int) -> None:
        wish = self.selected()
        if wish is not None:
            self.mutate(lambda s: s.vote(wish.id, delta))

    def action_sort(self) -> None:
        self.by_votes = not self.by_votes
        self.remember_progress(wishes_by_votes=self.by_votes)
        self.refresh_view()

    def action_prioritise(self) -> None:
        wish = self.selected()
        if wish is not None:
            self.mutate(lambda s: s.update(Wish, wish.id, prioritised=not wish.prioritised))

    def action_prioritise_top(self) -> None:
        count = self.context.template.voting.prioritise_top
        self.mutate(lambda s: s.prioritise_top(count))

    def action_worry(self) -> None:
        wish = self.selected()
        if wish is not None:
            nxt = _WORRY_CYCLE[(_WORRY_CYCLE.index(wish.worry) + 1) % len(_WORRY_CYCLE)]
            self.mutate(lambda s: s.update(Wish, wish.id, worry=nxt))

    def action_visible(self) -> None:
        wish = self.selected()
        if wish is not None:
            index = _VISIBLE_CYCLE.index(wish.visible_action)
            nxt = _VISIBLE_CYCLE[(index + 1) % len(_VISIBLE_CYCLE)]
            self.mutate(lambda s: s.update(Wish, wish.id, visible_action=nxt))

    def action_voting(self) -> None:
        """Close the vote (phones can no longer place or move dots), or open it again."""
        if self.session.voting.open:
            self.mutate(lambda s: s.close_voting())
        else:
            self.mutate(lambda s: s.open_voting())

    def action_remove(self) -> None:
        wish = self.selected()
        if wish is not None:
            self.confirm(
                t("steps.wishes.confirm_remove", text=wish.text[:60]),
                lambda: self.mutate(lambda s: s.remove(Wish, wish.id)),
            )

    # -- the form -------------------------------------------------------------------------

    def action_new(self) -> None:
        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.add(Wish(**wish_values(values)))

        self.open_form(
            t("steps.wishes.new_title"),
            self.fields(None),
            change_for,
            done=self._select_newest,
            form="new",
        )
        self.query_one(TabbedContent).active = "wishes-tab"

    def quick_save(self, reading: Reading) -> list[str]:
        wish, problems = self.add_item(lambda _s: wish_from(reading.fields))
        if wish is not None:
            self.context.recent.use("participant", next(iter(wish.participant_ids), None))
            self.refresh_view(select=wish.id)
        return problems

    def quick_form(self, line: str) -> None:
        reading = read_wish(line, self.session, self.context.template)
        try:
            typed: Wish | None = wish_from(reading.fields)
        except (ValidationError, KeyError):
            typed = None

        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.add(Wish(**wish_values(values)))

        def saved() -> None:
            self.query_one(QuickEntry).done()
            self._select_newest(focus_table=False)

        self.open_form(
            t("steps.wishes.new_title"), self.fields(typed), change_for, done=saved, form="new"
        )

    def _select_newest(self, focus_table: bool = True) -> None:
        # Votes and keys go to the wish just raised, not the one above it.
        if self.session.wishes:
            self.refresh_view(select=self.session.wishes[-1].id)
            if focus_table:
                self.table.focus()

    def action_edit(self) -> None:
        wish = self.selected()
        if wish is None:
            return

        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.update(Wish, wish.id, **wish_values(values))

        self.open_form(
            t("steps.wishes.edit_title"),
            self.fields(wish),
            change_for,
            form="edit",
            item_id=wish.id,
        )

    def fields(self, wish: Wish | None) -> list[FormField]:
        return wish_fields(self.context.template, self.participant_choices(), wish)

    # -- projector -------------------------------------------------------------------------

    def presentation_lines(self) -> list[str]:
        lines = []
        for wish in self.session.wishes_by_votes():
            star = " ★" if wish.prioritised else ""
            where = f" — {wish.location.text}" if wish.location.text else ""
            lines.append(
                tn("steps.wishes.present", wish.votes, votes=wish.votes, text=wish.text)
                + where
                + star
            )
        for quadrant in Quadrant:
            count = sum(1 for w in self.session.wishes if w.quadrant is quadrant)
            if count:
                name = t(f"models.vocab.quadrant.{quadrant.value}")
                lines.append(tn("steps.wishes.present_quadrant", count, quadrant=name))
        return lines


VIEW = WishesView
