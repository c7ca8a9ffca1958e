"""Step "Wensen": wishes with where and when, dot voting, the buikpijn matrix.

Voting happens with + and − on the selected wish while the room calls out
its dots; the list can be ordered by votes and the top of it prioritised
with one key. Worry and visible action (b and z) place each wish in the
2×2 matrix on the second tab.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static, TabbedContent, TabPane

from cocreatie.i18n import t
from cocreatie.models import Location, Quadrant, Scale, TimeOfDay, Wish, Worry
from cocreatie.screens.steps.curation import CuratingView, curation_bindings, curation_mark
from cocreatie.screens.steps.editing import Change
from cocreatie.widgets.factor_picker import factor_keys, factor_label, factor_numbers
from cocreatie.widgets.form_fields import ChoiceField, FormField, MultiChoiceField, TextField
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.quadrant_view import QuadrantView
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
        Binding("n", "new", "steps.wishes.key.new", id="steps.wishes.new"),
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
    EDIT_ACTIONS = CuratingView.CURATION_ACTIONS | {"new", "edit", "vote", "prioritise"}
    EDIT_ACTIONS |= {"prioritise_top", "worry", "visible", "remove", "voting"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.by_votes = False

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

    def curated_selected(self) -> Wish | None:
        return self.selected()

    def hide_change(self, item_id: str, hidden: bool) -> Change:
        return lambda s: s.hide_wish(item_id, hidden)

    def merge_change(self, source_id: str, into_id: str) -> Change:
        return lambda s: s.merge_wishes(source_id, into_id)

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
        target = self.table if pane_id == "wishes-tab" else self.query_one(QuadrantView)
        target.focus()

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
            return lambda s: s.add(Wish(**_wish_values(values)))

        self.open_form(
            t("steps.wishes.new_title"), self.fields(None), change_for, done=self._select_newest
        )
        self.query_one(TabbedContent).active = "wishes-tab"

    def _select_newest(self) -> None:
        # Votes and keys go to the wish just raised, not the one above it.
        if self.session.wishes:
            self.refresh_view(select=self.session.wishes[-1].id)
            self.table.focus()

    def action_edit(self) -> None:
        wish = self.selected()
        if wish is None:
            return

        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.update(Wish, wish.id, **_wish_values(values))

        self.open_form(t("steps.wishes.edit_title"), self.fields(wish), change_for)

    def fields(self, wish: Wish | None) -> list[FormField]:
        template = self.context.template
        keys = factor_keys(template.factors)
        shortcut_of = {k.factor.id: k.label for k in keys}
        factor_choices = [
            (f.id, f"{shortcut_of.get(f.id, ' ')} {factor_label(f)}")
            for f in sorted(template.factors, key=lambda f: f.number)
        ]
        visible = None if wish is None or wish.visible_action is None else str(wish.visible_action)
        return [
            TextField("text", t("steps.wishes.field.text"), wish.text if wish else ""),
            MultiChoiceField(
                "participant_ids",
                t("models.field.participant_ids"),
                self.participant_choices(),
                wish.participant_ids if wish else [],
            ),
            MultiChoiceField(
                "factor_ids",
                t("models.field.factor_ids"),
                factor_choices,
                wish.factor_ids if wish else [],
                shortcuts={k.key: k.factor.id for k in keys},
            ),
            TextField(
                "location_text",
                t("models.field.location"),
                wish.location.text if wish else "",
                placeholder=t("steps.wishes.location_placeholder"),
            ),
            ChoiceField(
                "location_type",
                t("models.field.type"),
                [(lt.id, lt.label) for lt in template.location_types],
                wish.location.type if wish else None,
            ),
            ChoiceField(
                "time_of_day",
                t("models.field.time_of_day"),
                _vocab("time_of_day", TimeOfDay),
                wish.time_of_day.value if wish and wish.time_of_day else None,
            ),
            ChoiceField(
                "scale",
                t("models.field.scale"),
                _vocab("scale", Scale),
                wish.scale.value if wish and wish.scale else None,
            ),
            ChoiceField(
                "worry",
                t("models.field.worry"),
                _vocab("worry", Worry),
                wish.worry.value if wish and wish.worry else None,
            ),
            ChoiceField(
                "visible_action",
                t("models.field.visible_action"),
                [("True", t("steps.form.yes")), ("False", t("steps.form.no"))],
                visible,
            ),
            TextField("theme", t("models.field.theme"), wish.theme if wish else ""),
        ]

    # -- projector -------------------------------------------------------------------------

    def presentation_lines(self) -> list[str]:
        lines = []
        for wish in self.session.wishes_by_votes():
            star = " ★" if wish.prioritised else ""
            where = f" — {wish.location.text}" if wish.location.text else ""
            lines.append(t("steps.wishes.present", votes=wish.votes, text=wish.text) + where + star)
        for quadrant in Quadrant:
            count = sum(1 for w in self.session.wishes if w.quadrant is quadrant)
            if count:
                name = t(f"models.vocab.quadrant.{quadrant.value}")
                lines.append(t("steps.wishes.present_quadrant", quadrant=name, count=count))
        return lines


def _vocab(area: str, enum: Any) -> list[tuple[str, str]]:
    return [(m.value, t(f"models.vocab.{area}.{m.value}")) for m in enum]


def _wish_values(values: dict[str, Any]) -> dict[str, Any]:
    visible = values["visible_action"]
    return {
        "text": values["text"],
        "participant_ids": values["participant_ids"],
        "factor_ids": values["factor_ids"],
        "location": Location(text=values["location_text"], type=values["location_type"]),
        "time_of_day": values["time_of_day"],
        "scale": values["scale"],
        "worry": values["worry"],
        "visible_action": None if visible is None else visible == "True",
        "theme": values["theme"],
    }


VIEW = WishesView
