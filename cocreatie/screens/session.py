"""The session screen: the step list, the current step, its timer and saving.

Step bodies come from ``view_for(step.type)``; they change the record and
post ``StepView.Changed``. This screen then hands a snapshot to the saver
(never the disk itself), redraws the step states and, when presenting,
the projector view. Views stay mounted once built, hidden when another step
is shown, so half-typed text survives jumping around and presentation mode.
"""

from __future__ import annotations

from functools import partial

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from cocreatie.analysis import SessionWarning, session_warnings
from cocreatie.commands.goto_step import GoToStepProvider
from cocreatie.i18n import t
from cocreatie.models import Progress, Session
from cocreatie.screens.export_runner import ExportRequested, run_export
from cocreatie.screens.live_session import LiveSession, SaveFailed, SaveSucceeded
from cocreatie.screens.save_messages import save_failed
from cocreatie.screens.scrub_copies import ScrubCopies, scrub_after_save
from cocreatie.screens.step_state import step_statuses
from cocreatie.screens.steps import StepContext, StepView, view_for
from cocreatie.widgets.guarded import GuardedDispatch
from cocreatie.widgets.held_keys import HeldKeys
from cocreatie.widgets.presentation_view import PresentationView
from cocreatie.widgets.quiet_footer import QuietFooter
from cocreatie.widgets.save_status import SaveStatus
from cocreatie.widgets.step_brief import StepBrief
from cocreatie.widgets.step_list import StepList
from cocreatie.widgets.step_strip import StepStrip
from cocreatie.widgets.step_timer import StepTimer
from cocreatie.widgets.translated_bindings import translate_bindings

_STEP_GROUP = Binding.Group("ui.key.step_group")


class SessionScreen(GuardedDispatch, Screen[None]):
    # Step views own F2, F3 and plain letters; these keys work in every step.
    # Previous/next are priority keys: every scrolling widget (tables, lists)
    # binds ctrl+pageup/pagedown to horizontal paging. They share one footer
    # entry.
    BINDINGS = [
        Binding(
            "ctrl+pageup,alt+left",
            "previous_step",
            "ui.key.previous_step",
            id="session.prev_step",
            key_display="^PgUp",
            group=_STEP_GROUP,
            priority=True,
        ),
        Binding(
            "ctrl+pagedown,alt+right",
            "next_step",
            "ui.key.next_step",
            id="session.next_step",
            key_display="^PgDn",
            group=_STEP_GROUP,
            priority=True,
        ),
        Binding("ctrl+g", "goto_step", "ui.key.goto_step", id="session.goto_step"),
        Binding("f4", "toggle_done", "ui.key.toggle_done", id="session.toggle_done"),
        Binding("ctrl+t", "timer_toggle", "ui.key.timer", id="session.timer"),
        Binding(
            "ctrl+r", "timer_reset", "ui.key.timer_reset", id="session.timer_reset", show=False
        ),
        Binding("f5", "toggle_presentation", "ui.key.presentation", id="session.presentation"),
        Binding("escape", "back", "ui.key.back", id="session.back"),
    ]
    COMMANDS = {GoToStepProvider}

    current: reactive[int] = reactive(-1, init=False, bindings=True)
    presenting: reactive[bool] = reactive(False, init=False)

    def __init__(self, live: LiveSession, held_keys: HeldKeys | None = None) -> None:
        super().__init__()
        translate_bindings(self)
        self.live = live
        # Keys typed while the session opened (the opening screen's) and
        # while the first step is built: replayed once that step has focus.
        self._held_keys = HeldKeys(held_keys.take() if held_keys is not None else ())
        self.template = live.template
        self._views: dict[int, Widget] = {}
        self._focus_before_presenting: Widget | None = None
        self._save_error_shown = False

    # -- building -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="session-main"):
            step_list = StepList(id="step-list")
            step_list.border_title = self.live.session.meta.title
            yield step_list
            with Vertical(id="step-pane"):
                yield StepBrief(id="step-brief")
                yield Container(id="step-body")
                yield PresentationView(id="presentation")
        yield SaveStatus(id="save-status")
        yield QuietFooter()

    def on_mount(self) -> None:
        self.live.target = self
        if self.live.read_only:
            status = self.query_one(SaveStatus)
            status.show_read_only(self.live.path, elsewhere=self.live.locked_elsewhere)
        else:
            self.query_one(SaveStatus).show_opened(self.live.path)
        steps = len(self.template.steps)
        start = min(self.live.session.progress.current_step, steps - 1)
        self.current = start

    @property
    def session(self) -> Session:
        return self.live.session

    @property
    def step_view(self) -> StepView | None:
        view = self._views.get(self.current)
        return view if isinstance(view, StepView) else None

    # -- switching steps ------------------------------------------------------

    async def watch_current(self, old: int, index: int) -> None:
        step = self.template.steps[index]
        if old in self._views:
            # Let go of the old step's field first: keys typed while the new
            # step is being built must not land in a field nobody can see.
            if self.focused is not None and self._views[old] in self.focused.ancestors:
                self.set_focus(None)
            self._views[old].display = False
        view = self._views.get(index)
        if view is None:
            view = self._build_view(index)
            self._views[index] = view
            await self.query_one("#step-body").mount(view)
        else:
            view.display = True
            if isinstance(view, StepView):
                view.refresh_view()
        self.query_one(StepBrief).show(step, index, len(self.template.steps), self.live.read_only)
        self._record_progress(index)
        self._refresh_states()
        if self.presenting:
            self._refresh_presentation()
        else:
            # After the layout settles: hiding the old step moves the focus
            # around first, and a new step's controls are not yet visible.
            self.call_after_refresh(self._focus_step, view)

    def _build_view(self, index: int) -> Widget:
        step = self.template.steps[index]
        module = f"cocreatie.screens.steps.{step.type.value}"
        try:
            view_class = view_for(step.type)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            return Static(t("ui.session.step_unavailable"), classes="step-unavailable")
        context = StepContext(self.session, self.template, step, self.live.read_only)
        return view_class(context, id=f"step-view-{index}")

    def _focus_step(self, view: Widget) -> None:
        """Focus the first control of the step (not a scrolling frame around it)."""
        focusable = [w for w in self.focus_chain if view in w.ancestors]
        frames = {a for w in focusable for a in w.ancestors}
        controls = [w for w in focusable if w not in frames]
        target = (controls or focusable or [self.query_one(StepList)])[0]
        self.set_focus(target)
        self._held_keys.release(self.app)

    def on_key(self, event: events.Key) -> None:
        self._held_keys.hold(event)

    def _record_progress(self, index: int) -> None:
        if self.live.read_only:
            return
        progress = self.session.progress
        step_id = self.template.steps[index].id
        visited = progress.visited if step_id in progress.visited else [*progress.visited, step_id]
        if progress.current_step == index and visited == progress.visited:
            return
        self.session.progress = Progress(
            current_step=index, visited=visited, done=list(progress.done)
        )
        self._save()

    # -- after every change ---------------------------------------------------

    @on(StepView.Changed)
    def _step_changed(self, event: StepView.Changed) -> None:
        event.stop()
        self._save()
        step_list = self.query_one(StepList)
        if step_list.border_title != self.session.meta.title:
            step_list.border_title = self.session.meta.title
        self._refresh_states()
        if self.presenting:
            self._refresh_presentation()

    def _save(self) -> None:
        if self.live.read_only:
            return
        self.live.submit()
        self.query_one(SaveStatus).show_pending()

    def warnings(self) -> list[SessionWarning]:
        return session_warnings(self.session, self.template)

    def _refresh_states(self) -> None:
        statuses = step_statuses(self.session, self.template, self.warnings())
        self.query_one(StepList).show(statuses, self.current)
        self.query_one(StepStrip).show(statuses, self.current)

    @on(ScrubCopies)
    def _scrub_copies(self, event: ScrubCopies) -> None:
        event.stop()
        repository = getattr(self.app, "repository", None)
        if self.live.read_only or repository is None:
            return
        # The changed record must be queued before the worker waits for it.
        self._save()
        # On the app, not this screen: leaving the session must not stop it.
        self.app.run_worker(
            partial(scrub_after_save, self.app, self.live, repository, event.terms),
            thread=True,
            group="scrub-copies",
            exit_on_error=False,
        )

    @on(SaveSucceeded)
    def _saved(self, event: SaveSucceeded) -> None:
        self._save_error_shown = False
        self.query_one(SaveStatus).show_saved()

    @on(SaveFailed)
    def _save_failed(self, event: SaveFailed) -> None:
        message = save_failed(event.error, self.live.path)
        self.query_one(SaveStatus).show_failed(message)
        if not self._save_error_shown:
            # Once per run of failures: the status line keeps saying it.
            self._save_error_shown = True
            self.notify(message, title=t("ui.save.failed_title"), severity="error", timeout=15)

    @on(StepList.Chosen)
    def _step_chosen(self, event: StepList.Chosen) -> None:
        self.current = event.index

    # -- presentation ---------------------------------------------------------

    def watch_presenting(self, presenting: bool) -> None:
        self.set_class(presenting, "-presenting")
        if presenting:
            self._focus_before_presenting = self.focused
            self._refresh_presentation()
            self.query_one(PresentationView).focus()
        else:
            before = self._focus_before_presenting
            self._focus_before_presenting = None
            if before is not None and before.is_attached:
                before.focus()
            else:
                self._focus_step(self._views[self.current])

    def _refresh_presentation(self) -> None:
        view = self.step_view
        lines = view.presentation_lines() if view is not None else []
        self.query_one(PresentationView).show(self.template.steps[self.current], lines)

    # -- actions --------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_done" and self.live.read_only:
            return None
        if action == "next_step" and self.current >= len(self.template.steps) - 1:
            return None
        if action == "previous_step" and self.current <= 0:
            return None
        return True

    def action_next_step(self) -> None:
        self.current = min(self.current + 1, len(self.template.steps) - 1)

    def action_previous_step(self) -> None:
        self.current = max(self.current - 1, 0)

    def action_goto(self, index: int) -> None:
        if 0 <= index < len(self.template.steps):
            self.current = index

    def action_goto_step(self) -> None:
        from textual.command import CommandPalette

        self.app.push_screen(
            CommandPalette(providers=[GoToStepProvider], placeholder=t("ui.palette.goto"))
        )

    def action_toggle_done(self) -> None:
        if self.live.read_only:
            self.notify(t("ui.read_only_refused"), severity="warning")
            return
        progress = self.session.progress
        step_id = self.template.steps[self.current].id
        done = [d for d in progress.done if d != step_id]
        if step_id not in progress.done:
            done.append(step_id)
        self.session.progress = Progress(
            current_step=progress.current_step, visited=list(progress.visited), done=done
        )
        self._save()
        self._refresh_states()

    def action_timer_toggle(self) -> None:
        self.query_one(StepTimer).toggle()

    def action_timer_start(self) -> None:
        self.query_one(StepTimer).start()

    def action_timer_pause(self) -> None:
        self.query_one(StepTimer).pause()

    def action_timer_reset(self) -> None:
        self.query_one(StepTimer).reset()

    def action_toggle_presentation(self) -> None:
        self.presenting = not self.presenting

    def action_back(self) -> None:
        """Back out one layer: presentation, then the step body, then home."""
        step_list = self.query_one(StepList)
        in_body = self.focused is not None and self.focused is not step_list
        if self.presenting:
            self.presenting = False
        elif in_body and step_list.styles.display != "none":
            step_list.focus()
        elif in_body:
            self.set_focus(None)
        else:
            show_home = getattr(self.app, "show_home", None)
            show_home() if show_home is not None else self.app.pop_screen()

    def action_export(self, fmt: str) -> None:
        run_export(self.app, self.session, self.template, fmt)

    @on(ExportRequested)
    def _export_requested(self, event: ExportRequested) -> None:
        event.stop()
        run_export(self.app, self.session, self.template, event.fmt, reply_to=event._sender)

    def on_unmount(self) -> None:
        self.live.target = None
        # The app closes it (saving what is pending, releasing the lock) in
        # a thread of its own: this screen's workers die with the screen.
        close = getattr(self.app, "close_live", None)
        if close is not None:
            close(self.live)
