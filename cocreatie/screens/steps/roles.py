"""Step "Actoren en rollen": who takes which role on each prioritised wish.

The actors start from the template's presets (added on the first visit of a
session without actors) and stay editable on the second tab. In the matrix,
Space cycles the role of the selected cell and the number keys set one
directly; a wish that breaks a role rule of the template (no aanjager, two
regisseurs ...) is flagged inline.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static, TabbedContent, TabPane

from cocreatie.entry.actors import actor_from, preview_actor, read_actor
from cocreatie.entry.reading import Reading
from cocreatie.i18n import t
from cocreatie.models import Actor, PolicyDomain, Session, Wish
from cocreatie.screens.steps.editing import Change, EditingStepView
from cocreatie.templating.model import RoleLimit
from cocreatie.widgets.form_fields import ChoiceField, FormField, TextField
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.record_table import Column, RecordTable, Row
from cocreatie.widgets.role_matrix import RoleMatrix
from cocreatie.widgets.warning_list import WarningList

_ROLE_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9")


def matrix_wishes(session: Session, top: int, flagged: Collection[str] = ()) -> list[Wish]:
    """Every chosen wish (the same ones the warnings check), then any other
    wish a warning names (an action's owner without its aanjager), so the
    facilitator can settle it right here."""
    chosen = session.chosen_wishes(top)
    shown = {w.id for w in chosen}
    return chosen + [w for w in session.wishes if w.id in flagged and w.id not in shown]


class RolesView(EditingStepView):
    DEFAULT_CSS = """
    RolesView #role-legend { height: auto; }
    """

    BINDINGS = [
        Binding("space", "cycle", "steps.roles.key.cycle", id="steps.roles.cycle"),
        Binding(
            "backspace,0",
            "set_role(0)",
            "steps.roles.key.clear",
            key_display="0",
            id="steps.roles.clear",
        ),
        *[
            Binding(
                key,
                f"set_role({n})",
                "steps.roles.key.role",
                show=n == 1,
                key_display="1…" if n == 1 else None,
                id=f"steps.roles.role{n}",
            )
            for n, key in enumerate(_ROLE_KEYS, start=1)
        ],
        Binding("n", "quick", "steps.roles.key.new_actor", id="steps.roles.new_actor"),
        Binding("e", "edit_actor", "steps.roles.key.edit_actor", id="steps.roles.edit_actor"),
        Binding(
            "delete",
            "remove_actor",
            "steps.roles.key.remove_actor",
            id="steps.roles.remove_actor",
        ),
        Binding("f3", "next_view", "steps.common.key.next_view", id="steps.common.next_view"),
    ]
    EDIT_ACTIONS = frozenset(
        {"cycle", "set_role", "quick", "new_actor", "edit_actor", "remove_actor"}
    )

    def compose(self) -> ComposeResult:
        with TabbedContent(id="roles-tabs"):
            with TabPane(t("steps.roles.tab.matrix"), id="matrix-tab"):
                yield RoleMatrix(id="matrix")
                yield Static("", markup=False, id="role-detail", classes="detail")
                yield Static(self._legend(), markup=False, id="role-legend", classes="legend")
                yield WarningList(id="role-warnings")
            with TabPane(t("steps.roles.tab.actors"), id="actors-tab"):
                yield RecordTable(
                    [
                        Column("function", t("models.field.function"), None),
                        Column("organisation", t("models.field.organisation"), 16),
                        Column("domain", t("models.field.domain"), 14),
                        Column("person", t("models.field.person_name"), 14),
                    ],
                    id="actors",
                )
                yield self.quick_entry("actors", read_actor, preview_actor)
        yield ProblemLine()

    def on_mount(self) -> None:
        # Runs before the shared on_mount draws the view.
        if not self.session.actors and not self.context.read_only:
            presets = list(self.context.template.actors)
            if presets:
                self.mutate(lambda s: s.add_preset_actors(presets))

    def _legend(self) -> str:
        limits = {
            RoleLimit.EXACTLY_ONE: f" ({t('steps.roles.one_per_wish')})",
            RoleLimit.AT_MOST_ONE: f" ({t('steps.roles.at_most_one_per_wish')})",
        }
        parts = [
            f"{n} {role.label}{limits.get(role.limit, '')}"
            for n, role in enumerate(self.context.template.roles, start=1)
        ]
        return t("steps.roles.legend", roles=" · ".join(parts))

    # -- drawing ---------------------------------------------------------------------

    @property
    def matrix(self) -> RoleMatrix:
        return self.query_one(RoleMatrix)

    @property
    def actor_table(self) -> RecordTable:
        return self.query_one("#actors", RecordTable)

    def refresh_view(self) -> None:
        if not self.ready:
            return
        template = self.context.template
        warnings = self.step_warnings()
        flagged = {w.item_id for w in warnings if w.item_id}
        wishes = matrix_wishes(self.session, template.voting.prioritise_top, flagged)
        # The actors just used (as owner, contact) or added come first, as
        # in every picker: no walking past ten columns to reach them.
        by_id = {a.id: a for a in self.session.actors}
        actors = [by_id[c.value] for c in self.actor_choices()]
        self.matrix.show_matrix(wishes, actors, template.roles, self.session.role_of, flagged)
        if self.matrix.cursor_column == 0 and self.session.actors:
            self.matrix.move_cursor(column=1, animate=False)
        domains = {d.value: t(f"models.vocab.domain.{d.value}") for d in PolicyDomain}
        self.actor_table.show(
            [
                Row(
                    a.id,
                    [
                        a.function,
                        a.organisation,
                        domains.get(a.domain.value, "") if a.domain else "",
                        a.person_name,
                    ],
                )
                for a in self.session.actors
            ]
        )
        self.query_one(WarningList).show(warnings)
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.query_one("#role-detail", Static)
        wish = self.session.find(Wish, self.matrix.selected_key)
        actor = self.session.find(Actor, self.matrix.selected_actor)
        if wish is None:
            detail.update(t("steps.roles.no_wishes"))
            return
        if actor is None:
            detail.update(wish.text)
            return
        role = self.context.template.role(self.session.role_of(wish.id, actor.id) or "")
        detail.update(
            t(
                "steps.roles.detail",
                wish=wish.text,
                actor=actor.label(),
                role=role.label if role else "—",
            )
        )

    @on(RoleMatrix.CellHighlighted, "#matrix")
    def _cell_highlighted(self) -> None:
        self._show_detail()

    @on(RoleMatrix.CellSelected, "#matrix")
    def _cell_selected(self) -> None:
        self.action_cycle()

    @on(RecordTable.RowSelected, "#actors")
    def _actor_chosen(self) -> None:
        self.action_edit_actor()

    def focus_view(self, pane_id: str) -> None:
        line = self.opening_focus()
        if pane_id == "matrix-tab" or line is None or line.disabled:
            self.query_one("#matrix" if pane_id == "matrix-tab" else "#actors").focus()
        else:
            line.focus()  # the actors' pane opens on its quick-entry line

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.ready:
            in_matrix = self.matrix.has_focus
            if action in ("cycle", "set_role") and not in_matrix:
                return False
            if action == "remove_actor" and not self.actor_table.has_focus:
                return False
        return super().check_action(action, parameters)

    # -- roles -----------------------------------------------------------------------------

    def _cell(self) -> tuple[str, str] | None:
        wish_id, actor_id = self.matrix.selected_key, self.matrix.selected_actor
        if wish_id is None or actor_id is None:
            return None
        return wish_id, actor_id

    def action_cycle(self) -> None:
        cell = self._cell()
        if cell is None:
            return
        order: list[str | None] = [None, *[r.id for r in self.context.template.roles]]
        current = self.session.role_of(*cell)
        nxt = order[(order.index(current) + 1) % len(order)] if current in order else None
        self.mutate(lambda s: s.set_role(cell[0], cell[1], nxt))

    def action_set_role(self, number: int) -> None:
        cell = self._cell()
        roles = self.context.template.roles
        if cell is None or number > len(roles):
            return
        role = roles[number - 1].id if number else None
        self.mutate(lambda s: s.set_role(cell[0], cell[1], role))

    # -- actors ----------------------------------------------------------------------------

    def _selected_actor(self) -> Actor | None:
        # The screen's focus, not ``has_focus``: that one follows a moment later.
        if self.screen.focused is self.actor_table:
            return self.session.find(Actor, self.actor_table.selected_key)
        return self.session.find(Actor, self.matrix.selected_actor)

    def action_quick(self) -> None:
        self.query_one(TabbedContent).active = "actors-tab"
        super().action_quick()

    def quick_save(self, reading: Reading) -> list[str]:
        actor, problems = self.add_item(lambda _s: actor_from(reading.fields))
        if actor is not None:
            self.actor_table.select(actor.id)
        return problems

    def quick_form(self, line: str) -> None:
        self.action_new_actor()

    def action_new_actor(self) -> None:
        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.add(Actor(**values))

        def select_newest() -> None:
            if self.session.actors:
                self.actor_table.select(self.session.actors[-1].id)

        title = t("steps.roles.new_actor_title")
        fields = self.actor_fields(None)
        self.open_form(title, fields, change_for, select_newest, form="new_actor")

    def action_edit_actor(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return

        def change_for(values: dict[str, Any]) -> Change:
            return lambda s: s.update(Actor, actor.id, **values)

        title = t("steps.roles.edit_actor_title")
        fields = self.actor_fields(actor)
        self.open_form(title, fields, change_for, form="edit_actor", item_id=actor.id)

    def action_remove_actor(self) -> None:
        actor = self._selected_actor()
        if actor is not None:
            self.confirm(
                t("steps.roles.confirm_remove", actor=actor.label()),
                lambda: self.mutate(lambda s: s.remove(Actor, actor.id)),
            )

    def actor_fields(self, actor: Actor | None) -> list[FormField]:
        return [
            TextField("function", t("models.field.function"), actor.function if actor else ""),
            TextField(
                "organisation", t("models.field.organisation"), actor.organisation if actor else ""
            ),
            ChoiceField(
                "domain",
                t("models.field.domain"),
                [(d.value, t(f"models.vocab.domain.{d.value}")) for d in PolicyDomain],
                actor.domain.value if actor and actor.domain else None,
            ),
            TextField(
                "person_name", t("models.field.person_name"), actor.person_name if actor else ""
            ),
        ]

    # -- projector -------------------------------------------------------------------------

    def presentation_lines(self) -> list[str]:
        template = self.context.template
        lines: list[str] = []
        for wish in matrix_wishes(self.session, template.voting.prioritise_top):
            taken = []
            for role in template.roles:
                actors = [
                    a.label()
                    for a in self.session.actors
                    if self.session.role_of(wish.id, a.id) == role.id
                ]
                if actors:
                    taken.append(f"{role.label}: {', '.join(actors)}")
            who = "; ".join(taken) if taken else t("steps.roles.nobody_yet")
            lines.append(f"{wish.text.rstrip('.')} → {who}")
        return lines


VIEW = RolesView
