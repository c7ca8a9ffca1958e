"""What the editing steps share: forms, pickers, warnings, the wide layout.

``apply`` makes a change and returns the Dutch reasons when it is refused
(by the model, or for contact details typed into free text), so a form can
show them inline and stay open with the typed text; a refused change leaves
the record as it was, so it needs no trial run on a copy. Quick keys call
``mutate`` directly and show refusals on the problem line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual import events, on
from textual.widget import Widget
from textual.widgets import TabbedContent, TabPane

from cocreatie.analysis import SessionWarning, session_warnings
from cocreatie.entry.matching import Candidate
from cocreatie.entry.reading import Reading
from cocreatie.entry.references import actor_candidates, participant_candidates
from cocreatie.i18n import t
from cocreatie.models import Participant, Session, Wish
from cocreatie.models.base import Item
from cocreatie.models.session import ItemT
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.confirm import ConfirmDialog
from cocreatie.screens.dialogs.item_form import ItemForm
from cocreatie.screens.steps.base import StepView
from cocreatie.screens.steps.drafting import DraftingView
from cocreatie.templating.model import SessionTemplate
from cocreatie.widgets.form_fields import FormField
from cocreatie.widgets.multi_choice import Choice
from cocreatie.widgets.problem_line import ProblemLine
from cocreatie.widgets.quick_entry import QuickEntry, QuickLine
from cocreatie.widgets.record_table import RecordTable

Change = Callable[[Session], Any]
# Keys a text field takes for itself (besides single characters).
_TYPED_KEYS = frozenset({"plus", "minus", "equals_sign", "space", "delete"})
LineReader = Callable[[str, Session, SessionTemplate], Reading]
LineDescriber = Callable[[Reading, Session, SessionTemplate], str]


class EditingStepView(DraftingView, StepView):
    # From this width on, the step shows side panels next to its list.
    WIDE_AT = 110
    # Actions that change the record; greyed out in a read-only session.
    EDIT_ACTIONS: frozenset[str] = frozenset()

    # -- changing the record ---------------------------------------------------

    def apply(self, change: Change) -> list[str]:
        """Apply ``change`` if it is valid; otherwise return why not."""
        if self.context.read_only:
            return [t("steps.common.read_only")]
        _, problems = self.change_record(change)
        return problems

    def open_form(
        self,
        title: str,
        fields: Sequence[FormField],
        change_for: Callable[[dict[str, Any]], Change],
        done: Callable[[], None] | None = None,
        *,
        form: str | None = None,
        item_id: str | None = None,
    ) -> None:
        """The form of an item; with ``form`` (the action that opens it:
        "new", "edit" ...) what is typed is kept as a draft until saved."""

        def submit(values: dict[str, Any]) -> list[str]:
            problems = self.apply(change_for(values))
            if not problems:
                self.remember(fields, values)
            return problems

        def closed(saved: bool | None) -> None:
            if saved and done is not None:
                done()

        options = self.draft_options(form, item_id, title)
        self.app.push_screen(ItemForm(title, fields, submit, **options), closed)

    def pick(
        self,
        title: str,
        choices: Sequence[Choice],
        chosen: Callable[[str], object],
        selected: Sequence[str] = (),
        kind: str = "",
    ) -> None:
        def closed(values: list[str] | None) -> None:
            if values:
                if kind:
                    self.context.recent.use(kind, values[0])
                chosen(values[0])

        self.app.push_screen(ChoicePicker(title, choices, selected=selected), closed)

    # -- quick entry: one line per item -------------------------------------------------

    def quick_entry(
        self,
        step: str,
        read: LineReader,
        describe: LineDescriber,
        line_id: str = "quick-line",
        placeholder: str = "",
    ) -> QuickEntry:
        """The quick-entry line of ``step`` (its hint: ``entry.prompt.<step>``)."""
        return QuickEntry(
            t(f"entry.prompt.{step}"),
            lambda line: read(line, self.session, self.context.template),
            lambda reading: describe(reading, self.session, self.context.template),
            disabled=self.context.read_only,
            line_id=line_id,
            placeholder=placeholder,
            id="quick-entry",
        )

    def add_item(self, build: Callable[[Session], ItemT]) -> tuple[ItemT | None, list[str]]:
        """Add the item ``build`` makes (pydantic may refuse it); why not, if so."""
        if self.context.read_only:
            return None, [t("steps.common.read_only")]
        return self.change_record(lambda s: s.add(build(s)))

    def show_next_wish(self, step: str, wish_id: str | None) -> None:
        """Name, under the quick line, the wish an empty line is for."""
        wish = self.session.find(Wish, wish_id)
        prompt = t(f"entry.prompt.{step}")
        if wish is not None:
            prompt += "\n" + t("entry.prompt.next_wish", wish=wish.text[:60])
        self.query_one(QuickEntry).set_prompt(prompt)

    def quick_problems(self, entry: QuickEntry, problems: list[str]) -> None:
        """Why a line was not saved: under the line and on the problem line."""
        if problems:
            entry.show_problems(problems)
            self.post_message(self.Invalid(problems))
        lines = self.query(ProblemLine)
        if lines:
            lines.first().show(problems)

    def quick_save(self, reading: Reading) -> list[str]:
        """Save what a finished line says; return why not. Steps override it."""
        raise NotImplementedError

    def ask(
        self, reading: Reading, finish: Callable[[Reading], None], back: Callable[[], None]
    ) -> None:
        """Ask the line's open questions one by one with the picker, then ``finish``."""
        if not reading.questions:
            finish(reading)
            return
        question = reading.questions[0]

        def closed(values: list[str] | None) -> None:
            if not values:
                back()
                return
            self.ask(reading.answer(question, values[0]), finish, back)

        picker = ChoicePicker(question.title, question.candidates, query=question.query)
        self.app.push_screen(picker, closed)

    @on(QuickEntry.Submitted)
    def _quick_submitted(self, event: QuickEntry.Submitted) -> None:
        event.stop()
        entry = event.entry
        if event.reading.problems:
            self.quick_problems(entry, list(event.reading.problems))
            return

        def finish(reading: Reading) -> None:
            problems = self.quick_save(reading)
            self.quick_problems(entry, problems)
            if problems:
                entry.line.focus()
            else:
                entry.done()

        def back() -> None:
            entry.line.focus()

        self.ask(event.reading, finish, back)

    @on(QuickEntry.Leave)
    def _quick_leave(self, event: QuickEntry.Leave) -> None:
        event.stop()
        # The nearest list around the line (a step may have lists on other tabs).
        node = self.query_one(QuickEntry).parent
        while node is not None:
            tables = node.query(RecordTable)
            if tables:
                tables.first().focus()
                return
            node = None if node is self else node.parent

    @on(QuickEntry.FullForm)
    def _quick_form(self, event: QuickEntry.FullForm) -> None:
        event.stop()
        self.quick_form(event.line)

    def quick_form(self, line: str) -> None:
        """Ctrl+F in the quick line: the full form (steps fill it from ``line``)."""
        new = getattr(self, "action_new", None)
        if new is not None:
            new()

    def save_then(self, line: str, then: Callable[[], None]) -> None:
        """Save the line as it is, then ``then`` (the full form of the new item)."""
        entry = self.query_one(QuickEntry)
        reading = entry.read(line)
        if reading.problems:
            self.quick_problems(entry, list(reading.problems))
            return

        def finish(answered: Reading) -> None:
            problems = self.quick_save(answered)
            self.quick_problems(entry, problems)
            if not problems:
                entry.done()
                self.call_after_refresh(then)

        def back() -> None:
            entry.line.focus()

        self.ask(reading, finish, back)

    def opening_focus(self) -> Widget | None:
        # A list step opens on its quick-entry line: the next item can be
        # typed at once, and Esc goes to the list.
        entries = self.query(QuickEntry)
        return entries.first().line if entries else None

    def action_quick(self) -> None:
        """Focus the quick-entry line (the step's "n")."""
        self.query_one(QuickEntry).line.focus()

    def confirm(self, question: str, yes: Callable[[], None]) -> None:
        def closed(answer: bool | None) -> None:
            if answer:
                yes()

        self.app.push_screen(ConfirmDialog(question, yes=t("steps.confirm.yes_button")), closed)

    # -- shared views ------------------------------------------------------------

    def step_warnings(self) -> list[SessionWarning]:
        warnings = session_warnings(self.session, self.context.template)
        return [w for w in warnings if w.step is self.context.step.type]

    # -- choices: searchable, recent and new ones first ----------------------------

    def remember(self, fields: Sequence[FormField], values: dict[str, Any]) -> None:
        """What a saved form chose comes first in the next picker of its kind."""
        recent = self.context.recent
        for spec in fields:
            kind = getattr(spec, "kind", "")
            value = values.get(spec.name)
            if not kind or value is None:
                continue
            for one in value if isinstance(value, list) else [value]:
                recent.use(kind, str(one))

    def _recent_first(
        self, kind: str, choices: list[Candidate], items: Sequence[Item]
    ) -> list[Candidate]:
        recent = self.context.recent
        recent.added(kind, [(item.id, item.created) for item in items])
        return recent.ordered(kind, choices)

    def participant_choices(self, unknown: bool = False) -> list[Choice]:
        """People, found by name, function, organisation or pseudonym."""
        people = participant_candidates(self.session, self.context.template)
        ordered = self._recent_first("participant", people, self.session.participants)
        blank = [Candidate("", t("steps.common.unknown_speaker"))] if unknown else []
        return [*blank, *ordered]

    def actor_choices(self) -> list[Candidate]:
        """Actors, found by function, organisation or the person behind them."""
        actors = actor_candidates(self.session)
        return self._recent_first("actor", actors, self.session.actors)

    def person_label(self, person: Participant | None, public: bool = False) -> str:
        """The name with a one-letter side marker; pseudonyms for the projector."""
        if person is None:
            return "—"
        kinds = {k.id: k.label for k in self.context.template.participant_kinds}
        name = person.public_name(with_names=not public)
        marker = kinds.get(person.kind, person.kind)[:1].upper()
        return f"{name} ({marker})"

    # -- Textual plumbing --------------------------------------------------------

    # Set once the children exist; before that there is nothing to redraw.
    ready = False

    def on_mount(self) -> None:
        self.ready = True
        # The tab strip is for the mouse; F3 switches tabs from the
        # keyboard. Taking it out of the focus chain lets the session screen
        # focus the step's first real control (list or input).
        for strip in self.query("ContentTabs"):
            strip.can_focus = False
        pane = self.session.progress.panes.get(self.context.step.id)
        for tabs in self.query(TabbedContent):
            if pane and tabs.query(f"TabPane#{pane}"):
                tabs.active = pane
        self.refresh_view()

    # -- what the facilitator chose, kept in the record's progress -------------------

    def remember_progress(self, **changes: Any) -> None:
        """Keep a choice of view (pane, sort order) for the next opening."""
        if self.context.read_only:
            return
        progress = self.session.progress
        if all(getattr(progress, k) == v for k, v in changes.items()):
            return
        self.session.progress = progress.validated_copy(**changes)
        self.post_message(self.ViewChosen())

    @on(TabbedContent.TabActivated)
    def _pane_shown(self, event: TabbedContent.TabActivated) -> None:
        pane = event.pane.id
        stored = self.session.progress.panes.get(self.context.step.id)
        first = event.tabbed_content.query(TabPane).first().id
        # The first pane is where every step opens: nothing to remember.
        if pane is None or pane == stored or (stored is None and pane == first):
            return
        panes = {**self.session.progress.panes, self.context.step.id: pane}
        self.remember_progress(panes=panes)

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width >= self.WIDE_AT, "-wide")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.context.read_only and action in self.EDIT_ACTIONS:
            return None
        # Typing in the line: its letters are text, not the list's keys.
        typing = isinstance(self.screen.focused, QuickLine)
        return not (typing and self._typed_key_action(action))

    def _typed_key_action(self, action: str) -> bool:
        """Whether every key of ``action`` here is one a text field takes."""
        keys = [
            key
            for key, bindings in self._bindings.key_to_bindings.items()
            if any(b.action.partition("(")[0] == action for b in bindings)
        ]
        return bool(keys) and all(len(k) == 1 or k in _TYPED_KEYS for k in keys)

    def on_step_view_invalid(self, event: StepView.Invalid) -> None:
        for line in self.query(ProblemLine):
            line.show(event.messages)

    def on_step_view_changed(self, event: StepView.Changed) -> None:
        # Not stopped: the session screen saves on the same message.
        for line in self.query(ProblemLine):
            line.clear()

    def action_next_view(self) -> None:
        for tabs in self.query(TabbedContent):
            panes = [p.id for p in tabs.query("TabPane") if p.id]
            if panes and tabs.active in panes:
                tabs.active = panes[(panes.index(tabs.active) + 1) % len(panes)]
            self.focus_view(tabs.active)
            return

    def focus_view(self, pane_id: str) -> None:
        """Put the focus on the main widget of a tab; subclasses say which."""
